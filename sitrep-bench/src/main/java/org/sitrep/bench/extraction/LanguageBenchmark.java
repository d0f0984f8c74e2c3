package org.sitrep.bench.extraction;

import static org.sitrep.bench.extraction.ExtractionBenchmark.gunzip;
import static org.sitrep.bench.extraction.ExtractionBenchmark.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.ingest.meta.LanguageIdentifier;

/**
 * The language of article bodies as the cleaner outputs them, scored on real text: the benchmark pages
 * (against their declared {@code <html lang>}, where they declare one), PolNeAR's dev articles (English)
 * and MSRA news passages (Chinese, eight sentences each). Beside ours, Lingua over all its languages on
 * the same first 1,000 characters (the detector used before the shortlist), with both detectors'
 * CPU time per body (the process's: Lingua hands its work to a thread pool).
 */
final class LanguageBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SAMPLE = 1000;
  private static final int MSRA_SENTENCES = 8;

  private final Path shared;
  private final PrintWriter out;

  LanguageBenchmark(Path shared, PrintWriter out) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** A body and the language it is known (or declared) to be in, if any. */
  private record Body(String set, String text, @Nullable String gold) {}

  ObjectNode run() throws IOException {
    List<Body> bodies = bodies();
    LanguageIdentifier ours = LanguageIdentifier.shared();
    LanguageDetector full = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    List<String> oursFound = new ArrayList<>();
    List<String> fullFound = new ArrayList<>();
    // a first pass loads the models; the second is timed
    for (Body b : bodies) {
      ours.identify(b.text());
      full.detectLanguageOf(sample(b.text()));
    }
    long start = PageTiming.processCpuNanos();
    for (Body b : bodies) {
      oursFound.add(ours.identify(b.text()));
    }
    double oursSeconds = (PageTiming.processCpuNanos() - start) / 1e9;
    start = PageTiming.processCpuNanos();
    for (Body b : bodies) {
      fullFound.add(code(full.detectLanguageOf(sample(b.text()))));
    }
    double fullSeconds = (PageTiming.processCpuNanos() - start) / 1e9;

    Map<String, int[]> perSet = new TreeMap<>(); // gold, ours right, full right, ours == full, bodies
    Map<String, Integer> confusions = new TreeMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      Body b = bodies.get(i);
      int[] c = perSet.computeIfAbsent(b.set(), k -> new int[5]);
      c[4]++;
      c[3] += Objects.equals(oursFound.get(i), fullFound.get(i)) ? 1 : 0;
      if (b.gold() != null) {
        c[0]++;
        c[1] += b.gold().equals(oursFound.get(i)) ? 1 : 0;
        c[2] += b.gold().equals(fullFound.get(i)) ? 1 : 0;
        if (!b.gold().equals(oursFound.get(i))) {
          confusions.merge(b.set() + " " + b.gold() + "->" + oursFound.get(i), 1, Integer::sum);
        }
      }
    }
    out.println();
    out.println("language of cleaned bodies (gold: declared <html lang> for pages, English for PolNeAR, Chinese for MSRA)");
    out.printf(Locale.ROOT, "  %-20s %7s %7s %12s %12s %14s%n", "set", "bodies", "gold", "sitrep", "full Lingua",
        "same as full");
    ObjectNode node = JSON.createObjectNode();
    ObjectNode sets = node.putObject("sets");
    for (Map.Entry<String, int[]> e : perSet.entrySet()) {
      int[] c = e.getValue();
      out.printf(Locale.ROOT, "  %-20s %7d %7d %5d %6.3f %5d %6.3f %7d %6.3f%n", e.getKey(), c[4], c[0], c[1],
          ratio(c[1], c[0]), c[2], ratio(c[2], c[0]), c[3], ratio(c[3], c[4]));
      sets.set(e.getKey(), JSON.createObjectNode().put("bodies", c[4]).put("withGold", c[0])
          .put("sitrepCorrect", c[1]).put("fullLinguaCorrect", c[2]).put("sameAsFullLingua", c[3]));
    }
    out.printf(Locale.ROOT, "  CPU per body (whole process: Lingua works on a thread pool): sitrep %.3f ms, full Lingua (all languages, %d characters)"
        + " %.3f ms%n", oursSeconds * 1000 / bodies.size(), SAMPLE, fullSeconds * 1000 / bodies.size());
    out.println("  sitrep's disagreements with the gold: " + confusions);
    out.flush();
    node.put("sitrepMillisecondsPerBody", round(oursSeconds * 1000 / bodies.size()));
    node.put("fullLinguaMillisecondsPerBody", round(fullSeconds * 1000 / bodies.size()));
    ObjectNode confusionNode = node.putObject("sitrepDisagreementsWithGold");
    confusions.forEach(confusionNode::put);
    return node;
  }

  private List<Body> bodies() throws IOException {
    ArticleCleaner cleaner = new ArticleCleaner();
    HtmlExtractor html = new HtmlExtractor();
    List<Body> bodies = new ArrayList<>();
    for (Path f : list(shared.resolve("benchmarks/article-extraction/html"))) {
      page(cleaner, html, "article-extraction", Files.readAllBytes(f), f.toString(), bodies);
    }
    for (Path f : list(shared.resolve("benchmarks/trafilatura-eval/html"))) {
      page(cleaner, html, "trafilatura-eval", gunzip(f), f.toString(), bodies);
    }
    for (Path f : list(shared.resolve("benchmarks/polnear/dev/text"))) {
      text(cleaner, "polnear-dev", Files.readString(f), f.toString(), "en", bodies);
    }
    Path msra = shared.resolve("benchmarks/msra-ner-zh/msra_test.bio.txt");
    if (Files.exists(msra)) {
      StringBuilder sentence = new StringBuilder();
      StringBuilder passage = new StringBuilder();
      int sentences = 0;
      for (String line : Files.readAllLines(msra)) {
        if (!line.isBlank()) {
          sentence.append(line.split("\t", 2)[0]);
          continue;
        }
        if (!sentence.isEmpty()) {
          passage.append(sentence).append("\n\n");
          sentence.setLength(0);
          sentences++;
        }
        if (sentences == MSRA_SENTENCES) {
          bodies.add(new Body("msra-ner-zh", passage.toString().strip(), "zh"));
          passage.setLength(0);
          sentences = 0;
        }
      }
    }
    return bodies;
  }

  private static void page(ArticleCleaner cleaner, HtmlExtractor html, String set, byte[] bytes, String source,
      List<Body> bodies) {
    String declared;
    try {
      declared = html.extract(bytes, null, null).htmlLanguage();
    } catch (RuntimeException e) {
      return; // a page the extractor fails on has no body to identify
    }
    clean(cleaner, set, new RawPage(source, null, ContentType.HTML, bytes, null, null, null, null),
        primary(declared), bodies);
  }

  private static void text(ArticleCleaner cleaner, String set, String text, String source, String gold,
      List<Body> bodies) {
    clean(cleaner, set, new RawPage(source, null, ContentType.TEXT, text.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, null, null, null), gold, bodies);
  }

  private static void clean(ArticleCleaner cleaner, String set, RawPage page, @Nullable String gold, List<Body> bodies) {
    try {
      CleanDocument doc = cleaner.process(page, StageContext.defaults());
      bodies.add(new Body(set, doc.text(), gold));
    } catch (StageException | RuntimeException e) {
      // no article text: nothing to identify
    }
  }

  /** The primary subtag of a declared language ("en-US" is "en"; Norwegian "no" is Bokmål, "nb"). */
  private static @Nullable String primary(@Nullable String declared) {
    if (declared == null || declared.length() < 2) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return code.equals("no") ? "nb" : code.length() == 2 ? code : null;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static String sample(String text) {
    return text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
  }

  private static @Nullable String code(Language language) {
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
