package org.sitrep.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.html.ExtractedPage;
import org.sitrep.ingest.html.HtmlExtractor;

/**
 * Runs the extraction benchmarks on the shared data folder: the article-extraction shingle metric
 * (ours beside every reference system's output scored with the same code and their published
 * figures), the trafilatura segment metric with title/author/date accuracy, and single-core
 * throughput. Reads the benchmark files in place; never copies them.
 */
public final class ExtractionBenchmark {
  /** The benchmark parts that can be selected. */
  public static final Set<String> PARTS = Set.of("article-extraction", "trafilatura-eval", "speed", "references",
      "language");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final Pattern WS = Pattern.compile("\\s+");
  /** Rounds of the extractor against boilerpipe in each JVM (a pass giving every page to both in turn). */
  private static final int PAIRED_ROUNDS = 10;
  /** JVMs the extractor is timed against boilerpipe in, by default. */
  public static final int DEFAULT_FORKS = 5;

  /** Published F1 / P / R / accuracy of the article-extraction benchmark (upstream README). */
  private static final Map<String, double[]> PUBLISHED_AE = publishedArticleExtraction();

  /** Published P / R / accuracy / F1 on the trafilatura corpus (upstream evaluation, 990 documents). */
  private static final Map<String, double[]> PUBLISHED_TE = publishedTrafilatura();

  private final Path shared;
  private final PrintWriter out;
  private final HtmlExtractor extractor = new HtmlExtractor();
  private final int forks;

  public ExtractionBenchmark(Path shared, PrintWriter out) {
    this(shared, out, DEFAULT_FORKS);
  }

  /** As {@link #ExtractionBenchmark(Path, PrintWriter)}, timing the extractor against boilerpipe in {@code forks} JVMs. */
  public ExtractionBenchmark(Path shared, PrintWriter out, int forks) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.out = Objects.requireNonNull(out, "out");
    if (forks < 1) {
      throw new IllegalArgumentException("forks must be at least 1, got " + forks);
    }
    this.forks = forks;
  }

  /**
   * Runs the selected parts and returns the figures as a JSON tree.
   *
   * @param parts names from {@link #PARTS}
   * @param details a file for per-document lines (JSON Lines), or null
   */
  public ObjectNode run(Set<String> parts, @Nullable Path details) throws IOException {
    ObjectNode result = JSON.createObjectNode();
    try (Writer detail = details == null ? Writer.nullWriter() : Files.newBufferedWriter(details)) {
      if (parts.contains("article-extraction")) {
        result.set("articleExtraction", articleExtraction(detail));
      }
      if (parts.contains("trafilatura-eval")) {
        result.set("trafilaturaEval", trafilaturaEval(detail));
      }
      Double oursPagesPerSecond = null;
      if (parts.contains("speed")) {
        ObjectNode speed = speed();
        oursPagesPerSecond = speed.get("pagesPerCpuSecond").asDouble();
        result.set("speed", speed);
      }
      if (parts.contains("language")) {
        result.set("language", new LanguageBenchmark(shared, out).run());
      }
      if (parts.contains("references")) {
        result.set("references", new ReferenceBenchmark(shared, out).run(oursPagesPerSecond));
      }
    }
    return result;
  }

  /**
   * Writes the figures canonically (sorted keys, indented). Parts not run this time keep the
   * figures already in the file, so a partial run never erases the others.
   */
  public static void write(ObjectNode result, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ObjectNode merged = JSON.createObjectNode();
    if (Files.exists(file)) {
      try {
        JsonNode old = JSON.readTree(file.toFile());
        if (old instanceof ObjectNode o) {
          merged.setAll(o);
        }
      } catch (IOException e) {
        // an unreadable earlier file is replaced by this run's figures
        merged.removeAll();
      }
    }
    merged.setAll(result);
    Object sorted = JSON.treeToValue(merged, Object.class);
    JSON.writeValue(file.toFile(), sorted);
  }

  // ---------------------------------------------------------------- article-extraction

  private ObjectNode articleExtraction(Writer detail) throws IOException {
    Path dir = shared.resolve("benchmarks/article-extraction");
    JsonNode gold = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    ShingleScorer scorer = new ShingleScorer();
    List<ShingleScorer.DocScore> ours = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    gold.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : ids) {
      JsonNode g = gold.get(id);
      byte[] html = Files.readAllBytes(dir.resolve("html/" + id + ".html"));
      String url = g.path("url").asText(null);
      String predicted = bodyText(extractSafely(html, url));
      ShingleScorer.DocScore d = scorer.score(g.path("articleBody").asText(""), predicted);
      ours.add(d);
      ObjectNode line = JSON.createObjectNode().put("bench", "article-extraction").put("id", id)
          .put("url", url).put("precision", d.precision()).put("recall", d.recall()).put("text", predicted);
      detail.write(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line) + "\n");
    }
    ShingleScorer.Score s = scorer.aggregate(ours);
    ObjectNode node = JSON.createObjectNode();
    node.set("sitrep", scoreNode(s));
    ObjectNode refs = JSON.createObjectNode();
    Path refDir = dir.resolve("reference-outputs");
    try (Stream<Path> files = Files.list(refDir)) {
      for (Path f : files.sorted().toList()) {
        String system = f.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode root = JSON.readTree(f.toFile());
        JsonNode outputs = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        List<ShingleScorer.DocScore> docs = new ArrayList<>();
        for (String id : ids) {
          JsonNode p = outputs.path(id).path("articleBody");
          docs.add(scorer.score(gold.get(id).path("articleBody").asText(""), p.isTextual() ? p.asText() : ""));
        }
        refs.set(system, scoreNode(scorer.aggregate(docs)));
      }
    }
    node.set("referenceOutputsScoredHere", refs);
    ObjectNode published = JSON.createObjectNode();
    PUBLISHED_AE.forEach((k, v) -> published.set(k, JSON.createObjectNode().put("f1", v[0]).put("precision", v[1])
        .put("recall", v[2]).put("accuracy", v[3])));
    node.set("published", published);

    out.println("article-extraction (" + s.documents() + " pages, shingle P/R/F1 as the benchmark README defines)");
    out.printf(Locale.ROOT, "  %-44s %6s %6s %6s %6s%n", "system", "F1", "P", "R", "acc");
    out.printf(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f %6.3f%n", "sitrep (this build)", s.f1(), s.precision(),
        s.recall(), s.accuracy());
    List<Map.Entry<String, double[]>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = refs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      rows.add(Map.entry(e.getKey() + " (output scored here)", new double[] {v.get("f1").asDouble(),
          v.get("precision").asDouble(), v.get("recall").asDouble(), v.get("accuracy").asDouble()}));
    }
    PUBLISHED_AE.forEach((k, v) -> rows.add(Map.entry(k + " (published)", v)));
    rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
    for (Map.Entry<String, double[]> r : rows) {
      double[] v = r.getValue();
      out.printf(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f %6.3f%n", r.getKey(), v[0], v[1], v[2], v[3]);
    }
    out.flush();
    return node;
  }

  private static ObjectNode scoreNode(ShingleScorer.Score s) {
    return JSON.createObjectNode().put("f1", round(s.f1())).put("precision", round(s.precision()))
        .put("recall", round(s.recall())).put("accuracy", round(s.accuracy())).put("documents", s.documents());
  }

  // ---------------------------------------------------------------- trafilatura-eval

  private ObjectNode trafilaturaEval(Writer detail) throws IOException {
    Path dir = shared.resolve("benchmarks/trafilatura-eval");
    JsonNode data = JSON.readTree(dir.resolve("evaldata.json").toFile());
    SegmentScorer scorer = new SegmentScorer();
    int titleGold = 0;
    int titleOk = 0;
    int authorGold = 0;
    int authorOk = 0;
    int dateGold = 0;
    int dateOk = 0;
    int pages = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String url = e.getKey();
      JsonNode entry = e.getValue();
      Path file = dir.resolve("html/" + entry.path("file").asText() + ".gz");
      ExtractedPage page = Files.exists(file) ? extractSafely(gunzip(file), url) : null;
      String text = bodyText(page);
      int[] pageCounts = scorer.add(strings(entry.get("with")), strings(entry.get("without")), text);
      pages++;
      String goldTitle = entry.path("title").asText("");
      boolean titleMatch = false;
      if (!goldTitle.isBlank()) {
        titleGold++;
        titleMatch = page != null && page.title() != null && norm(page.title()).equals(norm(goldTitle));
        titleOk += titleMatch ? 1 : 0;
      }
      String goldAuthor = goldAuthor(entry.get("author"));
      String ourAuthor = page == null ? "" : String.join("; ", page.authors());
      if (!goldAuthor.isEmpty()) {
        authorGold++;
        authorOk += ourAuthor.equals(goldAuthor) ? 1 : 0;
      }
      String goldDate = entry.path("date").asText("");
      String ourDate = page == null || page.published() == null ? "" : page.published();
      if (!goldDate.isBlank()) {
        dateGold++;
        dateOk += ourDate.startsWith(goldDate) ? 1 : 0;
      }
      ObjectNode line = JSON.createObjectNode().put("bench", "trafilatura-eval").put("url", url)
          .put("file", entry.path("file").asText()).put("with", entry.path("with").size()).put("tp", pageCounts[0])
          .put("fp", pageCounts[1]).put("title", page == null ? null : page.title()).put("goldTitle", goldTitle)
          .put("titleOk", titleMatch).put("author", ourAuthor).put("goldAuthor", goldAuthor).put("date", ourDate)
          .put("goldDate", goldDate).put("text", text);
      ArrayNode found = line.putArray("foundWithout");
      ArrayNode missed = line.putArray("missedWith");
      String normText = norm(text);
      for (String w : strings(entry.get("without"))) {
        if (!normText.isEmpty() && normText.contains(norm(w))) {
          found.add(w);
        }
      }
      for (String w : strings(entry.get("with"))) {
        if (normText.isEmpty() || !normText.contains(norm(w))) {
          missed.add(w);
        }
      }
      detail.write(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line) + "\n");
    }
    SegmentScorer.Score s = scorer.score();
    ObjectNode node = JSON.createObjectNode();
    node.set("sitrep", JSON.createObjectNode().put("pages", pages).put("tp", s.tp()).put("fp", s.fp())
        .put("fn", s.fn()).put("tn", s.tn()).put("precision", round(s.precision())).put("recall", round(s.recall()))
        .put("accuracy", round(s.accuracy())).put("f1", round(s.f1())));
    ObjectNode meta = JSON.createObjectNode();
    meta.set("title", accuracyNode(titleOk, titleGold));
    meta.set("author", accuracyNode(authorOk, authorGold));
    meta.set("date", accuracyNode(dateOk, dateGold));
    node.set("metadata", meta);
    ObjectNode published = JSON.createObjectNode();
    PUBLISHED_TE.forEach((k, v) -> published.set(k, JSON.createObjectNode().put("precision", v[0]).put("recall", v[1])
        .put("accuracy", v[2]).put("f1", v[3])));
    node.set("published", published);

    out.println();
    out.println("trafilatura-eval (" + pages + " pages, must-include/must-exclude segments, micro-averaged)");
    out.printf(Locale.ROOT, "  %-44s %6s %6s %6s %6s%n", "system", "P", "R", "acc", "F1");
    List<Map.Entry<String, double[]>> rows = new ArrayList<>();
    rows.add(Map.entry("sitrep (this build)", new double[] {s.precision(), s.recall(), s.accuracy(), s.f1()}));
    PUBLISHED_TE.forEach((k, v) -> rows.add(Map.entry(k + " (published)", v)));
    rows.sort((a, b) -> Double.compare(b.getValue()[3], a.getValue()[3]));
    for (Map.Entry<String, double[]> r : rows) {
      double[] v = r.getValue();
      out.printf(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f %6.3f%n", r.getKey(), v[0], v[1], v[2], v[3]);
    }
    out.printf(Locale.ROOT, "  metadata exact match: title %d/%d = %.3f, author %d/%d = %.3f, date %d/%d = %.3f"
        + " (no published anchors)%n", titleOk, titleGold, ratio(titleOk, titleGold), authorOk, authorGold,
        ratio(authorOk, authorGold), dateOk, dateGold, ratio(dateOk, dateGold));
    out.flush();
    return node;
  }

  private static String goldAuthor(@Nullable JsonNode a) {
    if (a == null || a.isNull()) {
      return "";
    }
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      a.forEach(n -> names.add(n.asText()));
      return String.join("; ", names);
    }
    return a.asText("").strip();
  }

  private static ObjectNode accuracyNode(int ok, int total) {
    return JSON.createObjectNode().put("correct", ok).put("gold", total).put("accuracy", round(ratio(ok, total)));
  }

  // ---------------------------------------------------------------- speed

  private ObjectNode speed() throws IOException {
    Path dir = shared.resolve("benchmarks/article-extraction/html");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    List<byte[]> pages = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      pages.add(b);
      bytes += b.length;
    }
    PageTiming timing = PageTiming.measure(pages, p -> extractSafely(p, null));
    int passes = timing.passes();
    double pagesPerSecond = timing.pagesPerSecond();
    double pagesPerCpuSecond = timing.pagesPerCpuSecond();
    double mbPerSecond = bytes * passes / timing.wallSeconds() / 1e6;
    List<PairedFork.Result> paired = new ArrayList<>();
    for (int k = 0; k < forks; k++) {
      try {
        paired.add(PairedFork.run(dir, PAIRED_ROUNDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while timing against boilerpipe", e);
      }
    }
    ProductPath product = new ProductPath(new ArticleCleaner(), Writer.nullWriter());
    PageTiming productTiming = PageTiming.measure(files, product::run);
    double productPerCpuSecond = productTiming.pagesPerProcessCpuSecond();
    out.println();
    out.printf(Locale.ROOT, "speed on one thread (%d pages, average %.0f kB; warm-up passes until the JIT compiler"
        + " settles: %d and %d):%n", pages.size(), bytes / 1000.0 / pages.size(), timing.warmups(), productTiming.warmups());
    out.printf(Locale.ROOT, "  %-62s %7.1f pages per CPU-second (%.1f pages/s wall, %.1f MB/s of HTML, %d passes)%n",
        "extractor alone (HTML bytes to paragraphs and page metadata)", pagesPerCpuSecond, pagesPerSecond, mbPerSecond,
        passes);
    PairedTiming.Spread ratio = PairedTiming.Spread.of(paired.stream().mapToDouble(PairedFork.Result::ratio).toArray());
    double ours = PairedTiming.Spread.of(paired.stream().mapToDouble(PairedFork.Result::oursPerCpuSecond).toArray()).median();
    double theirs =
        PairedTiming.Spread.of(paired.stream().mapToDouble(PairedFork.Result::boilerpipePerCpuSecond).toArray()).median();
    out.printf(Locale.ROOT, "  %-62s %7.2fx boilerpipe ArticleExtractor's speed: median of %d JVMs (%d rounds each),"
        + " JVM medians %.2f-%.2f%n", "extractor beside boilerpipe, each page to both in turn (ABBA)", ratio.median(),
        paired.size(), PAIRED_ROUNDS, ratio.min(), ratio.max());
    for (PairedFork.Result r : paired) {
      out.printf(Locale.ROOT, "  %-62s   JVM: %.2fx, rounds' quartiles %.2f-%.2f; ours %.1f, boilerpipe %.1f pages per"
          + " thread CPU-second; on the process's CPU %.2fx%n", "", r.ratio(), r.lowerQuartile(), r.upperQuartile(),
          r.oursPerCpuSecond(), r.boilerpipePerCpuSecond(), r.processRatio());
    }
    out.printf(Locale.ROOT, "  %-62s %7.1f pages per CPU-second of the process (%.1f on its own thread; %.1f pages/s"
        + " wall, %d passes)%n", "product path (extract --no-nlp --threads 1, JSON to a null sink)", productPerCpuSecond,
        productTiming.pagesPerCpuSecond(), productTiming.pagesPerSecond(), productTiming.passes());
    out.println("  (the product path reads each file, cleans it, identifies its language, repairs and reads its metadata"
        + " and prints its JSON line, as the command does)");
    out.println("  (the benchmark READMEs publish no throughput figures: the 'references' part times boilerpipe and"
        + " a readability port on these pages)");
    out.flush();
    ObjectNode node = JSON.createObjectNode().put("pagesPerSecond", round(pagesPerSecond))
        .put("pagesPerCpuSecond", round(pagesPerCpuSecond)).put("megabytesPerSecond",
        round(mbPerSecond)).put("pages", pages.size()).put("passes", passes).put("warmups", timing.warmups()).put("threads", 1);
    ArrayNode jvms = JSON.createArrayNode();
    for (PairedFork.Result r : paired) {
      jvms.add(JSON.createObjectNode().put("ratioMedian", round(r.ratio())).put("ratioLowerQuartile", round(r.lowerQuartile()))
          .put("ratioUpperQuartile", round(r.upperQuartile())).put("ratioMin", round(r.min())).put("ratioMax", round(r.max()))
          .put("oursPagesPerCpuSecondMedian", round(r.oursPerCpuSecond()))
          .put("boilerpipePagesPerCpuSecondMedian", round(r.boilerpipePerCpuSecond()))
          .put("processCpuRatioMedian", round(r.processRatio())));
    }
    ObjectNode vs = JSON.createObjectNode()
        .put("what", "our extractor's pages per CPU-second over boilerpipe 1.2.2 ArticleExtractor's, same pages, one"
            + " thread, in each of several fresh JVMs started one after the other; in each, rounds of a pass giving every"
            + " page to both, one after the other in alternating order (ABBA), each call timed on its own, the ratio"
            + " taken per round; the figure is the median over the JVMs of each JVM's median")
        .put("jvms", paired.size()).put("roundsPerJvm", PAIRED_ROUNDS)
        .put("ratioMedian", round(ratio.median())).put("ratioMin", round(ratio.min())).put("ratioMax", round(ratio.max()))
        .put("oursPagesPerCpuSecondMedian", round(ours)).put("boilerpipePagesPerCpuSecondMedian", round(theirs));
    vs.set("byJvm", jvms);
    node.set("vsBoilerpipe", vs);
    node.set("productPath", JSON.createObjectNode()
        .put("pagesPerCpuSecond", round(productPerCpuSecond))
        .put("pagesPerThreadCpuSecond", round(productTiming.pagesPerCpuSecond()))
        .put("pagesPerSecond", round(productTiming.pagesPerSecond()))
        .put("passes", productTiming.passes()).put("pages", files.size()).put("threads", 1)
        .put("articlesPerPass", product.articles() / (productTiming.warmups() + productTiming.passes()))
        .put("warmups", productTiming.warmups())
        .put("what", "extract --no-nlp --threads 1: input reader, article cleaner, JSON line to a null sink;"
            + " CPU of the whole process"));
    return node;
  }

  // ---------------------------------------------------------------- helpers

  private @Nullable ExtractedPage extractSafely(byte[] html, @Nullable String url) {
    try {
      return extractor.extract(html, null, url);
    } catch (RuntimeException e) {
      // an extractor crash counts as an empty output, as the benchmarks define
      out.println("  extraction failed for " + url + ": " + e);
      return null;
    }
  }

  private static String bodyText(@Nullable ExtractedPage page) {
    return page == null ? "" : String.join("\n", page.paragraphs());
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      in.transferTo(bos);
      return bos.toByteArray();
    }
  }

  static List<String> strings(@Nullable JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else if (n != null && n.isTextual()) {
      out.add(n.asText());
    }
    return out;
  }

  private static String norm(String s) {
    return WS.matcher(s).replaceAll(" ").strip();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static Map<String, double[]> publishedArticleExtraction() {
    Map<String, double[]> m = new TreeMap<>();
    m.put("AutoExtract Nov 2019", new double[] {0.970, 0.984, 0.956, 0.470});
    m.put("rs_trafilatura 9261e08", new double[] {0.970, 0.951, 0.990, 0.287});
    m.put("go_trafilatura ae7ea06", new double[] {0.960, 0.940, 0.980, 0.287});
    m.put("trafilatura 2.0.0", new double[] {0.958, 0.938, 0.978, 0.293});
    m.put("Diffbot Nov 2019", new double[] {0.951, 0.958, 0.944, 0.348});
    m.put("newspaper4k 0.9.3.1", new double[] {0.949, 0.964, 0.934, 0.326});
    m.put("news-please 1.6.16", new double[] {0.948, 0.964, 0.933, 0.326});
    m.put("readability_js 0.6.0", new double[] {0.947, 0.914, 0.982, 0.166});
    m.put("readability-lxml 0.8.4.1", new double[] {0.922, 0.913, 0.931, 0.315});
    m.put("dragnet 1b65e7b", new double[] {0.907, 0.925, 0.889, 0.221});
    m.put("goose3 3.1.20", new double[] {0.896, 0.940, 0.856, 0.232});
    m.put("boilerpipe (python) ab3694d", new double[] {0.860, 0.850, 0.870, 0.006});
    m.put("justext 3.0.2", new double[] {0.804, 0.858, 0.756, 0.088});
    m.put("html-text 0.7.0 (all text)", new double[] {0.665, 0.500, 0.994, 0.000});
    return m;
  }

  private static Map<String, double[]> publishedTrafilatura() {
    Map<String, double[]> m = new TreeMap<>();
    m.put("trafilatura 2.2.0 standard", new double[] {0.906, 0.943, 0.923, 0.924});
    m.put("trafilatura 2.2.0 precision", new double[] {0.925, 0.915, 0.921, 0.920});
    m.put("trafilatura 2.2.0 fast", new double[] {0.907, 0.930, 0.917, 0.918});
    m.put("magic-html 0.1.8", new double[] {0.887, 0.891, 0.889, 0.889});
    m.put("justext 3.0.2 custom", new double[] {0.864, 0.859, 0.862, 0.862});
    m.put("news-please 1.6.16", new double[] {0.932, 0.758, 0.852, 0.836});
    m.put("readability-lxml 0.8.4.1", new double[] {0.898, 0.764, 0.839, 0.826});
    m.put("goose3 3.1.22", new double[] {0.936, 0.714, 0.833, 0.810});
    m.put("boilerpy3 1.0.7 article", new double[] {0.818, 0.796, 0.810, 0.807});
    m.put("newspaper4k 0.9.6", new double[] {0.878, 0.736, 0.817, 0.801});
    m.put("html_text 0.7.1 (all text)", new double[] {0.531, 0.988, 0.559, 0.691});
    return m;
  }
}
