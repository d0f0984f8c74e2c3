package org.sitrep.bench.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.claim.ClaimExtractor;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.event.EventExtractor;
import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quantity.QuantityExtractor;
import org.sitrep.nlp.quote.QuoteExtractor;
import org.sitrep.nlp.time.TimeNormalizer;

/**
 * Scores our quotations against PolNeAR's attribution gold, following the data README's proposal
 * (the Gender Gap Tracker's matching rule): per gold quote in document order, the unmatched system
 * quote of highest content coverage matches when coverage exceeds θ; speaker correct when the system
 * speaker span overlaps the gold source span. Gold = direct quotes (content opens with a double quote
 * mark). A system quote that matches no direct quote but lies mostly inside the content of another
 * gold attribution (a partial quote inside reported speech) is counted apart, neither TP nor FP;
 * the strict figures count it as FP. Also times the whole per-article NLP pipeline.
 */
public final class PolnearBenchmark {
  /** Counts for one θ. */
  public record Score(double theta, int tp, int fp, int fn, int ignored, int speakerCorrect) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double strictPrecision() {
      return tp + fp + ignored == 0 ? 0 : (double) tp / (tp + fp + ignored);
    }

    public double strictF1() {
      double p = strictPrecision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return tp == 0 ? 0 : (double) speakerCorrect / tp;
    }

    Score plus(Score o) {
      return new Score(theta, tp + o.tp, fp + o.fp, fn + o.fn, ignored + o.ignored,
          speakerCorrect + o.speakerCorrect);
    }
  }

  /** Whole-run figures. */
  public record Result(String split, int articles, int goldDirect, int systemQuotes, Score loose,
      Score tight, Score exact, long words, double seconds, double cpuSeconds, long peakHeapBytes) {
    public double articlesPerSecond() {
      return seconds == 0 ? 0 : articles / seconds;
    }

    /** Articles per second of this thread's CPU time: what one core does when it is not shared. */
    public double articlesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : articles / cpuSeconds;
    }

    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("benchmark", "polnear");
      m.put("split", split);
      m.put("subset", "direct quotes");
      m.put("articles", articles);
      m.put("goldQuotes", goldDirect);
      m.put("systemQuotes", systemQuotes);
      m.put("theta0.3", scoreMap(loose));
      m.put("theta0.8", scoreMap(tight));
      m.put("exactSpan", scoreMap(exact));
      m.put("words", words);
      m.put("seconds", round(seconds));
      m.put("articlesPerSecond", Math.round(articlesPerSecond() * 100) / 100.0);
      m.put("cpuSeconds", round(cpuSeconds));
      m.put("articlesPerCpuSecond", Math.round(articlesPerCpuSecond() * 100) / 100.0);
      m.put("wordsPerArticle", articles == 0 ? 0 : words / articles);
      m.put("threads", 1);
      m.put("peakHeapMiB", peakHeapBytes / (1024 * 1024));
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("system", "Gender Gap Tracker V7.0 (own data, 98 Canadian articles; indicative only)");
      ref.put("theta0.3", Map.of("precision", 84.6, "recall", 82.7, "f1", 83.7, "speakerAccuracy", 86.5));
      ref.put("theta0.8", Map.of("precision", 77.0, "recall", 75.2, "f1", 76.1, "speakerAccuracy", 87.4));
      m.put("reference", ref);
      return m;
    }

    private static Map<String, Object> scoreMap(Score s) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tp", s.tp);
      m.put("fp", s.fp);
      m.put("fn", s.fn);
      m.put("ignoredInsideReportedSpeech", s.ignored);
      m.put("precision", round(100 * s.precision()));
      m.put("recall", round(100 * s.recall()));
      m.put("f1", round(100 * s.f1()));
      m.put("strictPrecision", round(100 * s.strictPrecision()));
      m.put("strictF1", round(100 * s.strictF1()));
      m.put("speakerAccuracy", round(100 * s.speakerAccuracy()));
      return m;
    }

    private static double round(double v) {
      return Math.round(v * 10) / 10.0;
    }
  }

  private final Path root;

  /** {@code root} is the PolNeAR folder (with metadata.tsv and the split folders). */
  public PolnearBenchmark(Path root) {
    this.root = root;
  }

  /** Runs over {@code split} (at most {@code limit} articles), reporting progress lines. */
  public Result run(String split, int limit, Consumer<String> progress) {
    List<String[]> rows = articles(split);
    if (limit > 0 && rows.size() > limit) {
      rows = rows.subList(0, limit);
    }
    CoreNlpParser parser = new CoreNlpParser(NlpConfig.defaults());
    EntityExtractor entities = new EntityExtractor();
    QuoteExtractor quotes = new QuoteExtractor();
    ClaimExtractor claims = new ClaimExtractor();
    TimeNormalizer times = new TimeNormalizer();
    QuantityExtractor quantities = new QuantityExtractor();
    EventExtractor events = new EventExtractor();
    // warm up the models on a text that is not scored
    parser.parse("The minister said on Monday, \"We are ready.\" Officials denied the reports.", null);
    resetPeaks();
    Score loose = new Score(0.3, 0, 0, 0, 0, 0);
    Score tight = new Score(0.8, 0, 0, 0, 0, 0);
    Score exact = new Score(1.0, 0, 0, 0, 0, 0);
    int goldDirect = 0;
    int system = 0;
    long words = 0;
    long nanos = 0;
    long cpuNanos = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int done = 0;
    for (String[] row : rows) {
      String name = row[0];
      String text = read(root.resolve(split).resolve("text").resolve(name + ".txt"));
      String ann = read(root.resolve(split).resolve("attributions").resolve(name + "_" + row[1] + ".ann"));
      String date = row[2].length() >= 10 ? row[2].substring(0, 10) : null;
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      ParsedText parsed = parser.parse(text, date);
      List<Entity> ents = entities.extract(parsed);
      List<QuoteExtractor.AttributedQuote> found = quotes.attribute(parsed, ents);
      List<Quote> qs = found.stream().map(QuoteExtractor.AttributedQuote::quote).toList();
      claims.extract(parsed, ents, qs);
      List<TimeExpression> ts = List.of();
      try {
        ts = times.normalize(parsed, date);
        quantities.extract(parsed);
        events.extract(parsed, ents, ts);
      } catch (UnsupportedOperationException e) {
        // stages still being written elsewhere: timed as far as they exist
      }
      nanos += System.nanoTime() - t0;
      cpuNanos += threads.getCurrentThreadCpuTime() - c0;
      words += text.split("\\s+").length;
      List<GoldAttribution> gold = GoldAttribution.parse(ann);
      goldDirect += (int) gold.stream().filter(GoldAttribution::direct).count();
      system += found.size();
      loose = loose.plus(score(text, gold, found, 0.3, false));
      tight = tight.plus(score(text, gold, found, 0.8, false));
      exact = exact.plus(score(text, gold, found, 1.0, true));
      done++;
      if (done % 10 == 0) {
        progress.accept("polnear: " + done + "/" + rows.size() + " articles");
      }
    }
    return new Result(split, done, goldDirect, system, loose, tight, exact, words, nanos / 1e9, cpuNanos / 1e9, peakHeap());
  }

  static Score score(String text, List<GoldAttribution> gold, List<QuoteExtractor.AttributedQuote> found,
      double theta, boolean exactSpan) {
    List<BitSet> sys = new ArrayList<>();
    for (QuoteExtractor.AttributedQuote q : found) {
      BitSet b = new BitSet();
      b.set(q.quote().start(), q.quote().end());
      sys.add(b);
    }
    boolean[] used = new boolean[found.size()];
    int tp = 0;
    int fn = 0;
    int speaker = 0;
    for (GoldAttribution g : gold) {
      if (!g.direct()) {
        continue;
      }
      int best = -1;
      double bestCov = 0;
      for (int i = 0; i < sys.size(); i++) {
        if (used[i]) {
          continue;
        }
        BitSet inter = (BitSet) g.content().clone();
        inter.and(sys.get(i));
        double cov = (double) inter.cardinality() / g.content().cardinality();
        if (cov > bestCov) {
          bestCov = cov;
          best = i;
        }
      }
      boolean match = best >= 0 && (exactSpan ? trimmed(text, g.content()).equals(trimmed(text, sys.get(best)))
          : bestCov > theta || theta >= 1.0 && bestCov >= 1.0);
      if (!match) {
        fn++;
        continue;
      }
      used[best] = true;
      tp++;
      QuoteExtractor.AttributedQuote q = found.get(best);
      if (g.source().isEmpty()) {
        if (q.quote().speaker() == null) {
          speaker++;
        }
      } else if (q.speakerStart() >= 0) {
        BitSet s = new BitSet();
        s.set(q.speakerStart(), q.speakerEnd());
        if (s.intersects(g.source())) {
          speaker++;
        }
      }
    }
    int fp = 0;
    int ignored = 0;
    for (int i = 0; i < sys.size(); i++) {
      if (used[i]) {
        continue;
      }
      boolean inside = false;
      for (GoldAttribution g : gold) {
        BitSet inter = (BitSet) sys.get(i).clone();
        inter.and(g.content());
        if (!g.direct() && inter.cardinality() * 2 >= sys.get(i).cardinality()) {
          inside = true;
          break;
        }
      }
      if (inside) {
        ignored++;
      } else {
        fp++;
      }
    }
    return new Score(theta, tp, fp, fn, ignored, speaker);
  }

  /** The span's text without quote marks, surrounding whitespace or trailing punctuation. */
  private static String trimmed(String text, BitSet span) {
    int b = span.nextSetBit(0);
    int e = span.length();
    String s = b < 0 ? "" : text.substring(b, Math.min(e, text.length()));
    return s.replaceAll("^[\\s\"“”‘’'«»]+", "").replaceAll("[\\s\"“”‘’'«».,;:!?]+$", "");
  }

  private List<String[]> articles(String split) {
    List<String[]> out = new ArrayList<>();
    for (String line : read(root.resolve("metadata.tsv")).split("\n")) {
      String[] f = line.split("\t");
      if (f.length > 5 && f[0].equals(split)) {
        String annotator = f[3].split("\\|")[0];
        if (Files.exists(root.resolve(split).resolve("attributions").resolve(f[1] + "_" + annotator + ".ann"))) {
          out.add(new String[] {f[1], annotator, f[5]});
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("polnear: no articles of split '" + split + "' under " + root);
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("polnear: cannot read " + p, e);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
