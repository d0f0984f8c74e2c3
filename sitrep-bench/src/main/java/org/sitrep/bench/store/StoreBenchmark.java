package org.sitrep.bench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.model.Article;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestReport;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ArticleStore;

/**
 * Measures the store on a generated corpus: bulk add throughput (articles/s, commits every
 * {@value #COMMIT_EVERY}), size on disk per 1,000 articles, and search latency (median, p99) over
 * varied queries with filters and facets after a warm-up. Then, when the cleaner and the NLP are
 * available, the throughput of the real ingest pipeline on a small sample of the same texts.
 */
public final class StoreBenchmark {
  static final int COMMIT_EVERY = 500;
  private static final int WARMUP = 100;

  /** What one run measured. */
  public record Result(int articles, int threads, double addSeconds, double articlesPerSecond,
      double addCpuSeconds, double articlesPerCpuSecond, long storeBytes,
      double bytesPer1000Articles, int queries, double medianMillis, double p99Millis, double meanMillis,
      double cpuMedianMillis, double cpuP99Millis,
      double meanHits, Map<String, Object> nearDuplicates, Map<String, Object> pipeline) {}

  private StoreBenchmark() {}

  /** Runs the benchmark in a scratch folder under {@code work}; prints and returns the figures. */
  public static Result run(int articles, int queries, int pipelineSample, Path work, PrintWriter out) throws IOException {
    return run(articles, queries, pipelineSample, work, null, out);
  }

  /**
   * Runs the benchmark in a scratch folder under {@code work}; the generated store is built in
   * {@code keep} and left there when it is given (for {@code sitrep bench api --data}), else it is
   * built in the scratch folder and deleted with it.
   *
   * @throws IOException also when {@code keep} exists and is not an empty folder
   */
  public static Result run(int articles, int queries, int pipelineSample, Path work, @Nullable Path keep,
      PrintWriter out) throws IOException {
    Path dir = work.resolve("store-bench-" + ProcessHandle.current().pid());
    if (keep != null && Files.exists(keep)) {
      try (Stream<Path> entries = Files.list(keep)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("store benchmark: " + keep + " is not empty; give a new or empty folder");
        }
      }
    }
    Path data = keep != null ? keep : dir.resolve("data");
    deleteTree(dir);
    try {
      SyntheticNews news = new SyntheticNews(42);
      Map<String, String> country = new LinkedHashMap<>();
      SyntheticNews.OUTLETS.forEach(o -> country.put(o.name(), o.country()));
      java.util.concurrent.atomic.AtomicLong textChars = new java.util.concurrent.atomic.AtomicLong();

      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      try (ArticleStore store = ArticleStore.open(data)) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
          workers.add(Thread.ofPlatform().name("store-bench-" + w).start(() -> {
            try {
              for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
                Article a = news.article(i);
                textChars.addAndGet(a.text().length());
                store.add(a, country.get(a.outlet()));
                if ((i + 1) % COMMIT_EVERY == 0) {
                  store.commit();
                }
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }));
        }
        for (Thread t : workers) {
          try {
            t.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("store benchmark interrupted", e);
          }
        }
        store.commit();
      }
      double addSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "store: generated and added %d annotated articles (%.1f MB of text)%n", articles,
          textChars.get() / 1e6);
      out.flush();
      double addCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
      long bytes = size(data);

      SyntheticNews querySource = new SyntheticNews(7);
      List<SearchQuery> qs = new ArrayList<>();
      for (int i = 0; i < WARMUP + queries; i++) {
        SyntheticNews.QuerySpec spec = querySource.query(articles);
        qs.add(new SearchQuery(spec.text(), spec.outlets(), spec.countries(), spec.entities(), spec.from(), spec.to(), 0, 20));
      }
      double[] millis = new double[queries];
      double[] cpuMillis = new double[queries];
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long hits = 0;
      try (ArticleStore store = ArticleStore.openReadOnly(data)) {
        for (int i = 0; i < qs.size(); i++) {
          long c = mx.getCurrentThreadCpuTime();
          long s = System.nanoTime();
          SearchResult r = store.search(qs.get(i));
          long e = System.nanoTime();
          long ce = mx.getCurrentThreadCpuTime();
          if (i >= WARMUP) {
            millis[i - WARMUP] = (e - s) / 1e6;
            cpuMillis[i - WARMUP] = (ce - c) / 1e6;
            hits += r.total();
          }
        }
      }
      Map<String, Object> nearDuplicates = nearDuplicates(news, articles, data, country);
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      double[] cpuSorted = cpuMillis.clone();
      Arrays.sort(cpuSorted);
      List<Article> sample = new ArrayList<>();
      for (int i = 0; i < Math.min(pipelineSample, articles); i++) {
        sample.add(news.article(i));
      }
      Map<String, Object> pipeline = pipeline(sample, dir, out);
      Result result = new Result(articles, threads, addSeconds, articles / addSeconds,
          addCpuSeconds, articles / Math.max(addCpuSeconds, 1e-9), bytes, bytes * 1000.0 / articles,
          queries, percentile(sorted, 0.5), percentile(sorted, 0.99), Arrays.stream(millis).average().orElse(0),
          percentile(cpuSorted, 0.5), percentile(cpuSorted, 0.99),
          (double) hits / Math.max(1, queries), nearDuplicates, pipeline);
      print(result, out);
      return result;
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * "More like this" quality: adds reprints of random original articles (another outlet, headline
   * changed, last paragraph cut, a credit line added) and asks for the articles most like each
   * reprint; the original, or another reprint of it (the generated stream has its own), should come
   * first among thousands of articles on the same stories.
   */
  private static Map<String, Object> nearDuplicates(SyntheticNews news, int articles, Path data,
      Map<String, String> country) throws IOException {
    int k = Math.min(200, articles);
    java.util.Random random = new java.util.Random(11);
    List<String[]> pairs = new ArrayList<>();
    Map<String, java.util.Set<String>> copies = new java.util.HashMap<>();
    try (ArticleStore store = ArticleStore.open(data)) {
      for (int i = 0; i < k; i++) {
        int m = random.nextInt(articles);
        while (m > 0 && news.reprintSourceOf(m) >= 0) {
          m--;
        }
        Article a = news.article(m);
        java.util.Set<String> family = copies.computeIfAbsent(a.id(), id -> new java.util.HashSet<>());
        family.add(a.id());
        for (long later = m + 1; later < Math.min(articles, m + news.articlesPerDay() / 4 + 60L); later++) {
          if (news.reprintSourceOf(later) == m) {
            family.add(news.id(later));
          }
        }
        String[] paragraphs = a.text().split("\n\n");
        int keep = paragraphs.length > 3 ? paragraphs.length - 1 : paragraphs.length;
        String text = String.join("\n\n", Arrays.copyOf(paragraphs, keep))
            + "\n\nThis article was first published by " + a.outlet() + ".";
        SyntheticNews.Source other = SyntheticNews.OUTLETS.get(random.nextInt(SyntheticNews.OUTLETS.size()));
        Article reprint = new Article("reprint-" + i + "-" + a.id(), "bench", null, other.name(),
            "Reprint: " + a.title(), List.of(), a.published(), "en", List.of(a.outlet()), null, text,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        store.add(reprint, other.country());
        pairs.add(new String[] {reprint.id(), a.id()});
      }
      store.commit();
      int first = 0;
      int top5 = 0;
      double[] millis = new double[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        long t = System.nanoTime();
        List<String> similar = store.similar(pairs.get(i)[0], 5).stream().map(h -> h.article()).toList();
        millis[i] = (System.nanoTime() - t) / 1e6;
        // another reprint of the same original is as good an answer as the original
        String original = pairs.get(i)[1];
        java.util.Set<String> family = copies.get(original);
        java.util.function.Predicate<String> same = id -> family.contains(id) || id.endsWith("-" + original);
        if (!similar.isEmpty() && same.test(similar.get(0))) {
          first++;
        }
        if (similar.stream().anyMatch(same)) {
          top5++;
        }
      }
      Arrays.sort(millis);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("reprints", pairs.size());
      m.put("originalFirst", (double) first / pairs.size());
      m.put("originalInTop5", (double) top5 / pairs.size());
      m.put("medianMillis", percentile(millis, 0.5));
      return m;
    }
  }

  /** The real pipeline (read, clean, NLP, outlet, store, corpus analysis) over text files. */
  private static Map<String, Object> pipeline(List<Article> sample, Path dir, PrintWriter out) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", sample.size());
    if (sample.isEmpty()) {
      m.put("status", "skipped");
      m.put("reason", "--pipeline-sample 0");
      return m;
    }
    Path inputs = dir.resolve("inputs");
    Files.createDirectories(inputs);
    StringBuilder lines = new StringBuilder();
    for (Article a : sample) {
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("url", a.url());
      rec.put("outlet", a.outlet());
      rec.put("published", a.published());
      rec.put("text", a.title() + "\n\n" + a.text());
      lines.append(SitrepJson.mapper().writeValueAsString(rec)).append('\n');
    }
    Files.writeString(inputs.resolve("sample.jsonl"), lines, StandardCharsets.UTF_8);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("pipeline"), null, true, threads))) {
      IngestReport report = engine.ingest(List.of(inputs.resolve("sample.jsonl")), item -> {});
      double seconds = (System.nanoTime() - t0) / 1e9;
      m.put("status", report.added() > 0 ? "ok" : "failed");
      if (!report.failures().isEmpty()) {
        m.put("reason", report.failures().get(0).describe());
      }
      m.put("added", report.added());
      m.put("failed", report.failures().size());
      m.put("threads", threads);
      m.put("seconds", seconds);
      m.put("articlesPerSecond", report.added() / seconds);
      m.put("note", "includes loading CoreNLP once and the corpus analysis");
    } catch (UnsupportedOperationException e) {
      // A stage of the pipeline is not built in this checkout: report it, the store figures stand.
      m.put("status", "unavailable");
      m.put("reason", String.valueOf(e.getMessage()));
      out.println("store: pipeline sample skipped: " + e.getMessage());
    }
    return m;
  }

  /** CPU time of this process (all threads), or 0 where the JVM does not report it. */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static void print(Result r, PrintWriter out) {
    out.println();
    out.println("Store benchmark (generated corpus; machine shared, figures are pessimistic)");
    out.printf(Locale.ROOT, "  ingest (store only)   %,d articles in %.1f s = %.0f articles/s (%d adding threads, commit every %d)%n",
        r.articles(), r.addSeconds(), r.articlesPerSecond(), r.threads(), COMMIT_EVERY);
    out.printf(Locale.ROOT, "  ingest CPU            %.1f CPU-s = %.0f articles per CPU-second (all threads, merges and GC included)%n",
        r.addCpuSeconds(), r.articlesPerCpuSecond());
    out.printf(Locale.ROOT, "  size on disk          %.2f MB total, %.2f MB per 1,000 articles%n",
        r.storeBytes() / 1e6, r.bytesPer1000Articles() / 1e6);
    out.printf(Locale.ROOT, "  search latency        median %.2f ms, p99 %.2f ms, mean %.2f ms over %d queries (top 20, 3 facets, %.0f hits/query)%n",
        r.medianMillis(), r.p99Millis(), r.meanMillis(), r.queries(), r.meanHits());
    out.printf(Locale.ROOT, "  search CPU time       median %.2f ms, p99 %.2f ms (the searching thread's CPU, less sensitive to a busy machine)%n",
        r.cpuMedianMillis(), r.cpuP99Millis());
    out.printf(Locale.ROOT, "  load average          %.1f on %d cores while measuring%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    Map<String, Object> nd = r.nearDuplicates();
    out.printf(Locale.ROOT, "  more like this        original ranked first for %.1f%% of %s reprints, in the top 5 for %.1f%% (median %.2f ms)%n",
        100 * (Double) nd.get("originalFirst"), nd.get("reprints"), 100 * (Double) nd.get("originalInTop5"),
        (Double) nd.get("medianMillis"));
    Map<String, Object> p = r.pipeline();
    if ("ok".equals(p.get("status"))) {
      out.printf(Locale.ROOT, "  full pipeline         %s articles in %.1f s = %.2f articles/s on %s threads (incl. model load)%n",
          p.get("added"), (Double) p.get("seconds"), (Double) p.get("articlesPerSecond"), p.get("threads"));
    } else {
      out.println("  full pipeline         not measured: " + p.get("reason"));
    }
    out.println("  published reference   none comparable (synthetic corpus); see Lucene's nightly benchmarks for raw engine figures");
    out.flush();
  }

  /** Writes the figures as JSON. */
  public static void write(Result r, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    SitrepJson.pretty().writeValue(file.toFile(), r);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file removed while walking (a merged segment) does not count
        }
      }).sum();
    }
  }

  private static void deleteTree(@Nullable Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
