package org.sitrep.bench.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.server.SitrepServer;

/**
 * Measures the HTTP API on loopback: starts a real server over a corpus, then sends a bounded
 * number of requests (stopping early at a time limit) from a few client threads with Java's HTTP
 * client. Two request classes: search (queries built from the corpus's entity names, some with a
 * country filter or a second page) and story pages (a story's detail, timeline, claims, quotes,
 * graph and comparison, as the UI loads them). The request sequence is fixed by the corpus, so runs
 * are comparable.
 */
public final class ApiBenchmark {
  private final int requests;
  private final Duration maxTime;
  private final int concurrency;
  private final int warmup;

  /**
   * @param requests measured requests in total (both classes, alternating)
   * @param maxTime stop sending once this much time has passed
   * @param concurrency client threads
   * @param warmup requests sent first and not measured
   */
  public ApiBenchmark(int requests, Duration maxTime, int concurrency, int warmup) {
    if (requests < 1 || concurrency < 1 || warmup < 0) {
      throw new IllegalArgumentException("requests and concurrency must be >= 1 and warmup >= 0, got "
          + requests + ", " + concurrency + ", " + warmup);
    }
    this.requests = requests;
    this.maxTime = maxTime;
    this.concurrency = concurrency;
    this.warmup = warmup;
  }

  /** Runs the benchmark over {@code corpus}; {@code dataLabel} names the store in the result. */
  public ApiBenchResult run(Corpus corpus, String dataLabel) throws IOException, InterruptedException {
    List<String> search = searchPaths(corpus);
    List<String> story = storyPaths(corpus);
    if (story.isEmpty()) {
      throw new IllegalStateException("api bench: the corpus has no stories; ingest articles first");
    }
    long articles = corpus.search(new SearchQuery("", List.of(), List.of(), List.of(), null, null, 0, 1)).total();
    try (SitrepServer server = SitrepServer.start(corpus, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      AtomicInteger threadNo = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(concurrency,
          r -> new Thread(r, "api-bench-client-" + threadNo.incrementAndGet()));
      // NOTE: the client gets its own executor; sharing the workers' pool would deadlock (every worker
      // blocked in send() while the client waits for a thread to complete the response).
      AtomicInteger ioNo = new AtomicInteger();
      ExecutorService io = Executors.newCachedThreadPool(r -> new Thread(r, "api-bench-http-" + ioNo.incrementAndGet()));
      HttpClient client = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(5)).build();
      try {
        send(client, pool, base, search, story, warmup, Duration.ofSeconds(60), null);
        Recorder recorder = new Recorder(requests);
        long started = System.nanoTime();
        send(client, pool, base, search, story, requests, maxTime, recorder);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<ApiBenchResult.RequestClass> classes = List.of(
            recorder.figures("search", 0, seconds), recorder.figures("story", 1, seconds), recorder.figures("all", -1, seconds));
        return new ApiBenchResult("api", dataLabel, articles, corpus.stories().size(), concurrency, seconds, classes,
            "Loopback, Java HttpClient, " + concurrency + " client threads sharing the machine's cores with the "
                + "server; request counts are bounded (" + requests + " requests or " + maxTime.toSeconds()
                + " s). No published reference exists for this API.");
      } finally {
        pool.shutdownNow();
        io.shutdownNow();
      }
    }
  }

  private void send(HttpClient client, ExecutorService pool, String base, List<String> search, List<String> story,
      int count, Duration limit, Recorder recorder) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + limit.toNanos();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          int cls = i % 2;
          List<String> paths = cls == 0 ? search : story;
          String path = paths.get((i / 2) % paths.size());
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ok = response.statusCode() == 200;
          } catch (IOException e) {
            ok = false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          if (recorder != null) {
            recorder.record(cls, System.nanoTime() - t0, ok);
          }
        }
      }));
    }
    for (Future<?> f : workers) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("api bench: a client thread failed", e.getCause());
      }
    }
  }

  private static List<String> searchPaths(Corpus corpus) throws IOException {
    List<EntitySummary> entities = new ArrayList<>(corpus.entities(null));
    entities.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
    List<String> countries = new ArrayList<>();
    for (StorySummary s : corpus.stories()) {
      for (String c : s.countries()) {
        if (!countries.contains(c)) {
          countries.add(c);
        }
      }
    }
    List<String> out = new ArrayList<>();
    int n = 0;
    for (EntitySummary e : entities.subList(0, Math.min(40, entities.size()))) {
      String q = "q=" + enc(e.name().toLowerCase(Locale.ROOT));
      switch (n++ % 4) {
        case 0 -> out.add("/api/search?" + q);
        case 1 -> out.add("/api/search?" + q + (countries.isEmpty() ? "" : "&country=" + countries.get(n % countries.size())));
        case 2 -> out.add("/api/search?" + q + "&offset=20&limit=20");
        default -> out.add("/api/search?q=" + enc("\"" + e.name() + "\""));
      }
    }
    if (out.isEmpty()) {
      out.add("/api/search?q=");
    }
    return out;
  }

  private static List<String> storyPaths(Corpus corpus) throws IOException {
    List<StorySummary> stories = new ArrayList<>(corpus.stories());
    stories.sort((a, b) -> Integer.compare(b.articles().size(), a.articles().size()));
    List<String> out = new ArrayList<>();
    for (StorySummary s : stories.subList(0, Math.min(20, stories.size()))) {
      String id = enc(s.id());
      out.addAll(List.of("/api/stories/" + id, "/api/timeline?story=" + id, "/api/claims?story=" + id,
          "/api/stories/" + id + "/quotes", "/api/stories/" + id + "/graph", "/api/stories/" + id + "/compare"));
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Latencies per class, thread-safe. */
  private static final class Recorder {
    private final long[][] nanos = new long[2][];
    private final int[] counts = new int[2];
    private final int[] errors = new int[2];

    Recorder(int capacity) {
      nanos[0] = new long[capacity];
      nanos[1] = new long[capacity];
    }

    synchronized void record(int cls, long elapsed, boolean ok) {
      nanos[cls][counts[cls]++] = elapsed;
      if (!ok) {
        errors[cls]++;
      }
    }

    synchronized ApiBenchResult.RequestClass figures(String name, int cls, double seconds) {
      long[] all;
      int errs;
      if (cls < 0) {
        all = new long[counts[0] + counts[1]];
        System.arraycopy(nanos[0], 0, all, 0, counts[0]);
        System.arraycopy(nanos[1], 0, all, counts[0], counts[1]);
        errs = errors[0] + errors[1];
      } else {
        all = Arrays.copyOf(nanos[cls], counts[cls]);
        errs = errors[cls];
      }
      Arrays.sort(all);
      return new ApiBenchResult.RequestClass(name, all.length, errs, round(all.length / seconds),
          ms(pct(all, 0.5)), ms(pct(all, 0.9)), ms(pct(all, 0.99)), ms(all.length == 0 ? 0 : all[all.length - 1]));
    }

    private static long pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
      return Math.round(nanos / 1e4) / 100.0;
    }

    private static double round(double v) {
      return Math.round(v * 10) / 10.0;
    }
  }
}
