package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.spark.SparkJobLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep batch PATH...}: the ingest as an Apache Spark job. Spark runs in a JVM of its own
 * (the {@code sitrep-spark} module's classpath and Spark's JVM options), so this process's classpath
 * stays free of Spark.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
      "Ingests inputs with Apache Spark into the corpus store: the same stages",
      "and the same store as `sitrep ingest` (serve opens it alike), one task per",
      "input file, the NLP spread over partitions, reprints by MinHash LSH.",
      "Local mode by default; see README, 'Running on a cluster'."
    })
public final class BatchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: ${DEFAULT-VALUE}).")
  String master = "local[*]";

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
      description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the NLP stage (default: three per core).")
  @Nullable Integer partitions;

  @Option(names = "--no-nlp", description = "Store cleaned articles without NLP (no entities, quotes, claims or events).")
  boolean noNlp;

  @Option(names = "--outlets", paramLabel = "FILE", description = "A file of outlets that extends the built-in registry.")
  @Nullable Path outlets;

  @Option(names = "--staging", paramLabel = "URI",
      description = "Where executors leave their store shards for the driver on a cluster: a shared folder or a"
          + " Hadoop file system URI (default: a folder in the store).")
  @Nullable String staging;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the job's figures as JSON to FILE.")
  @Nullable Path report;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (HTML, text dumps, JSON Lines, WARC, feeds): local paths or Hadoop URIs (hdfs://, s3a://).")
  List<String> paths = List.of();

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (partitions != null && partitions < 1) {
      err.println("sitrep batch: --partitions must be at least 1, got " + partitions);
      return ExitCodes.USAGE;
    }
    List<String> args = new ArrayList<>(List.of("--master", master, "--data", data.toString()));
    if (partitions != null) {
      args.addAll(List.of("--partitions", partitions.toString()));
    }
    if (noNlp) {
      args.add("--no-nlp");
    }
    if (outlets != null) {
      args.addAll(List.of("--outlets", outlets.toString()));
    }
    if (staging != null) {
      args.addAll(List.of("--staging", staging));
    }
    if (report != null) {
      args.addAll(List.of("--report", report.toString()));
    }
    args.add("--");
    args.addAll(paths);
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    try {
      return new SparkJobLauncher(home).run(SparkJobLauncher.MAIN, args, SparkJobLauncher.currentHeap(),
          spec.commandLine().getOut(), err);
    } catch (java.io.IOException e) {
      err.println("sitrep batch: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
  }
}
