package org.sitrep.bench.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench api}: requests/s and latency of search and story pages over a store. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the HTTP API: requests/s and median/p99 latency of search and story pages.",
      "Serves the store on a loopback port and sends a bounded number of requests with Java's HTTP client;",
      "writes bench-results/api.json."
    })
public final class ApiBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--requests", paramLabel = "N", description = "Measured requests (default: ${DEFAULT-VALUE}).")
  int requests = 2000;

  @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds at most (default: ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(names = "--concurrency", paramLabel = "T", description = "Client threads (default: ${DEFAULT-VALUE}).")
  int concurrency = 4;

  @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
  int warmup = 200;

  @Option(names = "--results", paramLabel = "DIR", description = "Where api.json goes (default: ${DEFAULT-VALUE}).")
  Path results = Path.of("bench-results");

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (requests < 1 || requests > 1_000_000 || seconds < 1 || seconds > 3600 || concurrency < 1 || concurrency > 64
        || warmup < 0 || warmup > 100_000) {
      err.println("sitrep bench api: --requests in [1,1000000], --seconds in [1,3600], --concurrency in [1,64],"
          + " --warmup in [0,100000]");
      return 2;
    }
    if (!Files.isDirectory(data)) {
      err.println("sitrep bench api: no corpus store at " + data + "; ingest one first (./sitrep ingest --data DIR PATH...)");
      return 2;
    }
    ApiBenchResult result;
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      result = new ApiBenchmark(requests, Duration.ofSeconds(seconds), concurrency, warmup)
          .run(engine.corpus(), data.toString());
    }
    print(out, result);
    Files.createDirectories(results);
    Path file = results.resolve("api.json");
    SitrepJson.pretty().writeValue(file.toFile(), result);
    out.println("wrote " + file);
    return 0;
  }

  /** Prints the result as a table. */
  public static void print(PrintWriter out, ApiBenchResult r) {
    out.printf(Locale.ROOT, "API benchmark over %s: %d articles, %d stories, %d client threads, %.1f s%n",
        r.data(), r.articles(), r.stories(), r.concurrency(), r.seconds());
    out.printf(Locale.ROOT, "%-8s %9s %7s %9s %10s %9s %9s %9s%n", "class", "requests", "errors", "req/s", "median ms",
        "p90 ms", "p99 ms", "max ms");
    for (ApiBenchResult.RequestClass c : r.classes()) {
      out.printf(Locale.ROOT, "%-8s %9d %7d %9.1f %10.2f %9.2f %9.2f %9.2f%n", c.name(), c.requests(), c.errors(),
          c.requestsPerSecond(), c.medianMs(), c.p90Ms(), c.p99Ms(), c.maxMs());
    }
    out.println("published: none (no public reference for this API). " + r.note());
    out.flush();
  }
}
