package org.sitrep.bench.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Runs the Spark job ({@code org.sitrep.spark.BatchMain} of the {@code sitrep-spark} module) in a JVM
 * of its own, in local mode or against a cluster master: with the module's build classpath (Spark
 * included) and the JVM options Spark needs on Java 17 and newer ({@code --add-opens}), which the
 * engine's own JVM neither has nor should have. Spark stays off the classpath of every other module.
 */
public final class SparkJobLauncher {
  /** The job's main class. */
  public static final String MAIN = "org.sitrep.spark.BatchMain";

  private final Path module;

  /** A launcher for the job built in {@code home/sitrep-spark}. */
  public SparkJobLauncher(Path home) {
    this.module = Objects.requireNonNull(home, "home").resolve("sitrep-spark");
  }

  /**
   * The command line that runs {@code mainClass} with {@code args}.
   *
   * @param heap the maximum heap, as for {@code -Xmx} ("6g")
   * @throws IOException when the module is not built (the message says how to build it)
   */
  public List<String> command(String mainClass, List<String> args, String heap) throws IOException {
    Path classpath = module.resolve("target/classpath.txt");
    Path spark = module.resolve("target/spark-classpath.txt");
    Path options = module.resolve("target/jvm-options.txt");
    Path classes = module.resolve("target/classes");
    if (!Files.isRegularFile(classpath) || !Files.isRegularFile(spark) || !Files.isRegularFile(options) || !Files.isDirectory(classes)) {
      throw new IOException("the Spark job is not built (" + classpath + " missing): run `mvn -DskipTests package`"
          + " in " + module.getParent() + ", or ./sitrep once after a source change");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xss4m");
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+UseParallelGC");
    cmd.addAll(Arrays.asList(Files.readString(options, StandardCharsets.UTF_8).strip().split("\\s+")));
    cmd.add("-cp");
    cmd.add(classes + java.io.File.pathSeparator + Files.readString(classpath, StandardCharsets.UTF_8).strip()
        + java.io.File.pathSeparator + Files.readString(spark, StandardCharsets.UTF_8).strip());
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /** The heap of this JVM, for a job that should get as much ("6144m"). */
  public static String currentHeap() {
    return Math.max(512, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m";
  }

  /**
   * Runs {@code mainClass} with {@code args} and waits, copying its standard output and error to
   * {@code out} and {@code err} line by line.
   *
   * @return its exit code
   */
  public int run(String mainClass, List<String> args, String heap, java.io.PrintWriter out, java.io.PrintWriter err)
      throws IOException, InterruptedException {
    return run(mainClass, args, heap, 0, out, err);
  }

  /**
   * As {@link #run(String, List, String, java.io.PrintWriter, java.io.PrintWriter)}, with the JVM
   * confined to the first {@code cpus} CPUs ({@code taskset}), so that a job told to use one core
   * cannot also run its garbage collector and compiler threads on the others; 0 leaves it free.
   */
  public int run(String mainClass, List<String> args, String heap, int cpus, java.io.PrintWriter out,
      java.io.PrintWriter err) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (cpus > 0) {
      cmd.addAll(pinning(cpus));
    }
    cmd.addAll(command(mainClass, args, heap));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    int m = args.indexOf("--master");
    if (m < 0 || (m + 1 < args.size() && args.get(m + 1).startsWith("local"))) {
      pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // a local job stays on loopback
    }
    Process p = pb.start();
    p.getOutputStream().close();
    Thread errors = Thread.ofPlatform().daemon().start(() -> copy(p.getErrorStream(), err));
    try {
      copy(p.getInputStream(), out);
      int code = p.waitFor();
      errors.join();
      return code;
    } finally {
      p.destroy();
    }
  }

  /**
   * The command prefix that confines a process to CPUs {@code 0..cpus-1}: {@code taskset}, found on
   * the {@code PATH}.
   *
   * @throws IOException when there is no {@code taskset} or the machine has fewer CPUs
   */
  static List<String> pinning(int cpus) throws IOException {
    int have = Runtime.getRuntime().availableProcessors();
    if (cpus > have) {
      throw new IOException("cannot confine a job to " + cpus + " CPUs: this JVM sees " + have);
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path taskset = Path.of(dir.isEmpty() ? "." : dir, "taskset");
      if (Files.isExecutable(taskset)) {
        return List.of(taskset.toString(), "-c", cpus == 1 ? "0" : "0-" + (cpus - 1));
      }
    }
    throw new IOException("cannot confine a job to " + cpus + " CPUs: no taskset on the PATH (util-linux);"
        + " run the bench with --no-pin");
  }

  private static void copy(java.io.InputStream in, java.io.PrintWriter to) {
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (to) {
          to.println(line);
          to.flush();
        }
      }
    } catch (IOException e) {
      // the child ended; what it printed so far was copied
    }
  }
}
