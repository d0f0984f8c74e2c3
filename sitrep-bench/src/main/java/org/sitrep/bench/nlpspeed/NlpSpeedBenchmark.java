package org.sitrep.bench.nlpspeed;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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
 * Times the whole per-article NLP pipeline (CoreNLP parse, then every extractor) on one thread,
 * after a warm-up pass over the same texts, measuring wall time and the thread's CPU time (the
 * machine may be shared, so CPU time is the figure of one core's capacity).
 */
public final class NlpSpeedBenchmark {
  /** One measured configuration. */
  public record Run(String name, int articles, long words, double wallSeconds, double cpuSeconds,
      long peakHeapBytes, int sentences, int parsedSentences) {
    /** Share of sentences that got a dependency parse. */
    public double parsedShare() {
      return sentences == 0 ? 0 : parsedSentences / (double) sentences;
    }

    public double articlesPerSecond() {
      return wallSeconds <= 0 ? 0 : articles / wallSeconds;
    }

    public double articlesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : articles / cpuSeconds;
    }

    public double wordsPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : words / cpuSeconds;
    }

    public double wordsPerSecond() {
      return wallSeconds <= 0 ? 0 : words / wallSeconds;
    }

    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("configuration", name);
      m.put("articles", articles);
      m.put("words", words);
      m.put("wallSeconds", round(wallSeconds));
      m.put("cpuSeconds", round(cpuSeconds));
      m.put("articlesPerSecond", round(articlesPerSecond()));
      m.put("articlesPerCpuSecond", round(articlesPerCpuSecond()));
      m.put("wordsPerSecond", Math.round(wordsPerSecond()));
      m.put("wordsPerCpuSecond", Math.round(wordsPerCpuSecond()));
      m.put("peakHeapMiB", peakHeapBytes / (1024 * 1024));
      m.put("sentences", sentences);
      m.put("sentencesWithDependencies", parsedSentences);
      return m;
    }
  }

  /** Runs {@code config} over {@code texts}: one warm-up pass, then {@code passes} timed passes. */
  public Run run(String name, NlpConfig config, List<String> texts, int passes, Consumer<String> progress) {
    CoreNlpParser parser = new CoreNlpParser(config);
    progress.accept("nlp-speed: " + name + ": warm-up");
    for (String t : texts) {
      annotate(parser, t);
    }
    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long words = 0;
    long wall = 0;
    long cpu = 0;
    int articles = 0;
    int sentences = 0;
    int parsedSentences = 0;
    for (int p = 0; p < passes; p++) {
      for (String t : texts) {
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        ParsedText parsed = annotate(parser, t);
        cpu += threads.getCurrentThreadCpuTime() - c0;
        wall += System.nanoTime() - w0;
        words += t.split("\\s+").length;
        articles++;
        sentences += parsed.sentences().size();
        parsedSentences += (int) parsed.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count();
      }
      progress.accept("nlp-speed: " + name + ": pass " + (p + 1) + "/" + passes);
    }
    return new Run(name, articles, words, wall / 1e9, cpu / 1e9, peakHeap(), sentences, parsedSentences);
  }

  private static ParsedText annotate(CoreNlpParser parser, String text) {
    ParsedText parsed = parser.parse(text, "2024-06-21");
    List<Entity> ents = new EntityExtractor().extract(parsed);
    List<Quote> qs = new QuoteExtractor().extract(parsed, ents);
    new ClaimExtractor().extract(parsed, ents, qs);
    List<TimeExpression> ts = new TimeNormalizer().normalize(parsed, "2024-06-21");
    new QuantityExtractor().extract(parsed);
    new EventExtractor().extract(parsed, ents, ts);
    return parsed;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
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
