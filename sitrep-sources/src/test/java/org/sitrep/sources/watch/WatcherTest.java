package org.sitrep.sources.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sources.fetch.FetchPolicy;
import org.sitrep.sources.fetch.HttpFetcher;
import org.sitrep.sources.testing.LoopbackServer;

class WatcherTest {
  static final String FULL = "<p>" + "Officials said the agreement would be signed on Friday in the capital. ".repeat(20) + "</p>";
  static final FetchPolicy POLICY = FetchPolicy.defaults().withPerHost(2, Duration.ZERO).withRetries(1, Duration.ofMillis(5))
      .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

  @TempDir Path tmp;
  LoopbackServer server;
  final AtomicInteger feedVersion = new AtomicInteger(1);
  final List<String> log = Collections.synchronizedList(new ArrayList<>());

  String feed() {
    StringBuilder items = new StringBuilder();
    if (feedVersion.get() >= 2) {
      items.append(item("/g.html", "G new story", "Short teaser"));
    }
    items.append("<item><title>A full</title><link>").append(server.uri("/a.html")).append("</link>")
        .append("<pubDate>Wed, 19 Jun 2024 08:00:00 GMT</pubDate><description>teaser</description><content:encoded><![CDATA[")
        .append(FULL).append("]]></content:encoded></item>");
    items.append(item("/b.html", "B linked", "teaser"));
    items.append(item("/private/c.html", "C robots", "teaser"));
    items.append(item("/missing.html", "D missing", "teaser"));
    items.append(item("/moved", "E moved", "teaser"));
    items.append(item("/image.png", "F image", "teaser"));
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>T</title><link>http://x/</link><description>d</description>" + items + "</channel></rss>";
  }

  String item(String path, String title, String description) {
    return "<item><title>" + title + "</title><link>" + server.uri(path) + "</link><pubDate>Wed, 19 Jun 2024 09:00:00 GMT</pubDate>"
        + "<description>" + description + "</description></item>";
  }

  static String page(String title) {
    return "<html><head><title>" + title + "</title></head><body><article><p>" + title + " body.</p></article></body></html>";
  }

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.on("/feed.xml", ex -> {
      String etag = "\"v" + feedVersion.get() + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      LoopbackServer.send(ex, 200, "application/rss+xml", feed());
    });
    server.serve("/b.html", "text/html; charset=utf-8", page("B"));
    server.serve("/private/c.html", "text/html", page("C"));
    server.on("/moved", ex -> {
      ex.getResponseHeaders().set("Location", "/e.html");
      ex.sendResponseHeaders(301, -1);
    });
    server.serve("/e.html", "text/html", page("E"));
    server.serve("/g.html", "text/html", page("G"));
    server.serve("/image.png", "image/png", "PNG");
    server.serve("/s1.html", "text/html", page("S1"));
    server.serve("/s2.html", "text/html", page("S2"));
    server.on("/sitemap.xml", ex -> LoopbackServer.send(ex, 200, "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>%s</loc><news:news><news:publication><news:name>S</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2024-06-19T08:30:00Z</news:publication_date><news:title>S1</news:title></news:news></url>
          <url><loc>%s</loc></url>
        </urlset>
        """.formatted(server.uri("/s1.html"), server.uri("/s2.html"))));
    server.serve("/broken.xml", "application/rss+xml", "<rss><channel><item></channel>");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  List<SourceSpec> specs() {
    return List.of(
        new SourceSpec("World", SourceSpec.Kind.FEED, server.uri("/feed.xml"), "Example News", "GB", Duration.ofMinutes(10), 50),
        new SourceSpec("Sitemap", SourceSpec.Kind.SITEMAP, server.uri("/sitemap.xml"), "Example News", "GB", Duration.ofMinutes(10), 50),
        new SourceSpec("Broken", SourceSpec.Kind.FEED, server.uri("/broken.xml"), null, null, Duration.ofMinutes(10), 50));
  }

  List<Watcher.PollReport> runOnce(Path data, PageSink sink) throws IOException {
    try (WatchState state = WatchState.open(data); HttpFetcher fetcher = new HttpFetcher(POLICY)) {
      return new Watcher(specs(), state, fetcher, sink, log::add, Clock.systemUTC()).pollAll();
    }
  }

  static List<JsonNode> stored(Path pages) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        out.add(mapper.readTree(Files.readString(f)));
      }
    }
    return out;
  }

  @Test
  void pollsStoresAndResumesWithoutFetchingAnythingTwice() throws Exception {
    Path data = tmp.resolve("data");
    PageDirectory pages = new PageDirectory(tmp.resolve("pages"));

    List<Watcher.PollReport> first = runOnce(data, pages);
    assertThat(first).extracting(Watcher.PollReport::source).containsExactly("World", "Sitemap", "Broken");
    Watcher.PollReport world = first.get(0);
    assertThat(world.items()).isEqualTo(6);
    assertThat(world.added()).isEqualTo(3);
    assertThat(world.skipped()).isEqualTo(2);
    assertThat(world.failed()).isEqualTo(1);
    assertThat(first.get(1).added()).isEqualTo(2);
    assertThat(first.get(2).ok()).isFalse();

    List<JsonNode> docs = stored(pages.dir());
    assertThat(docs).extracting(d -> d.get("url").asText()).containsExactlyInAnyOrder(
        server.uri("/a.html").toString(), server.uri("/b.html").toString(), server.uri("/e.html").toString(),
        server.uri("/s1.html").toString(), server.uri("/s2.html").toString());
    JsonNode s1 = docs.stream().filter(d -> d.get("url").asText().endsWith("/s1.html")).findFirst().orElseThrow();
    assertThat(s1.get("published").asText()).isEqualTo("2024-06-19T08:30Z");
    assertThat(s1.get("outlet").asText()).isEqualTo("Example News");
    assertThat(s1.get("html").asText()).contains("S1 body.");
    assertThat(server.count("/a.html")).isZero();
    assertThat(server.count("/private/c.html")).isZero();

    assertThat(String.join("\n", log))
        .contains("poll feed \"World\"", "-> 200", "6 entries, 6 new")
        .contains("a.html -> from feed content")
        .contains("b.html -> fetched 200")
        .contains("c.html -> skipped: disallowed by robots.txt")
        .contains("missing.html -> failed: HTTP 404")
        .contains("moved -> fetched 200", "via redirect to")
        .contains("image.png -> skipped: not a web page (image/png)")
        .contains("poll feed \"Broken\"", "-> failed:", "not well-formed XML");

    List<SourceStatus> statuses = WatchState.read(data);
    assertThat(statuses).extracting(SourceStatus::name).containsExactly("World", "Sitemap", "Broken");
    SourceStatus w = statuses.get(0);
    assertThat(w.etag()).isEqualTo("\"v1\"");
    assertThat(w.articles()).isEqualTo(3);
    assertThat(w.failedPages()).isEqualTo(1);
    assertThat(w.errors()).isZero();
    assertThat(w.country()).isEqualTo("GB");
    assertThat(statuses.get(2).errors()).isEqualTo(1);
    assertThat(statuses.get(2).lastError()).contains("not well-formed XML");

    List<String> before = server.requests();
    log.clear();
    List<Watcher.PollReport> second = runOnce(data, pages);
    assertThat(second.get(0).notModified()).isTrue();
    assertThat(second.get(1).fresh()).isZero();
    List<String> again = server.requests().subList(before.size(), server.requests().size());
    assertThat(again).containsExactlyInAnyOrder("/robots.txt", "/feed.xml", "/sitemap.xml", "/broken.xml");
    assertThat(String.join("\n", log)).contains("poll feed \"World\"", "not modified (304)");
    assertThat(stored(pages.dir())).hasSize(5);
    assertThat(WatchState.read(data).get(2).errors()).isEqualTo(2);

    feedVersion.set(2);
    int mark = server.requests().size();
    List<Watcher.PollReport> third = runOnce(data, pages);
    assertThat(third.get(0).fresh()).isEqualTo(1);
    assertThat(third.get(0).added()).isEqualTo(1);
    List<String> newRequests = server.requests().subList(mark, server.requests().size());
    assertThat(newRequests).contains("/g.html").doesNotContain("/b.html", "/e.html", "/moved", "/s1.html");
    assertThat(stored(pages.dir())).hasSize(6);
    assertThat(WatchState.read(data).get(0).articles()).isEqualTo(4);
  }

  @Test
  void transientPageFailuresAreRetriedNextPoll() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.on("/b.html", ex -> {
      if (calls.incrementAndGet() <= 2) {
        LoopbackServer.send(ex, 503, "text/plain", "busy");
      } else {
        LoopbackServer.send(ex, 200, "text/html", page("B"));
      }
    });
    Path data = tmp.resolve("data");
    PageDirectory pages = new PageDirectory(tmp.resolve("pages"));
    runOnce(data, pages);
    assertThat(String.join("\n", log)).contains("b.html -> failed: HTTP 503", "retried next poll");
    feedVersion.set(2);
    runOnce(data, pages);
    assertThat(stored(pages.dir())).extracting(d -> d.get("url").asText()).contains(server.uri("/b.html").toString());
  }

  /**
   * Issue 14, defect 1: a page was marked seen when the sink accepted it, before the store
   * committed it, so a crash mid-poll lost it for good. A sink that cannot commit (its flush fails,
   * as a killed process never flushes) must leave every page unseen, and the next run stores them.
   */
  @Test
  void aPageIsSeenOnlyOnceTheSinkHasCommittedIt() throws Exception {
    Path data = tmp.resolve("data");
    PageDirectory pages = new PageDirectory(tmp.resolve("pages"));
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    PageSink neverCommits = new PageSink() {
      @Override
      public org.sitrep.core.stage.ItemResult<org.sitrep.core.corpus.IngestOutcome> accept(org.sitrep.core.model.RawPage page) {
        accepted.add(page.source());
        return new org.sitrep.core.stage.ItemResult.Ok<>(page.source(), org.sitrep.core.corpus.IngestOutcome.ADDED);
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }
    };
    List<Watcher.PollReport> first = runOnce(data, neverCommits);
    assertThat(first.get(0).added()).isEqualTo(3);
    assertThat(accepted).hasSize(5);
    assertThat(String.join("\n", log)).contains("could not commit: No space left on device", "fetched again next poll");
    try (WatchState state = WatchState.open(data)) {
      for (String path : new String[] {"/a.html", "/b.html", "/moved", "/e.html", "/s1.html", "/s2.html"}) {
        assertThat(state.seen(server.uri(path).toString())).as(path).isFalse();
      }
      assertThat(state.seen(server.uri("/missing.html").toString())).as("a permanent failure is seen at once").isTrue();
    }
    runOnce(data, pages);
    assertThat(stored(pages.dir())).extracting(d -> d.get("url").asText()).containsExactlyInAnyOrder(
        server.uri("/a.html").toString(), server.uri("/b.html").toString(), server.uri("/e.html").toString(),
        server.uri("/s1.html").toString(), server.uri("/s2.html").toString());
    try (WatchState state = WatchState.open(data)) {
      assertThat(state.seen(server.uri("/b.html").toString())).isTrue();
    }
  }

  @Test
  void aSecondWatcherOnTheSameDataIsRefused() throws Exception {
    Path data = tmp.resolve("data");
    try (WatchState first = WatchState.open(data)) {
      assertThatThrownBy(() -> WatchState.open(data)).isInstanceOf(IOException.class).hasMessageContaining("another watcher");
    }
  }

  @Test
  void aTornLineInTheSeenLogIsDropped() throws Exception {
    Path data = tmp.resolve("data");
    try (WatchState state = WatchState.open(data)) {
      state.markSeen("https://x.example/1");
    }
    Path log = WatchState.folder(data).resolve("seen.log");
    Files.write(log, "https://x.example/2".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
    try (WatchState state = WatchState.open(data)) {
      assertThat(state.seen("https://x.example/1")).isTrue();
      assertThat(state.seen("https://x.example/2")).isFalse();
      state.markSeen("https://x.example/3");
    }
    assertThat(Files.readAllLines(log)).containsExactly("https://x.example/1", "https://x.example/3");
  }

  @Test
  void pageDirectoryIsIdempotentAndAtomic() throws Exception {
    PageDirectory dir = new PageDirectory(tmp.resolve("p"));
    var page = new org.sitrep.core.model.RawPage("https://x/1", "https://x/1", org.sitrep.core.model.ContentType.HTML,
        "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1), null, "2024-06-19", "X", null);
    assertThat(dir.accept(page)).isEqualTo(new org.sitrep.core.stage.ItemResult.Ok<>("https://x/1", org.sitrep.core.corpus.IngestOutcome.ADDED));
    assertThat(dir.accept(page)).isEqualTo(new org.sitrep.core.stage.ItemResult.Ok<>("https://x/1", org.sitrep.core.corpus.IngestOutcome.DUPLICATE));
    try (Stream<Path> files = Files.list(dir.dir())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString().endsWith(".jsonl");
    }
    assertThat(stored(dir.dir()).get(0).get("html").asText()).contains("caf\u00e9");
  }
}
