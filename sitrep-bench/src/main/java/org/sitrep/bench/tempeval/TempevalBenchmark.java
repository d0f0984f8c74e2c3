package org.sitrep.bench.tempeval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.time.AnchoredTime;
import org.sitrep.nlp.time.TimeNormalizer;
import org.sitrep.nlp.time.TimexValidator;

/**
 * Runs CoreNLP and our {@link TimeNormalizer} over TempEval-3 documents and scores the TIMEX3s.
 * Splits: {@code test} = the platinum set, {@code train} = TBAQ-cleaned TimeBank, {@code dev} =
 * TBAQ-cleaned AQUAINT. An optional cache folder keeps each document's parse, so that measuring a
 * change to the normaliser does not re-run CoreNLP.
 */
public final class TempevalBenchmark {
  /** Published Task A figures on the platinum set (UzZaman et al. 2013), in percent. */
  public static final Map<String, Map<String, Double>> PUBLISHED = Map.of(
      "HeidelTime", Map.of("valueF1", 77.61, "relaxedF1", 90.30, "strictF1", 81.34, "typeF1", 82.09),
      "SUTime", Map.of("valueF1", 67.38, "relaxedF1", 90.32, "strictF1", 79.57, "typeF1", 80.29));

  private final Path dataDir;
  private final CoreNlpParser parser;
  private final TimeNormalizer normalizer;
  private final @Nullable Path cacheDir;
  private final ObjectMapper mapper = new ObjectMapper();

  public TempevalBenchmark(Path dataDir, CoreNlpParser parser, TimeNormalizer normalizer,
      @Nullable Path cacheDir) {
    this.dataDir = dataDir;
    this.parser = parser;
    this.normalizer = normalizer;
    this.cacheDir = cacheDir;
  }

  /** The folder of a split's {@code .tml} files. */
  public Path splitDir(String split) {
    return switch (split) {
      case "test" -> dataDir.resolve("te3-platinum");
      case "train" -> dataDir.resolve("TBAQ-cleaned/TimeBank");
      case "dev" -> dataDir.resolve("TBAQ-cleaned/AQUAINT");
      default -> throw new IllegalArgumentException(
          "split must be test, train or dev, got '" + split + "'");
    };
  }

  /** Scores every document of one split; {@code errors} (if not null) gets one line per miss. */
  public SplitResult run(String split, @Nullable PrintWriter errors) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(splitDir(split))) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    TimexScore score = TimexScore.ZERO;
    long parseNanos = 0;
    long normNanos = 0;
    long chars = 0;
    List<String> invalid = new ArrayList<>();
    for (Path f : files) {
      TimeMlDocument doc = TimeMlDocument.read(f);
      long t0 = System.nanoTime();
      ParsedText parsed = parse(split, doc);
      long t1 = System.nanoTime();
      List<AnchoredTime> found = normalizer.anchor(parsed, doc.creationDate());
      long t2 = System.nanoTime();
      parseNanos += t1 - t0;
      normNanos += t2 - t1;
      chars += doc.text().length();
      List<TimexSpan> system = new ArrayList<>(found.size());
      for (AnchoredTime t : found) {
        system.add(new TimexSpan(t.start(), t.end(), t.type(), t.value()));
        String problem = TimexValidator.problem(t.value());
        if (problem != null) {
          invalid.add(doc.id() + " [" + t.text() + "]: " + problem);
        }
      }
      score = score.plus(TimexScore.of(doc.gold(), system));
      if (errors != null) {
        report(doc, system, errors);
      }
    }
    return new SplitResult(split, files.size(), chars, score, parseNanos, normNanos, invalid);
  }

  private ParsedText parse(String split, TimeMlDocument doc) throws IOException {
    if (cacheDir == null) {
      return parser.parse(doc.text(), doc.creationDate());
    }
    Path cached = cacheDir.resolve(split + "-" + doc.id() + "-"
        + Integer.toHexString(doc.text().hashCode()) + (parser.config().dependencies() ? "-dep" : "")
        + ".json");
    if (Files.exists(cached)) {
      return mapper.readValue(cached.toFile(), ParsedText.class);
    }
    ParsedText parsed = parser.parse(doc.text(), doc.creationDate());
    Files.createDirectories(cacheDir);
    mapper.writeValue(cached.toFile(), parsed);
    return parsed;
  }

  private static void report(TimeMlDocument doc, List<TimexSpan> system, PrintWriter out) {
    boolean[] used = new boolean[system.size()];
    for (TimexSpan g : doc.gold()) {
      int hit = -1;
      for (int i = 0; i < system.size(); i++) {
        if (!used[i] && system.get(i).overlaps(g)) {
          hit = i;
          break;
        }
      }
      String gtext = doc.text().substring(g.start(), g.end()).replace('\n', ' ');
      if (hit < 0) {
        out.printf("MISS  %s [%s] %s %s | %s%n", doc.id(), gtext, g.type(), g.value(),
            context(doc.text(), g.start(), g.end()));
        continue;
      }
      used[hit] = true;
      TimexSpan s = system.get(hit);
      String stext = doc.text().substring(s.start(), s.end()).replace('\n', ' ');
      if (!s.value().equals(g.value()) || !s.type().equals(g.type())) {
        out.printf("VALUE %s [%s] gold %s %s ; ours [%s] %s %s | %s%n", doc.id(), gtext, g.type(),
            g.value(), stext, s.type(), s.value(), context(doc.text(), g.start(), g.end()));
      } else if (s.start() != g.start() || s.end() != g.end()) {
        out.printf("SPAN  %s gold [%s] ours [%s]%n", doc.id(), gtext, stext);
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        TimexSpan s = system.get(i);
        out.printf("EXTRA %s [%s] %s %s | %s%n", doc.id(),
            doc.text().substring(s.start(), s.end()).replace('\n', ' '), s.type(), s.value(),
            context(doc.text(), s.start(), s.end()));
      }
    }
  }

  private static String context(String text, int start, int end) {
    int b = Math.max(0, start - 60);
    int e = Math.min(text.length(), end + 40);
    return (text.substring(b, start) + "<<" + text.substring(start, end) + ">>"
        + text.substring(end, e)).replaceAll("\\s+", " ");
  }

  /**
   * One split's figures.
   *
   * @param invalidValues one line per system value that is not a TIMEX3 value (document, text, reason)
   */
  public record SplitResult(String split, int documents, long chars, TimexScore score,
      long parseNanos, long normalizeNanos, List<String> invalidValues) {
    public SplitResult {
      invalidValues = List.copyOf(invalidValues);
    }

    /**
     * Figures in percent (rounded to two places), for printing and JSON. Without creation times
     * these are the official scorer's figures: its {@code get_attributes} skips the TIMEX3 with
     * {@code tid="t0"}, the DCT. With them, each document's DCT counts as one free match, a more
     * lenient reading that only serves to compare with tables that counted it.
     */
    public Map<String, Object> figures(boolean withCreationTimes) {
      TimexScore s = withCreationTimes ? score.withCopiedCreationTimes(documents) : score;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", s.gold());
      m.put("system", s.system());
      m.put("valueF1", pct(s.valueF1()));
      m.put("relaxedF1", pct(s.relaxedF1()));
      m.put("relaxedP", pct(s.relaxedPrecision()));
      m.put("relaxedR", pct(s.relaxedRecall()));
      m.put("strictF1", pct(s.strictF1()));
      m.put("typeF1", pct(s.typeF1()));
      return m;
    }

    private static double pct(double x) {
      return Math.round(x * 10000) / 100.0;
    }
  }
}
