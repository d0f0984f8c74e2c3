package org.sitrep.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point, for {@code spark-submit} (the shaded jar's main class) and for
 * {@code ./sitrep batch}, which runs it in a JVM of its own with Spark's module options. Exit codes
 * as the CLI's: 0 all stored, 1 some input failed, 2 bad usage.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
      "Ingests inputs with Apache Spark into a Sitrep store: the same stages and the same store as",
      "`sitrep ingest`, one task per input file, the NLP spread over partitions, reprints by MinHash LSH."
    })
public final class BatchMain implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*]).")
  @Nullable String master;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
      description = "Corpus store folder on the driver (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the NLP stage (default: three per core).")
  int partitions;

  @Option(names = "--no-nlp", description = "Store cleaned articles without NLP.")
  boolean noNlp;

  @Option(names = "--outlets", paramLabel = "FILE", description = "A file of outlets that extends the built-in registry.")
  @Nullable Path outlets;

  @Option(names = "--staging", paramLabel = "URI",
      description = "Where executors leave their shards for the driver: a shared folder or a Hadoop file system URI"
          + " (default: a folder in the store, enough for local mode).")
  @Nullable String staging;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the job's figures as JSON to FILE.")
  @Nullable Path report;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (HTML, text dumps, JSON Lines, WARC, feeds): local paths or Hadoop URIs.")
  List<String> paths = List.of();

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("sitrep.spark.logging") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:sitrep-spark-log4j2.properties");
    }
    return new CommandLine(new BatchMain()).setOut(out).setErr(err).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (partitions < 0) {
      err.println("sitrep batch: --partitions must be at least 1 (or 0 for the default), got " + partitions);
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("sitrep-batch");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.ui.showConsoleProgress", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1"); // local mode stays on loopback
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    long started = System.nanoTime();
    BatchJob.Report r;
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      double startup = (System.nanoTime() - started) / 1e9;
      r = BatchJob.run(sc, new BatchJob.Options(paths, data, partitions, !noNlp, outlets, staging));
      double total = (System.nanoTime() - started) / 1e9;
      for (ItemResult.Failed<?> f : r.failures()) {
        err.println(f.describe());
      }
      int items = r.added() + r.duplicates() + r.failures().size();
      out.println(String.format(Locale.ROOT, "added %d, duplicates %d, failed %d (%d items in %.1f s, %.1f items/s)",
          r.added(), r.duplicates(), r.failures().size(), items, total, items / Math.max(total, 1e-3)));
      out.println(String.format(Locale.ROOT, "reprints: %d groups (%d candidate pairs, %d verified, %d rounds)",
          r.reprints().groups().size(), r.candidatePairs(), r.reprintEdges(), r.componentRounds()));
      out.println("corpus in " + data + ": " + r.corpus().articles() + " articles, " + r.corpus().stories() + " stories");
      if (report != null) {
        writeReport(report, r, sc.sc().master(), sc.defaultParallelism(), startup, total);
      }
    } catch (StoreException e) {
      err.println("sitrep batch: " + e.getMessage());
      return 1;
    }
    return r.failures().isEmpty() ? 0 : 1;
  }

  private static void writeReport(Path file, BatchJob.Report r, String master, int cores, double startup, double total)
      throws java.io.IOException {
    ObjectNode n = SitrepJson.mapper().createObjectNode();
    n.put("master", master);
    n.put("cores", cores);
    n.put("files", r.files());
    n.put("partitions", r.partitions());
    n.put("added", r.added());
    n.put("duplicates", r.duplicates());
    n.put("failed", r.failures().size());
    n.put("shards", r.shards());
    n.put("reprintGroups", r.reprints().groups().size());
    n.put("candidatePairs", r.candidatePairs());
    n.put("reprintEdges", r.reprintEdges());
    n.put("componentRounds", r.componentRounds());
    n.put("peakExecutorHeapBytes", r.peakExecutorHeapBytes());
    n.put("startupSeconds", startup);
    // CPU time of this JVM (driver and, in local mode, the executor): unlike wall time, it does not
    // grow when other processes share the cores
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      n.put("processCpuSeconds", os.getProcessCpuTime() / 1e9);
    }
    n.put("totalSeconds", total);
    ObjectNode phases = n.putObject("seconds");
    for (Map.Entry<String, Double> e : r.seconds().entrySet()) {
      phases.put(e.getKey(), e.getValue());
    }
    ArrayNode groups = n.putArray("groups");
    for (List<String> g : r.reprints().groups()) {
      ArrayNode a = groups.addArray();
      g.forEach(a::add);
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    SitrepJson.pretty().writeValue(file.toFile(), n);
  }
}
