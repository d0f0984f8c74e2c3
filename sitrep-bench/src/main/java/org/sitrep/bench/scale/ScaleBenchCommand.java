package org.sitrep.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.store.SyntheticNews;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench scale}: the corpus update's cost per added article, memory and API latency by store size. */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a store of generated, annotated articles (a story stream with reprints) for each size through the"
          + " engine's corpus update, adds more articles a few at a time, and prints per size: CPU-ms per added"
          + " article (mean, p99), resident memory, heap after GC, size on disk, and the median/p99 latency of"
          + " search, story page and timeline on the HTTP API over loopback.",
      "Writes bench-results/scale.json after each size. Try small sizes first (--sizes=2000,5000 --add=20);"
          + " keep big stores between runs with --keep."
    })
public final class ScaleBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,100000,1000000",
      description = "Store sizes in articles, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--add", paramLabel = "N", description = "Articles added and measured per size (default: ${DEFAULT-VALUE}).")
  int add = 500;

  @Option(names = "--add-chunk", paramLabel = "K",
      description = "Articles per measured add; figures are per article (default: ${DEFAULT-VALUE}).")
  int addChunk = 1;

  @Option(names = "--build-chunk", paramLabel = "K",
      description = "Articles per Engine.addArticles call while building (default: ${DEFAULT-VALUE}).")
  int buildChunk = 1000;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the stores, one scale-SIZE folder each (default: target/scale-bench).")
  Path work = Path.of(System.getProperty("sitrep.home", "."), "target", "scale-bench");

  @Option(names = "--keep", description = "Keep the stores in --work, and reuse or complete stores a previous run kept.")
  boolean keep;

  @Option(names = "--no-build", description = "Measure only stores already complete in --work (with --keep); skip the other sizes.")
  boolean noBuild;

  @Option(names = "--rate", paramLabel = "N",
      description = "Generated articles per day (default: ${DEFAULT-VALUE}, so 1,000,000 articles are about a year).")
  int rate = SyntheticNews.DEFAULT_ARTICLES_PER_DAY;

  @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--requests", paramLabel = "N",
      description = "Measured requests per class: search, story page, timeline (default: ${DEFAULT-VALUE}).")
  int requests = 300;

  @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured rounds of requests first (default: ${DEFAULT-VALUE}).")
  int warmup = 50;

  @Option(names = "--results", paramLabel = "DIR", description = "Where scale.json goes (default: bench-results).")
  Path results = Path.of(System.getProperty("sitrep.home", "."), "bench-results");

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScaleBenchmark.Options options;
    try {
      if (noBuild && !keep) {
        throw new IllegalArgumentException("--no-build measures kept stores only; add --keep");
      }
      if (rate < 1 || rate > 10_000_000) {
        throw new IllegalArgumentException("--rate must be in [1, 10000000], got " + rate);
      }
      options = new ScaleBenchmark.Options(sizes.stream().distinct().sorted().toList(), add, addChunk, buildChunk, work,
          keep, !noBuild, seed, rate, requests, warmup);
    } catch (IllegalArgumentException e) {
      err.println("sitrep bench scale: " + e.getMessage());
      return 2;
    }
    Path file = results.resolve("scale.json");
    ScaleResult result;
    try {
      result = new ScaleBenchmark(options, out).run(r -> write(r, file));
    } catch (ScaleBenchmark.SetupException e) {
      err.println("sitrep bench scale: " + e.getMessage());
      return 2;
    }
    ScaleBenchmark.printTable(result, out);
    write(result, file);
    out.println("wrote " + file);
    if (keep) {
      out.println("stores kept in " + work);
    }
    return 0;
  }

  private static void write(ScaleResult r, Path file) {
    try {
      Files.createDirectories(file.getParent());
      SitrepJson.pretty().writeValue(file.toFile(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("scale bench: cannot write " + file, e);
    }
  }
}
