package org.sitrep.bench.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.sources.fetch.FetchPolicy;
import org.sitrep.sources.fetch.HttpFetcher;
import org.sitrep.sources.warc.WarcReader;
import org.sitrep.sources.watch.PageDirectory;
import org.sitrep.sources.watch.SourceSpec;
import org.sitrep.sources.watch.WatchState;
import org.sitrep.sources.watch.Watcher;

/**
 * Measures the sources module on data it makes itself, in a temporary folder it deletes:
 *
 * <ol>
 *   <li>WARC: writes a multi-hundred-megabyte WARC (and its gzip form) with jwarc, HTML responses
 *       mixed with records to skip, then streams it through {@link WarcReader}: records/s, MB/s and
 *       peak heap while reading;
 *   <li>feeds: serves N RSS feeds (half full-text entries, half links to pages) and robots.txt from
 *       a JDK HTTP server on loopback and polls them with the {@link Watcher}: a first poll (all new),
 *       a second (all 304), a third after each feed gained one entry: time to ingest the new items.
 * </ol>
 *
 * The pages go to a {@link PageDirectory} (atomic JSON Lines files), so the figures are the sources
 * module's own cost, without cleaning, NLP or indexing.
 */
public final class SourcesBenchmark {
  /**
   * Options.
   *
   * @param warcMegabytes size of the plain WARC to generate
   * @param feeds feeds to serve
   * @param itemsPerFeed entries per feed
   */
  public record Options(int warcMegabytes, int feeds, int itemsPerFeed) {
    public static Options defaults() {
      return new Options(300, 200, 10);
    }
  }

  private static final String[] WORDS = ("the minister said on tuesday that talks with the delegation would resume "
      + "next week after officials in the capital reported progress on the ceasefire agreement while opposition "
      + "leaders denied any deal had been reached and analysts warned that prices of grain and fuel could rise "
      + "sharply if shipments through the port were delayed again by the dispute over inspections").split(" ");

  private final ObjectMapper mapper = new ObjectMapper();

  /** Runs both parts, prints the figures and writes {@code resultsDir/sources.json}. */
  public ObjectNode run(Options options, Path resultsDir, PrintWriter out) throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("sitrep-bench-sources-");
    ObjectNode results = mapper.createObjectNode();
    results.put("benchmark", "sources");
    results.put("date", Instant.now().toString());
    results.put("cores", Runtime.getRuntime().availableProcessors());
    results.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    results.put("note", "No published reference figures exist for this benchmark; figures measured on a shared "
        + "2-core machine are pessimistic.");
    try {
      out.println("sources benchmark (temporary data in " + tmp + ")");
      Path plain = tmp.resolve("bench.warc");
      Path gz = tmp.resolve("bench.warc.gz");
      long t0 = System.nanoTime();
      long records = writeWarc(plain, WarcCompression.NONE, options.warcMegabytes() * 1024L * 1024L, Long.MAX_VALUE);
      double genPlain = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      writeWarc(gz, WarcCompression.GZIP, Long.MAX_VALUE, records);
      double genGz = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "generated %s (%.0f MB, %d records) in %.1f s and %s (%.0f MB, the same records) in %.1f s%n",
          plain.getFileName(), Files.size(plain) / 1048576.0, records, genPlain, gz.getFileName(),
          Files.size(gz) / 1048576.0, genGz);
      results.set("warc", warcRun(plain, records, out));
      results.set("warcGz", warcRun(gz, records, out));
      deleteQuietly(plain);
      deleteQuietly(gz);
      results.set("feeds", feedRun(options, tmp, out));
    } finally {
      deleteTree(tmp);
    }
    Files.createDirectories(resultsDir);
    Path file = resultsDir.resolve("sources.json");
    Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
    out.println("wrote " + file);
    return results;
  }

  private ObjectNode warcRun(Path warc, long totalRecords, PrintWriter out) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicLong peakLive = new AtomicLong(baseline);
    List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
        .toList();
    Thread sampler = Thread.ofPlatform().daemon().name("sitrep-bench-heap-sampler").start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long live = 0;
        for (var pool : pools) {
          var after = pool.getCollectionUsage();
          live += after == null ? 0 : after.getUsed();
        }
        peakLive.accumulateAndGet(live, Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long pages = 0;
    long failed = 0;
    long bytes = 0;
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (Stream<ItemResult<RawPage>> stream = new WarcReader().read(warc)) {
      for (var it = stream.iterator(); it.hasNext(); ) {
        ItemResult<RawPage> r = it.next();
        if (r instanceof ItemResult.Ok<RawPage> ok) {
          pages++;
          bytes += ok.value().body().length;
        } else {
          failed++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    sampler.interrupt();
    sampler.join();
    long size;
    try {
      size = Files.size(warc);
    } catch (IOException e) {
      size = -1;
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("file", warc.getFileName().toString());
    n.put("fileMB", round(size / 1048576.0));
    n.put("records", totalRecords);
    n.put("htmlPages", pages);
    n.put("failed", failed);
    n.put("seconds", round(seconds));
    n.put("recordsPerSecond", Math.round(totalRecords / seconds));
    n.put("cpuSeconds", round(cpuSeconds));
    n.put("recordsPerCpuSecond", Math.round(totalRecords / cpuSeconds));
    n.put("fileMBPerCpuSecond", round(size / 1048576.0 / cpuSeconds));
    n.put("pagesPerSecond", Math.round(pages / seconds));
    n.put("fileMBPerSecond", round(size / 1048576.0 / seconds));
    n.put("htmlMBPerSecond", round(bytes / 1048576.0 / seconds));
    n.put("peakHeapMB", round(peak.get() / 1048576.0));
    n.put("peakHeapAboveBaselineMB", round((peak.get() - baseline) / 1048576.0));
    n.put("peakHeapAfterGcMB", round(peakLive.get() / 1048576.0));
    out.printf(Locale.ROOT, "warc %-14s %7.0f MB  %8d records  %6.1f s  %8.0f records/s  %6.1f MB/s  (%.0f records per CPU-second)  peak heap used %.0f MB, peak after GC %.0f MB%n",
        warc.getFileName(), size / 1048576.0, totalRecords, seconds, totalRecords / seconds, size / 1048576.0 / seconds,
        totalRecords / cpuSeconds, peak.get() / 1048576.0, peakLive.get() / 1048576.0);
    return n;
  }

  /** Writes request/response triples: an HTML 200, a 404 and an image (the last two skipped by the reader). */
  private long writeWarc(Path file, WarcCompression compression, long targetBytes, long maxRecords) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    long records = 0;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      Instant date = Instant.parse("2024-06-19T08:00:00Z");
      int i = 0;
      while (writer.position() < targetBytes && records < maxRecords) {
        String url = "https://news" + (i % 50) + ".example/2024/06/19/story-" + i + ".html";
        byte[] html = article(random, i);
        writer.write(new WarcResponse.Builder(URI.create(url)).date(date.plusSeconds(i))
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build())
            .build());
        writer.write(new WarcResponse.Builder(URI.create(url + "?missing")).date(date.plusSeconds(i))
            .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.parse("text/html"),
                "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8)).build())
            .build());
        byte[] image = new byte[2048 + random.nextInt(4096)];
        random.nextBytes(image);
        writer.write(new WarcResponse.Builder(URI.create(url.replace(".html", ".jpg"))).date(date.plusSeconds(i))
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), image).build())
            .build());
        records += 3;
        i++;
      }
    }
    return records;
  }

  private static byte[] article(SplittableRandom random, int i) {
    StringBuilder b = new StringBuilder(60_000);
    b.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Story ").append(i)
        .append("</title><meta property=\"article:published_time\" content=\"2024-06-19T08:00:00Z\"></head><body>")
        .append("<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Story ").append(i).append("</h1>");
    int paragraphs = 8 + random.nextInt(24);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      int words = 40 + random.nextInt(80);
      for (int w = 0; w < words; w++) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(w == words - 1 ? "." : " ");
      }
      b.append("</p>");
    }
    b.append("</article><footer>Copyright</footer>");
    int padding = random.nextInt(40_000);
    b.append("<script>var config = \"").append("x".repeat(padding)).append("\";</script></body></html>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private ObjectNode feedRun(Options options, Path tmp, PrintWriter out) throws IOException {
    AtomicInteger generation = new AtomicInteger(0);
    AtomicLong requests = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sitrep-bench-http-", 0).factory()));
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      try (exchange) {
        serve(exchange, options, generation.get());
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    ObjectNode n = mapper.createObjectNode();
    try {
      List<SourceSpec> specs = new ArrayList<>();
      for (int f = 0; f < options.feeds(); f++) {
        specs.add(new SourceSpec("feed-" + f, SourceSpec.Kind.FEED, URI.create(base + "/feed/" + f + ".xml"),
            "Outlet " + (f % 40), null, Duration.ofMinutes(15), 100));
      }
      FetchPolicy policy = FetchPolicy.defaults().withPerHost(8, Duration.ZERO).withRetries(0, Duration.ZERO);
      Path data = tmp.resolve("data");
      PageDirectory pages = new PageDirectory(tmp.resolve("pages"));
      try (WatchState state = WatchState.open(data); HttpFetcher fetcher = new HttpFetcher(policy)) {
        Watcher watcher = new Watcher(specs, state, fetcher, pages, line -> {}, Clock.systemUTC());
        n.set("firstPoll", round(watcher, "first poll (all new)", requests, out));
        n.set("unchangedPoll", round(watcher, "second poll (unchanged, 304)", requests, out));
        generation.incrementAndGet();
        n.set("newItemsPoll", round(watcher, "third poll (one new entry per feed)", requests, out));
      }
      n.put("feeds", options.feeds());
      n.put("itemsPerFeed", options.itemsPerFeed());
      n.put("perHostConcurrency", policy.perHostConcurrency());
      n.put("sink", "page-directory (atomic JSON Lines files; no cleaning, NLP or indexing)");
    } finally {
      server.stop(0);
    }
    return n;
  }

  private ObjectNode round(Watcher watcher, String label, AtomicLong requests, PrintWriter out) {
    long before = requests.get();
    long t0 = System.nanoTime();
    List<Watcher.PollReport> reports = watcher.pollAll();
    double seconds = (System.nanoTime() - t0) / 1e9;
    int added = reports.stream().mapToInt(Watcher.PollReport::added).sum();
    int failed = reports.stream().mapToInt(Watcher.PollReport::failed).sum();
    long notModified = reports.stream().filter(Watcher.PollReport::notModified).count();
    long failedPolls = reports.stream().filter(r -> !r.ok()).count();
    ObjectNode n = mapper.createObjectNode();
    n.put("seconds", round(seconds));
    n.put("polls", reports.size());
    n.put("notModified", notModified);
    n.put("failedPolls", failedPolls);
    n.put("added", added);
    n.put("failedPages", failed);
    n.put("httpRequests", requests.get() - before);
    n.put("feedsPerSecond", round(reports.size() / seconds));
    n.put("itemsAddedPerSecond", round(added / seconds));
    out.printf(Locale.ROOT, "feeds %-38s %4d polls  %4d not modified  %5d added  %d failed  %5d requests  %6.2f s  %7.1f items/s%n",
        label, reports.size(), notModified, added, failed, requests.get() - before, seconds, added / seconds);
    return n;
  }

  private static void serve(HttpExchange exchange, Options options, int generation) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/robots.txt")) {
      send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", null);
      return;
    }
    if (path.startsWith("/feed/")) {
      int f = Integer.parseInt(path.substring(6, path.indexOf(".xml")));
      String etag = "\"f" + f + "-g" + generation + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      send(exchange, 200, "application/rss+xml; charset=utf-8", feed(f, options.itemsPerFeed() + generation), etag);
      return;
    }
    if (path.startsWith("/page/")) {
      String id = path.substring(6).replace(".html", "");
      StringBuilder body = new StringBuilder("<html><head><title>Page ").append(id).append("</title></head><body><article>");
      SplittableRandom random = new SplittableRandom(id.hashCode());
      for (int p = 0; p < 10; p++) {
        body.append("<p>");
        for (int w = 0; w < 60; w++) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        body.append("</p>");
      }
      send(exchange, 200, "text/html; charset=utf-8", body.append("</article></body></html>").toString(), null);
      return;
    }
    send(exchange, 404, "text/plain", "not found", null);
  }

  private static String feed(int f, int items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Feed ").append(f)
        .append("</title><link>http://example.org/</link><description>bench</description>");
    for (int i = items - 1; i >= 0; i--) {
      String link = "/page/" + f + "-" + i + ".html";
      b.append("<item><title>Item ").append(f).append('-').append(i).append("</title><link>").append(link)
          .append("</link><guid>").append(f).append('-').append(i).append("</guid><pubDate>Wed, 19 Jun 2024 08:")
          .append(String.format(Locale.ROOT, "%02d", i % 60)).append(":00 GMT</pubDate><description>Summary of item ")
          .append(i).append("</description>");
      if (i % 2 == 0) {
        b.append("<content:encoded><![CDATA[");
        for (int p = 0; p < 6; p++) {
          b.append("<p>").append(String.join(" ", WORDS)).append("</p>");
        }
        b.append("]]></content:encoded>");
      }
      b.append("</item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static void send(HttpExchange exchange, int status, String type, String body, @org.jspecify.annotations.Nullable String etag) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (etag != null) {
      exchange.getResponseHeaders().set("ETag", etag);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(bytes);
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // The whole temporary folder is removed at the end anyway.
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
