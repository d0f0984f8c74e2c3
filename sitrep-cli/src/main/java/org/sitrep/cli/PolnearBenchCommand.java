package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.bench.polnear.PolnearBenchmark;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench polnear}: quotes and speakers against the PolNeAR gold, with pipeline speed. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Quote P/R/F1 and speaker accuracy on PolNeAR (direct quotes), articles/s and peak heap.")
public final class PolnearBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", description = "PolNeAR folder (default ../shared/benchmarks/polnear)")
  Path data = Path.of("../shared/benchmarks/polnear");

  @Option(names = "--split", description = "train, dev or test (default test)")
  String split = "test";

  @Option(names = "--limit", description = "score only the first N articles (0 = all)")
  int limit = 0;

  @Option(names = "--output", description = "results file (default bench-results/polnear.json)")
  Path output = Path.of("bench-results/polnear.json");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(data.resolve("metadata.tsv"))) {
      err.println("sitrep bench polnear: no PolNeAR data at " + data + " (expected metadata.tsv)");
      return ExitCodes.USAGE;
    }
    PolnearBenchmark.Result r = new PolnearBenchmark(data).run(split, limit, line -> {
      err.println(line);
      err.flush();
    });
    out.printf(Locale.ROOT, "PolNeAR %s split, direct quotes: %d articles, %d gold quotes, %d system quotes%n",
        r.split(), r.articles(), r.goldDirect(), r.systemQuotes());
    out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %10s%n", "", "precision", "recall", "F1", "strict F1", "speaker");
    row(out, "Sitrep θ=0.3", r.loose());
    row(out, "Sitrep θ=0.8", r.tight());
    row(out, "Sitrep exact span", r.exact());
    out.printf(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f %9s %9.1f%%%n", "GGT V7.0 θ=0.3 (own data)", 84.6, 82.7, 83.7, "-", 86.5);
    out.printf(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f %9s %9.1f%%%n", "GGT V7.0 θ=0.8 (own data)", 77.0, 75.2, 76.1, "-", 87.4);
    out.printf(Locale.ROOT, "speed: %.2f articles/s on 1 thread (%d words/article, %.1f s), peak heap %d MiB%n",
        r.articlesPerSecond(), r.articles() == 0 ? 0 : r.words() / r.articles(), r.seconds(),
        r.peakHeapBytes() / (1024 * 1024));
    out.printf(Locale.ROOT, "       %.2f articles per CPU-second of the annotating thread (%.1f CPU s; wall time above"
        + " includes waiting for the shared cores)%n", r.articlesPerCpuSecond(), r.cpuSeconds());
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(output, SitrepJson.pretty().writeValueAsString(r.toMap()) + "\n");
    out.println("wrote " + output);
    return ExitCodes.OK;
  }

  private static void row(PrintWriter out, String name, PolnearBenchmark.Score s) {
    out.printf(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f %9.1f %9.1f%%%n", name, 100 * s.precision(),
        100 * s.recall(), 100 * s.f1(), 100 * s.strictF1(), 100 * s.speakerAccuracy());
  }
}
