package org.sitrep.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.store.SyntheticNews;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.server.SitrepServer;

/**
 * How the corpus layer scales: for each size, builds a store of that many generated, annotated
 * articles through the product's path ({@link Engine#addArticles(List)}: outlet resolution, store,
 * commit and corpus update, as ingest does after the NLP), then adds more articles one small chunk
 * at a time and measures the cost per added article (CPU time of the adding thread), resident
 * memory, heap after a full collection, the store's size on disk, and the latency of search, story
 * page and timeline requests on the real HTTP server over loopback.
 *
 * <p>Stores live in {@code work/scale-SIZE}. Without {@code keep} a store folder must not exist and
 * is deleted afterwards; with {@code keep} an existing store made by the same generator settings
 * is reused and completed where a previous run stopped, and left in place (each run adds its
 * articles to it, so a kept store grows by {@code add} per run).
 */
public final class ScaleBenchmark {
  /** Generator settings a kept store was built with; a store built otherwise is not reused. */
  static final String SETTINGS_FILE = "scale-generator.properties";
  static final String GENERATOR_VERSION = "1";

  /** What to run. */
  public record Options(List<Integer> sizes, int add, int addChunk, int buildChunk, Path work, boolean keep,
      boolean buildMissing, long seed, int articlesPerDay, int requests, int warmup) {
    public Options {
      sizes = List.copyOf(sizes);
      Objects.requireNonNull(work, "work");
      if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
        throw new IllegalArgumentException("sizes must be positive, got " + sizes);
      }
      if (add < 1 || addChunk < 1 || addChunk > add || buildChunk < 1 || requests < 1 || warmup < 0) {
        throw new IllegalArgumentException("add and buildChunk must be >= 1, addChunk in [1, add], requests >= 1"
            + " and warmup >= 0; got add=" + add + " addChunk=" + addChunk + " buildChunk=" + buildChunk
            + " requests=" + requests + " warmup=" + warmup);
      }
    }
  }

  private final Options options;
  private final PrintWriter out;
  private final SyntheticNews news;

  public ScaleBenchmark(Options options, PrintWriter out) {
    this.options = Objects.requireNonNull(options, "options");
    this.out = Objects.requireNonNull(out, "out");
    this.news = new SyntheticNews(options.seed(), options.articlesPerDay());
  }

  /** A size that could not be measured, and why (told before anything is built). */
  public static final class SetupException extends IOException {
    SetupException(String message) {
      super(message);
    }
  }

  /**
   * Runs every size in order; {@code written} gets the result after each size, so a later size
   * that fails (out of memory at a million articles on a slow corpus update) keeps the earlier ones.
   */
  public ScaleResult run(java.util.function.Consumer<ScaleResult> written) throws IOException, InterruptedException {
    for (int size : options.sizes()) {
      check(size);
    }
    List<ScaleResult.Size> done = new ArrayList<>();
    ScaleResult result = result(done);
    for (int size : options.sizes()) {
      Path dir = options.work().resolve("scale-" + size);
      if (!options.buildMissing() && !complete(dir, size)) {
        out.printf(Locale.ROOT, "scale %,d: skipped (no complete kept store in %s and --no-build)%n", size, dir);
        out.flush();
        continue;
      }
      try {
        done.add(measure(size, dir));
      } finally {
        if (!options.keep()) {
          deleteTree(dir);
        }
      }
      result = result(done);
      written.accept(result);
    }
    return result;
  }

  private void check(int size) throws IOException {
    Path dir = options.work().resolve("scale-" + size);
    if (!Files.exists(dir)) {
      return;
    }
    if (!options.keep()) {
      throw new SetupException("scale bench: " + dir + " exists; pass --keep to reuse it, or remove it");
    }
    Path settings = dir.resolve(SETTINGS_FILE);
    if (!Files.isRegularFile(settings)) {
      throw new SetupException("scale bench: " + dir + " exists but has no " + SETTINGS_FILE
          + "; it was not made by this benchmark, remove it or choose another --work");
    }
    Properties p = load(settings);
    Properties want = settings();
    for (String key : want.stringPropertyNames()) {
      if (!want.getProperty(key).equals(p.getProperty(key))) {
        throw new SetupException("scale bench: " + dir + " was built with " + key + "=" + p.getProperty(key)
            + ", not " + want.getProperty(key) + "; remove it or run with the same --seed and --rate");
      }
    }
  }

  private Properties settings() {
    Properties p = new Properties();
    p.setProperty("generator", GENERATOR_VERSION);
    p.setProperty("seed", Long.toString(options.seed()));
    p.setProperty("articlesPerDay", Integer.toString(options.articlesPerDay()));
    return p;
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private boolean complete(Path dir, int size) throws IOException {
    Path settings = dir.resolve(SETTINGS_FILE);
    if (!Files.isRegularFile(settings)) {
      return false;
    }
    String built = load(settings).getProperty("complete." + size);
    return "true".equals(built);
  }

  private ScaleResult.Size measure(int size, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path settingsFile = dir.resolve(SETTINGS_FILE);
    Properties settings = Files.isRegularFile(settingsFile) ? load(settingsFile) : settings();
    store(settings, settingsFile);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")))) {
      engine.addOutlets(SyntheticNews.OUTLETS.stream()
          .map(o -> new Outlet(o.name(), o.country(), o.kind(), List.of(o.domain()), false)).toList());
      int have = engine.store().size();
      if (have > 0 && !engine.store().contains(news.id(have - 1))) {
        throw new SetupException("scale bench: the store in " + dir + " holds " + have
            + " articles but not the generated article " + (have - 1) + "; remove it and build again");
      }
      // build
      int built = 0;
      double buildSeconds = 0;
      double buildCpu = 0;
      if (have < size) {
        out.printf(Locale.ROOT, "scale %,d: building from %,d articles in %s (chunks of %,d through Engine.addArticles)%n",
            size, have, dir, options.buildChunk());
        out.flush();
        long t0 = System.nanoTime();
        long c0 = processCpuNanos();
        long lastPrint = t0;
        for (int next = have; next < size; ) {
          int end = Math.min(size, next + options.buildChunk());
          List<Article> chunk = new ArrayList<>(end - next);
          for (int i = next; i < end; i++) {
            chunk.add(news.article(i));
          }
          engine.addArticles(chunk);
          built += end - next;
          next = end;
          long now = System.nanoTime();
          if (now - lastPrint > 10e9 || next == size) {
            lastPrint = now;
            double s = (now - t0) / 1e9;
            double rate = built / Math.max(s, 1e-9);
            out.printf(Locale.ROOT, "scale %,d: %,d/%,d articles, %.0f articles/s, %s elapsed, about %s to go%n", size,
                next, size, rate, duration(s), duration((size - next) / Math.max(rate, 1e-9)));
            out.flush();
          }
        }
        buildSeconds = (System.nanoTime() - t0) / 1e9;
        buildCpu = (processCpuNanos() - c0) / 1e9;
        settings.setProperty("complete." + size, "true");
        store(settings, settingsFile);
      } else {
        out.printf(Locale.ROOT, "scale %,d: reusing the kept store in %s (%,d articles)%n", size, dir, have);
        out.flush();
      }
      // add, measuring each chunk
      int before = engine.store().size();
      int measured = options.add() / options.addChunk();
      double[] cpu = new double[measured];
      double[] wall = new double[measured];
      double processCpu = 0;
      out.printf(Locale.ROOT, "scale %,d: adding %,d articles in chunks of %d%n", size, measured * options.addChunk(),
          options.addChunk());
      out.flush();
      for (int m = 0; m < measured; m++) {
        List<Article> chunk = new ArrayList<>(options.addChunk());
        for (int i = 0; i < options.addChunk(); i++) {
          chunk.add(news.article(before + (long) m * options.addChunk() + i));
        }
        long c0 = threads.getCurrentThreadCpuTime();
        long p0 = processCpuNanos();
        long t0 = System.nanoTime();
        engine.addArticles(chunk);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        processCpu += (processCpuNanos() - p0) / 1e6 / options.addChunk();
        cpu[m] = (c1 - c0) / 1e6 / options.addChunk();
        wall[m] = (t1 - t0) / 1e6 / options.addChunk();
      }
      int after = engine.store().size();
      // memory and disk
      System.gc();
      System.gc();
      java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      Map<String, Long> status = procStatus();
      double storeMb = size(dir.resolve("data")) / 1e6;
      // the API
      List<StorySummary> stories = engine.corpus().stories();
      Api api = api(engine, stories);
      ScaleResult.Stories quality = storyQuality(engine, stories, after);
      double[] sortedCpu = sorted(cpu);
      double[] sortedWall = sorted(wall);
      ScaleResult.Size r = new ScaleResult.Size(size, before, after, built, round(buildSeconds), round(buildCpu),
          round(mean(cpu)), round(percentile(sortedCpu, 0.99)), round(sortedCpu[sortedCpu.length - 1]),
          round(mean(wall)), round(percentile(sortedWall, 0.99)), round(processCpu / Math.max(1, measured)),
          round(status.getOrDefault("VmRSS", -1L) / 1024.0), round(status.getOrDefault("VmHWM", -1L) / 1024.0),
          round(heap.getUsed() / 1e6), round(heap.getMax() / 1e6), round(storeMb), stories.size(),
          api.search(), api.story(), api.timeline(), quality);
      print(r);
      return r;
    }
  }

  /**
   * How the corpus's stories compare with the generator's (measured after memory, since it holds
   * an id per article): NMI and B-cubed F1 over the stored articles, stories on each side, and the
   * largest story's size.
   */
  private ScaleResult.Stories storyQuality(Engine engine, List<StorySummary> stories, int articles) throws IOException {
    // a story's summary lists its newest articles only: each article's story is read from the store
    Map<String, Integer> storyIndex = new java.util.HashMap<>();
    int largest = 0;
    for (StorySummary s : stories) {
      storyIndex.put(s.id(), storyIndex.size());
      largest = Math.max(largest, s.size());
    }
    int[] predicted = new int[articles];
    Arrays.fill(predicted, -1);
    Set<String> field = Set.of(org.sitrep.corpus.live.CorpusUpdater.STORY_OF);
    for (int n = 0; n < articles; n++) {
      String story = engine.store().corpusValues(news.id(n), field).map(v -> v.get(org.sitrep.corpus.live.CorpusUpdater.STORY_OF)).orElse(null);
      Integer s = story == null ? null : storyIndex.get(story);
      if (s != null) {
        predicted[n] = s;
      }
    }
    Map<Long, Integer> goldIds = new java.util.HashMap<>();
    int[] gold = new int[articles];
    for (int n = 0; n < articles; n++) {
      gold[n] = goldIds.computeIfAbsent(news.storyOf(n), k -> goldIds.size());
      if (predicted[n] < 0) {
        predicted[n] = stories.size() + n; // an article in no story is a story of its own
      }
    }
    org.sitrep.bench.clustering.ClusteringScores scores = org.sitrep.bench.clustering.ClusteringScores.of(gold, predicted);
    return new ScaleResult.Stories(goldIds.size(), stories.size(), largest, Math.round(scores.nmi() * 1000) / 1000.0,
        Math.round(scores.bcubedF1() * 1000) / 1000.0);
  }

  private static void store(Properties p, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "sitrep bench scale: the generator settings of this store, and the sizes completed");
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  // ---------------------------------------------------------------- the API

  private record Api(ScaleResult.Latency search, ScaleResult.Latency story, ScaleResult.Latency timeline) {}

  /** Serves the corpus on loopback and times search, story and timeline requests, one at a time. */
  private Api api(Engine engine, List<StorySummary> stories) throws IOException, InterruptedException {
    Random random = new Random(options.seed() + 1);
    List<String> ids = storyIds(stories, random);
    long articles = engine.store().size();
    List<String> search = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      search.add(searchPath(news.query(random, articles)));
    }
    try (SitrepServer server = SitrepServer.start(engine.corpus(), "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      List<String> story = ids.stream().map(id -> "/api/stories/" + enc(id)).toList();
      List<String> timeline = ids.stream().map(id -> "/api/timeline?story=" + enc(id)).toList();
      List<List<String>> classes = List.of(search, story, timeline);
      long[][] nanos = new long[3][options.requests()];
      int[] errors = new int[3];
      int total = options.warmup() + options.requests();
      for (int i = 0; i < total; i++) {
        for (int c = 0; c < 3; c++) {
          List<String> paths = classes.get(c);
          if (paths.isEmpty()) {
            continue;
          }
          String path = paths.get(i % paths.size());
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
          long t0 = System.nanoTime();
          int status;
          try {
            status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
          } catch (IOException e) {
            status = -1;
          }
          long elapsed = System.nanoTime() - t0;
          if (i >= options.warmup()) {
            nanos[c][i - options.warmup()] = elapsed;
            if (status != 200) {
              errors[c]++;
            }
          }
        }
      }
      return new Api(latency("search", nanos[0], errors[0], search), latency("story page", nanos[1], errors[1], story),
          latency("timeline", nanos[2], errors[2], timeline));
    }
  }

  /** Story ids to request: half from the largest stories, half from all, at random. */
  private static List<String> storyIds(List<StorySummary> stories, Random random) {
    List<String> out = new ArrayList<>();
    if (stories.isEmpty()) {
      return out;
    }
    List<StorySummary> bySize = new ArrayList<>(stories);
    bySize.sort(Comparator.comparingInt((StorySummary s) -> s.articles().size()).reversed().thenComparing(StorySummary::id));
    for (int i = 0; i < Math.min(50, bySize.size()); i++) {
      out.add(bySize.get(i).id());
    }
    for (int i = 0; i < 50; i++) {
      out.add(stories.get(random.nextInt(stories.size())).id());
    }
    java.util.Collections.shuffle(out, random);
    return out;
  }

  private static String searchPath(SyntheticNews.QuerySpec q) {
    StringBuilder b = new StringBuilder("/api/search?q=").append(enc(q.text())).append("&limit=20");
    q.outlets().forEach(o -> b.append("&outlet=").append(enc(o)));
    q.countries().forEach(c -> b.append("&country=").append(enc(c)));
    q.entities().forEach(e -> b.append("&entity=").append(enc(e)));
    if (q.from() != null) {
      b.append("&from=").append(q.from());
    }
    if (q.to() != null) {
      b.append("&to=").append(q.to());
    }
    return b.toString();
  }

  private static ScaleResult.Latency latency(String name, long[] nanos, int errors, List<String> paths) {
    double[] ms = new double[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      ms[i] = nanos[i] / 1e6;
    }
    double[] s = sorted(ms);
    if (paths.isEmpty()) {
      return new ScaleResult.Latency(name, 0, 0, 0, 0, 0, 0, null);
    }
    return new ScaleResult.Latency(name, nanos.length, errors, round(percentile(s, 0.5)), round(percentile(s, 0.9)),
        round(percentile(s, 0.99)), round(s[s.length - 1]), paths.get(0));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- the result

  private ScaleResult result(List<ScaleResult.Size> sizes) {
    return new ScaleResult("scale", options.seed(), options.articlesPerDay(), options.add(), options.addChunk(), sizes,
        goal(sizes), "Generated annotated articles (SyntheticNews: a story stream at " + options.articlesPerDay()
            + " articles a day with reprints), so no NLP runs: the add cost is the corpus layer's (outlet, store,"
            + " commit, corpus update) on the adding thread. API latencies are single requests in sequence on"
            + " loopback after " + options.warmup() + " warm-up rounds. The machine may be shared: see the load"
            + " average printed with the table.");
  }

  /** The goal of the issue, and the same check between the smallest and largest sizes measured. */
  static Map<String, Object> goal(List<ScaleResult.Size> sizes) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("statement", GOAL);
    ScaleResult.Size small = find(sizes, 10_000);
    ScaleResult.Size large = find(sizes, 1_000_000);
    g.put("result", small == null || large == null ? "not measured (needs sizes 10000 and 1000000)"
        : pass(small, large) ? "pass" : "fail");
    if (sizes.size() >= 2) {
      ScaleResult.Size lo = sizes.stream().min(Comparator.comparingInt(ScaleResult.Size::size)).orElseThrow();
      ScaleResult.Size hi = sizes.stream().max(Comparator.comparingInt(ScaleResult.Size::size)).orElseThrow();
      Map<String, Object> same = new LinkedHashMap<>();
      same.put("from", lo.size());
      same.put("to", hi.size());
      same.put("addCostRatio", round(hi.addCpuMeanMs() / Math.max(lo.addCpuMeanMs(), 1e-9)));
      same.put("addCpuMeanMs", hi.addCpuMeanMs());
      same.put("storyP99Ms", hi.story().p99Ms());
      same.put("result", pass(lo, hi) ? "pass" : "fail");
      g.put("measuredSizes", same);
    }
    return g;
  }

  static final String GOAL = "at 1,000,000 articles adding one costs at most 1.25x what it costs at 10,000 and at most"
      + " 20 CPU-ms; story page p99 under 100 ms";

  private static boolean pass(ScaleResult.Size small, ScaleResult.Size large) {
    return large.addCpuMeanMs() <= 1.25 * small.addCpuMeanMs() && large.addCpuMeanMs() <= 20
        && large.story().p99Ms() < 100;
  }

  private static ScaleResult.@Nullable Size find(List<ScaleResult.Size> sizes, int size) {
    return sizes.stream().filter(s -> s.size() == size).findFirst().orElse(null);
  }

  private void print(ScaleResult.Size r) {
    out.printf(Locale.ROOT, "scale %,d: %,d articles before the adds, %,d after, %,d stories; built %,d articles in %s"
            + " (%.0f CPU-s)%n", r.size(), r.articlesBefore(), r.articlesAfter(), r.stories(), r.builtArticles(),
        duration(r.buildSeconds()), r.buildCpuSeconds());
    out.printf(Locale.ROOT, "  add one article      CPU %.1f ms mean, %.1f ms p99, %.1f ms max (adding thread);"
            + " %.1f ms wall; %.1f ms CPU of all threads%n", r.addCpuMeanMs(), r.addCpuP99Ms(), r.addCpuMaxMs(),
        r.addWallMeanMs(), r.addProcessCpuMeanMs());
    out.printf(Locale.ROOT, "  memory               RSS %.0f MB (peak %.0f MB), heap after GC %.0f MB of %.0f MB%n",
        r.rssMb(), r.peakRssMb(), r.heapUsedAfterGcMb(), r.heapMaxMb());
    out.printf(Locale.ROOT, "  store on disk        %.1f MB%n", r.storeMb());
    out.printf(Locale.ROOT, "  stories              %,d in the corpus (largest %,d articles) for %,d generated: NMI %.3f,"
        + " B-cubed F1 %.3f%n", r.quality().stories(), r.quality().largest(), r.quality().generated(), r.quality().nmi(),
        r.quality().bcubedF1());
    for (ScaleResult.Latency l : List.of(r.search(), r.story(), r.timeline())) {
      out.printf(Locale.ROOT, "  %-20s median %.1f ms, p99 %.1f ms, max %.1f ms over %d requests (%d errors)%n",
          l.request(), l.medianMs(), l.p99Ms(), l.maxMs(), l.requests(), l.errors());
    }
    out.flush();
  }

  /** Prints the summary table and the goal line. */
  public static void printTable(ScaleResult result, PrintWriter out) {
    out.println();
    out.printf(Locale.ROOT, "Scale benchmark (generated story stream, %,d articles/day; %d articles added in chunks of %d)%n",
        result.articlesPerDay(), result.added(), result.addChunk());
    out.printf(Locale.ROOT, "%10s %10s %9s %9s %9s %8s %8s %9s %16s %16s %16s %6s%n", "size", "build", "add CPU",
        "add p99", "add wall", "RSS MB", "heap MB", "disk MB", "search med/p99", "story med/p99", "timeline med/p99",
        "NMI");
    for (ScaleResult.Size s : result.sizes()) {
      out.printf(Locale.ROOT, "%,10d %10s %6.1f ms %6.1f ms %6.1f ms %8.0f %8.0f %9.1f %16s %16s %16s %6.3f%n", s.size(),
          s.builtArticles() == 0 ? "kept" : duration(s.buildSeconds()), s.addCpuMeanMs(), s.addCpuP99Ms(),
          s.addWallMeanMs(), s.rssMb(), s.heapUsedAfterGcMb(), s.storeMb(), pair(s.search()), pair(s.story()),
          pair(s.timeline()), s.quality().nmi());
    }
    out.println("(add: CPU-ms per added article on the adding thread; NMI: the corpus's stories against the generated ones)");
    out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    Map<String, Object> g = result.goal();
    out.println("goal: " + GOAL + ": " + g.get("result"));
    if (g.get("measuredSizes") instanceof Map<?, ?> m) {
      out.printf(Locale.ROOT, "  the same check from %,d to %,d articles: add cost x%s (%s CPU-ms), story p99 %s ms: %s%n",
          (Integer) m.get("from"), (Integer) m.get("to"), m.get("addCostRatio"), m.get("addCpuMeanMs"),
          m.get("storyP99Ms"), m.get("result"));
    }
    out.flush();
  }

  private static String pair(ScaleResult.Latency l) {
    return String.format(Locale.ROOT, "%.1f/%.1f", l.medianMs(), l.p99Ms());
  }

  // ---------------------------------------------------------------- helpers

  /** Fields of /proc/self/status in kB (VmRSS, VmHWM); empty where there is no such file. */
  static Map<String, Long> procStatus() {
    Map<String, Long> m = new LinkedHashMap<>();
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return m;
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
          String[] parts = line.split("\\s+");
          m.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // memory figures are then reported as -1
    }
    return m;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static double[] sorted(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
        : String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a segment merged away while walking does not count
        }
      }).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
