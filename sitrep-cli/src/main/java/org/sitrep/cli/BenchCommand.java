package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep bench NAME}: quality and speed benchmarks against ../shared/benchmarks. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a benchmark, prints our figures beside published ones and writes them to bench-results/NAME.json."
    },
    subcommands = {
      ExtractionBenchCommand.class,
      TempevalCommand.class,
      MsraNerCommand.class,
      org.sitrep.bench.clustering.ClusteringBenchCommand.class,
      BenchSourcesCommand.class,
      BenchSplitWordsCommand.class,
      PolnearBenchCommand.class,
      BenchNlpSpeedCommand.class,
      StoreBenchCommand.class,
      org.sitrep.bench.api.ApiBenchCommand.class,
      org.sitrep.bench.entities.EntitiesBenchCommand.class,
      org.sitrep.bench.scale.ScaleBenchCommand.class,
      org.sitrep.bench.spark.SparkBenchCommand.class,
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
