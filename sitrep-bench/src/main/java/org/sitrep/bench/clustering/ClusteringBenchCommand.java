package org.sitrep.bench.clustering;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.corpus.story.StoryParams;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench clustering}: the product's story clusterer on the News and News-T title
 * streams, NMI beside MStream's published figures, with cluster counts and B-cubed F1.
 */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "Story clustering on the News / News-T title streams (MStream, KDD 2018): NMI (geometric),",
      "number of clusters, B-cubed and pairwise F1, beside the paper's MStream figures."
    })
public final class ClusteringBenchCommand implements Callable<Integer> {
  /** MStream's published NMI (paper Table 2, mean of 10 runs). */
  private static final Map<String, Double> PUBLISHED = Map.of("News", 0.834, "News-T", 0.850);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", description = "Benchmark folder (default: ../shared/benchmarks/news-clustering-mstream beside the project).")
  Path data;

  @Option(names = "--output", description = "Result file (default: bench-results/clustering.json).")
  Path output;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    Path dir = data != null ? data : home.resolve("../shared/benchmarks/news-clustering-mstream").normalize();
    Path out = output != null ? output : home.resolve("bench-results/clustering.json");
    PrintWriter w = spec.commandLine().getOut();
    if (!Files.isRegularFile(dir.resolve("News.jsonl"))) {
      spec.commandLine().getErr().println("bench clustering: expected News.jsonl in " + dir + ", found none (use --data)");
      return 2;
    }
    StoryParams params = StoryParams.defaults();
    List<Map<String, Object>> rows = new ArrayList<>();
    StoryParams used = params;
    w.printf("%-7s %6s %9s %8s %6s %7s %7s %7s %7s %8s%n", "stream", "docs", "NMI", "MStream", "k", "gold k",
        "B3-P", "B3-R", "B3-F1", "pair-F1");
    for (String name : List.of("News", "News-T")) {
      ClusteringBench.Run run = ClusteringBench.run(name, ClusteringBench.read(dir.resolve(name + ".jsonl")), params);
      ClusteringScores s = run.scores();
      used = run.params();
      w.printf("%-7s %6d %9.4f %8.3f %6d %7d %7.4f %7.4f %7.4f %8.4f   (%.1f s)%n", name, s.documents(), s.nmi(),
          PUBLISHED.get(name), s.predictedClusters(), s.goldClusters(), s.bcubedPrecision(), s.bcubedRecall(),
          s.bcubedF1(), s.pairF1(), run.seconds());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("dataset", name);
      row.put("documents", s.documents());
      row.put("nmi", round(s.nmi()));
      row.put("publishedMStreamNmi", PUBLISHED.get(name));
      row.put("clusters", s.predictedClusters());
      row.put("goldClusters", s.goldClusters());
      row.put("bcubedPrecision", round(s.bcubedPrecision()));
      row.put("bcubedRecall", round(s.bcubedRecall()));
      row.put("bcubedF1", round(s.bcubedF1()));
      row.put("pairPrecision", round(s.pairPrecision()));
      row.put("pairRecall", round(s.pairRecall()));
      row.put("pairF1", round(s.pairF1()));
      row.put("seconds", round(run.seconds()));
      rows.add(row);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", "clustering");
    result.put("params", used);
    result.put("batches", ClusteringBench.BATCHES);
    result.put("results", rows);
    Files.createDirectories(out.toAbsolutePath().getParent());
    SitrepJson.pretty().writeValue(out.toFile(), result);
    w.println("wrote " + out);
    w.flush();
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
