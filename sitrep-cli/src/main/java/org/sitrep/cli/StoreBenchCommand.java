package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.store.StoreBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench store}: store ingest throughput, size and search latency. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Generates a corpus, measures store ingest throughput, size per 1,000 articles and search latency"
        + " (median, p99), and the real pipeline on a small sample; writes bench-results/store.json.")
public final class StoreBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Generated articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "400", description = "Timed queries (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--pipeline-sample", paramLabel = "N", defaultValue = "20",
      description = "Articles sent through the real pipeline, 0 to skip (default: ${DEFAULT-VALUE}).")
  int pipelineSample;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Build the generated store in DIR (new or empty) and keep it, e.g. for `sitrep bench api --data DIR`;"
          + " by default it is built in a scratch folder and deleted.")
  @Nullable Path data;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || queries < 1 || pipelineSample < 0) {
      spec.commandLine().getErr().println("sitrep bench store: --articles and --queries must be >= 1, --pipeline-sample >= 0");
      return ExitCodes.USAGE;
    }
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    Path results = home.resolve("bench-results");
    StoreBenchmark.Result r = StoreBenchmark.run(articles, queries, pipelineSample, home.resolve("target"),
        data, spec.commandLine().getOut());
    Path file = results.resolve("store.json");
    StoreBenchmark.write(r, file);
    spec.commandLine().getOut().println("written " + file);
    if (data != null) {
      spec.commandLine().getOut().println("store kept in " + data + " (serve or measure it: sitrep bench api --data " + data + ")");
    }
    return ExitCodes.OK;
  }
}
