package org.sitrep.bench.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;
import org.sitrep.engine.IngestReport;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench spark}: the Spark job on a generated crawl WARC ({@link NewsWarc}) with
 * {@code local[1]} and {@code local[2]} beside the in-process ingest of the same pages: articles per
 * second, per core, scaling from one core to two, the job's overhead, peak executor heap, core-hours
 * for a CC-NEWS month; the equivalence of the job's store with ingest's on the generated WARC and on
 * any {@code --compare} input; and Spark ML's MinHashLSH candidate pairs on the same articles beside
 * the job's banded LSH. Every job runs in a JVM of its own ({@link SparkJobLauncher}).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {
      "The Spark job (local[1], local[2]) against in-process ingest on a generated",
      "WARC: articles/s, per core, scaling, overhead, peak executor heap, CC-NEWS",
      "core-hours; equivalence of the stores; Spark ML MinHashLSH candidate pairs",
      "beside the job's banded LSH. Writes bench-results/spark.json",
      "(spark-nonlp.json with --no-nlp)."
    })
public final class SparkBenchCommand implements Callable<Integer> {
  /** Articles in a CC-NEWS month, as the issue sizes it. */
  static final long CC_NEWS_MONTH = 11_500_000L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--pages", paramLabel = "N", defaultValue = "2000", description = "Generated pages (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--no-nlp", description = "Clean and store only (a cheaper run; says so in the results).")
  boolean noNlp;

  @Option(names = "--compare", paramLabel = "PATH", description = "Also check equivalence on these inputs (repeatable).")
  List<Path> compare = new ArrayList<>();

  @Option(names = "--skip-speed", description = "Only the equivalence checks of --compare inputs.")
  boolean skipSpeed;

  @Option(names = "--no-pin", description = {"Do not confine local[N] jobs to N CPUs (by default a local[1] job's JVM",
      "runs on one CPU with taskset, so its GC and compiler threads cannot borrow the other core)."})
  boolean noPin;

  @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: target/bench-spark).")
  @Nullable Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    Path dir = work != null ? work : home.resolve("target/bench-spark");
    SparkJobLauncher launcher = new SparkJobLauncher(home);
    deleteTree(dir);
    Files.createDirectories(dir);
    ObjectNode results = SitrepJson.mapper().createObjectNode();
    results.put("nlp", !noNlp);
    int cores = Runtime.getRuntime().availableProcessors();
    results.put("machineCores", cores);
    results.put("pinned", !noPin);
    results.put("loadAverageAtStart", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    ArrayNode equivalences = results.putArray("equivalence");
    if (!skipSpeed) {
      Path warc = dir.resolve("news.warc.gz");
      NewsWarc.Written w = NewsWarc.write(warc, pages, 42);
      out.printf(Locale.ROOT, "generated %s: %d pages (%d reprints), %.1f MB%n", warc, w.pages(), w.reprints(), w.bytes() / 1e6);
      results.put("pages", w.pages());
      results.put("reprintsGenerated", w.reprints());
      results.put("warcBytes", w.bytes());

      Run ingest = ingest(warc, dir.resolve("ingest"), cores);
      out.printf(Locale.ROOT, "in-process ingest (%d threads): %d added in %.1f s, %.2f articles/s%n", cores, ingest.added,
          ingest.seconds, ingest.added / ingest.seconds);
      JsonNode one = batch(launcher, "local[1]", warc, dir.resolve("batch-1"), dir.resolve("batch-1.json"), out);
      JsonNode two = batch(launcher, "local[2]", warc, dir.resolve("batch-2"), dir.resolve("batch-2.json"), out);
      double rate1 = one.path("added").asDouble() / one.path("wallSeconds").asDouble();
      double rate2 = two.path("added").asDouble() / two.path("wallSeconds").asDouble();
      double inRate = ingest.added / ingest.seconds;
      ObjectNode speed = results.putObject("speed");
      speed.put("ingestSeconds", ingest.seconds);
      speed.put("ingestCpuSeconds", ingest.cpuSeconds);
      speed.put("ingestArticlesPerSecond", inRate);
      speed.set("local1", one);
      speed.set("local2", two);
      speed.put("local1ArticlesPerSecond", rate1);
      speed.put("local2ArticlesPerSecond", rate2);
      speed.put("local2ArticlesPerSecondPerCore", rate2 / 2);
      speed.put("scaling1to2", rate2 / rate1);
      speed.put("overheadLocal2VsIngest", two.path("wallSeconds").asDouble() / ingest.seconds);
      double perCore = Math.max(rate1, rate2 / 2);
      speed.put("ccNewsMonthCoreHours", CC_NEWS_MONTH / perCore / 3600);
      speed.put("published", "no published per-core throughput of news-please or Common Crawl's own pipelines was at hand");
      out.printf(Locale.ROOT, "%-22s %9s %9s %9s %10s %12s%n", "run", "wall s", "art/s", "art/s/core", "peak heap", "startup s");
      out.printf(Locale.ROOT, "%-22s %9.1f %9.2f %9.2f %10s %12s%n", "ingest (in-process)", ingest.seconds, inRate, inRate / cores, "-", "-");
      for (JsonNode r : List.of(one, two)) {
        double rate = r.path("added").asDouble() / r.path("wallSeconds").asDouble();
        out.printf(Locale.ROOT, "%-22s %9.1f %9.2f %9.2f %8.0f MB %12.1f%n", "batch " + r.path("master").asText(),
            r.path("wallSeconds").asDouble(), rate, rate / r.path("cores").asInt(1),
            r.path("peakExecutorHeapBytes").asDouble() / 1e6, r.path("startupSeconds").asDouble());
      }
      out.printf(Locale.ROOT, "scaling local[1] -> local[2]%s: %.2fx (goal 1.8x); local[2] wall / ingest wall: %.2f%n",
          noPin ? " (JVMs not confined)" : " (each JVM confined to its cores)",
          rate2 / rate1, two.path("wallSeconds").asDouble() / ingest.seconds);
      out.printf(Locale.ROOT, "CC-NEWS month (%,d articles) at %.2f articles/s per core: %,.0f core-hours (%s)%n",
          CC_NEWS_MONTH, perCore, CC_NEWS_MONTH / perCore / 3600, noNlp ? "cleaning only, no NLP" : "with NLP");
      out.println("published figures of news-please / Common Crawl pipelines: none were at hand");
      // CPU-seconds per article do not depend on how busy the machine was
      double ingestCpu = ingest.cpuSeconds / ingest.added;
      double oneCpu = one.path("processCpuSeconds").asDouble() / one.path("added").asDouble();
      double twoCpu = two.path("processCpuSeconds").asDouble() / two.path("added").asDouble();
      speed.put("ingestCpuSecondsPerArticle", ingestCpu);
      speed.put("local1CpuSecondsPerArticle", oneCpu);
      speed.put("local2CpuSecondsPerArticle", twoCpu);
      speed.put("ccNewsMonthCoreHoursByCpu", CC_NEWS_MONTH * oneCpu / 3600);
      out.printf(Locale.ROOT, "CPU-seconds per article: ingest %.3f, local[1] %.3f, local[2] %.3f; a CC-NEWS month at"
          + " local[1]'s CPU cost: %,.0f core-hours%n", ingestCpu, oneCpu, twoCpu, CC_NEWS_MONTH * oneCpu / 3600);

      Equivalence eq = Equivalence.of("generated WARC", dir.resolve("ingest"), dir.resolve("batch-2"), groups(two));
      equivalences.addPOJO(eq);
      print(out, eq);

      Path probe = dir.resolve("ml-lsh.json");
      int code = launcher.run("org.sitrep.spark.MlLshProbe", List.of(dir.resolve("batch-2").toString(), probe.toString(), "32", "128"),
          SparkJobLauncher.currentHeap(), out, spec.commandLine().getErr());
      if (code == 0) {
        ObjectNode lsh = results.putObject("lsh");
        lsh.put("bandedCandidatePairs", two.path("candidatePairs").asLong());
        lsh.put("bandedVerifiedPairs", two.path("reprintEdges").asLong());
        lsh.set("sparkMlMinHashLsh", SitrepJson.mapper().readTree(probe.toFile()));
        out.printf(Locale.ROOT, "banded LSH (32 bands x 4 rows): %d candidate pairs, %d verified%n",
            two.path("candidatePairs").asLong(), two.path("reprintEdges").asLong());
      }
    }
    for (Path input : compare) {
      String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
      Path a = dir.resolve("cmp-" + name + "-ingest");
      Path b = dir.resolve("cmp-" + name + "-batch");
      Run r = ingest(input, a, cores);
      out.printf(Locale.ROOT, "%s: ingest %d articles in %.1f s%n", input, r.added, r.seconds);
      JsonNode rep = batch(launcher, "local[2]", input, b, dir.resolve("cmp-" + name + ".json"), out);
      Equivalence eq = Equivalence.of(input.toString(), a, b, groups(rep));
      equivalences.addPOJO(eq);
      print(out, eq);
    }
    Path file = home.resolve("bench-results").resolve(noNlp ? "spark-nonlp.json" : "spark.json");
    Files.createDirectories(file.getParent());
    SitrepJson.pretty().writeValue(file.toFile(), results);
    out.println("written " + file);
    return 0;
  }

  private record Run(int added, double seconds, double cpuSeconds) {}

  private Run ingest(Path input, Path data, int threads) throws IOException {
    long t = System.nanoTime();
    double cpu = cpuSeconds();
    IngestReport r;
    try (Engine engine = Engine.open(new EngineConfig(data, null, !noNlp, threads))) {
      r = engine.ingest(List.of(input), IngestListener.NONE);
    }
    return new Run(r.added(), (System.nanoTime() - t) / 1e9, cpuSeconds() - cpu);
  }

  /** CPU time of this JVM so far, or NaN where the platform does not say. */
  private static double cpuSeconds() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  private JsonNode batch(SparkJobLauncher launcher, String master, Path input, Path data, Path report, PrintWriter out)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--master", master, "--data", data.toString(), "--report", report.toString()));
    if (noNlp) {
      args.add("--no-nlp");
    }
    args.add("--");
    args.add(input.toString());
    long t = System.nanoTime();
    int cpus = noPin ? 0 : localCores(master);
    if (cpus > 0) {
      out.printf(Locale.ROOT, "batch %s: the job's JVM confined to %d CPU%s (taskset)%n", master, cpus, cpus == 1 ? "" : "s");
    }
    int code = launcher.run(SparkJobLauncher.MAIN, args, SparkJobLauncher.currentHeap(), cpus, out,
        spec.commandLine().getErr());
    double wall = (System.nanoTime() - t) / 1e9;
    if (!Files.isRegularFile(report)) {
      throw new IOException("batch " + master + " on " + input + " ended with code " + code + " and no report");
    }
    ObjectNode n = (ObjectNode) SitrepJson.mapper().readTree(report.toFile());
    n.put("wallSeconds", wall);
    n.put("exitCode", code);
    return n;
  }

  private static final java.util.regex.Pattern LOCAL_MASTER = java.util.regex.Pattern.compile("local\\[(\\d+)(?:,\\d+)?]");

  /** The N of a {@code local[N]} master, or 0 (not local, or {@code local[*]}). */
  static int localCores(String master) {
    java.util.regex.Matcher m = LOCAL_MASTER.matcher(master);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static List<List<String>> groups(JsonNode report) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode g : report.path("groups")) {
      List<String> ids = new ArrayList<>();
      g.forEach(x -> ids.add(x.asText()));
      out.add(ids);
    }
    return out;
  }

  private static void print(PrintWriter out, Equivalence e) {
    out.printf(Locale.ROOT, "equivalence on %s: articles %d/%d, same ids %s, same order %s, reprint groups %d/%d same %s,"
            + " independent sources agree %.3f, stories %d/%d B-cubed F1 %.4f, entities %d/%d (%.1f%%) -> %s%n",
        e.input(), e.ingestArticles(), e.batchArticles(), e.sameIds(), e.sameOrder(), e.ingestReprintGroups(),
        e.batchReprintGroups(), e.sameReprintGroups(), e.sameIndependentSources(), e.ingestStories(), e.batchStories(),
        e.storyBcubedF1(), e.ingestEntities(), e.batchEntities(), 100 * e.entityDifference(), e.passes() ? "PASS" : "FAIL");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
