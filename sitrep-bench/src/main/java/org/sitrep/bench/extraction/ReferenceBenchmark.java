package org.sitrep.bench.extraction;

import static org.sitrep.bench.extraction.ExtractionBenchmark.gunzip;
import static org.sitrep.bench.extraction.ExtractionBenchmark.round;
import static org.sitrep.bench.extraction.ExtractionBenchmark.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores the {@link ReferenceExtractors} with the same scorers as ours on both extraction benchmarks
 * and times them on the same pages, one thread, with the same {@link PageTiming} as our speed figure. Their
 * failures on a page count as an empty output, as the benchmarks define.
 */
final class ReferenceBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path shared;
  private final PrintWriter out;

  ReferenceBenchmark(Path shared, PrintWriter out) {
    this.shared = shared;
    this.out = out;
  }

  /** Runs every reference extractor; {@code oursPagesPerSecond} (or null) is printed beside theirs. */
  ObjectNode run(@Nullable Double oursPagesPerSecond) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    Path ae = shared.resolve("benchmarks/article-extraction");
    JsonNode gold = JSON.readTree(ae.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    gold.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    List<byte[]> aePages = new ArrayList<>();
    for (String id : ids) {
      aePages.add(Files.readAllBytes(ae.resolve("html/" + id + ".html")));
    }
    Path te = shared.resolve("benchmarks/trafilatura-eval");
    JsonNode data = JSON.readTree(te.resolve("evaldata.json").toFile());

    out.println();
    out.println("reference extractors run here (same pages, same scorers, one thread; see the class comment)");
    out.printf(Locale.ROOT, "  %-44s %9s %9s %9s%n", "system", "AE F1", "TE F1", "pages/CPU-s");
    for (ReferenceExtractors.Extractor x : ReferenceExtractors.all()) {
      ShingleScorer shingles = new ShingleScorer();
      List<ShingleScorer.DocScore> docs = new ArrayList<>();
      int failures = 0;
      for (int i = 0; i < ids.size(); i++) {
        String url = gold.get(ids.get(i)).path("url").asText(null);
        String text = safely(x, aePages.get(i), url);
        failures += text == null ? 1 : 0;
        docs.add(shingles.score(gold.get(ids.get(i)).path("articleBody").asText(""), text == null ? "" : text));
      }
      ShingleScorer.Score aeScore = shingles.aggregate(docs);
      SegmentScorer segments = new SegmentScorer();
      for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Path file = te.resolve("html/" + e.getValue().path("file").asText() + ".gz");
        String text = Files.exists(file) ? safely(x, gunzip(file), e.getKey()) : "";
        failures += text == null ? 1 : 0;
        segments.add(strings(e.getValue().get("with")), strings(e.getValue().get("without")), text == null ? "" : text);
      }
      SegmentScorer.Score teScore = segments.score();
      double pagesPerCpuSecond = PageTiming.measure(aePages, p -> safely(x, p, null)).pagesPerCpuSecond();
      out.printf(Locale.ROOT, "  %-44s %9.3f %9.3f %9.1f%s%n", x.name(), aeScore.f1(), teScore.f1(), pagesPerCpuSecond,
          failures == 0 ? "" : "  (" + failures + " pages failed, scored as empty)");
      node.set(x.name(), JSON.createObjectNode()
          .put("articleExtractionF1", round(aeScore.f1())).put("articleExtractionPrecision", round(aeScore.precision()))
          .put("articleExtractionRecall", round(aeScore.recall()))
          .put("trafilaturaEvalF1", round(teScore.f1())).put("trafilaturaEvalPrecision", round(teScore.precision()))
          .put("trafilaturaEvalRecall", round(teScore.recall()))
          .put("pagesPerCpuSecond", round(pagesPerCpuSecond)).put("failures", failures));
      if (oursPagesPerSecond != null && pagesPerCpuSecond > 0) {
        out.printf(Locale.ROOT, "  %-44s sitrep is %.1fx its speed (timed apart; the speed part"
            + " alternates ours with boilerpipe's)%n", "", oursPagesPerSecond / pagesPerCpuSecond);
      }
    }
    out.flush();
    return node;
  }

  /** The extractor's text, or null when it failed on the page. */
  private static @Nullable String safely(ReferenceExtractors.Extractor x, byte[] html, @Nullable String url) {
    try {
      return x.extract(html, url);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }
}
