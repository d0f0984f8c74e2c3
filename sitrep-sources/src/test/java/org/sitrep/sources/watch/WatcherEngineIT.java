package org.sitrep.sources.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.sources.fetch.FetchPolicy;
import org.sitrep.sources.fetch.HttpFetcher;
import org.sitrep.sources.testing.LoopbackServer;

/**
 * The watcher feeding the real engine and store: articles from a feed on loopback are stored once,
 * and a restart (new engine, new watcher, same data folder) fetches and stores nothing again. Runs
 * on a real store in a temporary folder.
 */
class WatcherEngineIT {
  @TempDir Path tmp;

  static String article(String title, String place) {
    StringBuilder b = new StringBuilder("<html><head><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2024-06-19T08:00:00Z\"></head><body><article><h1>")
        .append(title).append("</h1>");
    for (int i = 0; i < 6; i++) {
      b.append("<p>").append(place).append(" (Reuters) - The foreign minister said on Wednesday that negotiations with ")
          .append("the neighbouring government would resume next week, after officials reported progress on a ")
          .append("ceasefire agreement. Opposition leaders denied that any deal had been reached.</p>");
    }
    return b.append("</article></body></html>").toString();
  }

  static Engine open(Path data) throws IOException {
    return Engine.open(new EngineConfig(data, null, false, 1));
  }

  @Test
  void storesFeedArticlesOnceAcrossRestarts() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      server.serve("/one.html", "text/html; charset=utf-8", article("Talks to resume", "SEOUL"));
      server.serve("/two.html", "text/html; charset=utf-8", article("Ceasefire holds", "GENEVA"));
      server.serve("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
          + "<link>http://x/</link><description>d</description>"
          + "<item><title>Talks to resume</title><link>" + server.uri("/one.html") + "</link></item>"
          + "<item><title>Ceasefire holds</title><link>" + server.uri("/two.html") + "</link></item></channel></rss>");
      List<SourceSpec> specs = List.of(new SourceSpec("World", SourceSpec.Kind.FEED, server.uri("/feed.xml"),
          "Example News", "KR", Duration.ofMinutes(10), 50));
      FetchPolicy policy = FetchPolicy.defaults().withPerHost(2, Duration.ZERO).withRetries(0, Duration.ZERO);
      Path data = tmp.resolve("data");
      List<ItemResult<IngestOutcome>> outcomes = Collections.synchronizedList(new ArrayList<>());

      for (int run = 0; run < 2; run++) {
        try (Engine engine = open(data); WatchState state = WatchState.open(data);
            HttpFetcher fetcher = new HttpFetcher(policy)) {
          PageSink sink = new PageSink() {
            @Override
            public ItemResult<IngestOutcome> accept(RawPage page) {
              ItemResult<IngestOutcome> r = engine.ingest(page);
              outcomes.add(r);
              return r;
            }

            @Override
            public void flush() throws IOException {
              engine.refresh();
            }
          };
          new Watcher(specs, state, fetcher, sink, line -> {}, Clock.systemUTC()).pollAll();
        }
      }
      assertThat(outcomes).hasSize(2).allSatisfy(r -> assertThat(r).isEqualTo(new ItemResult.Ok<>(r.source(), IngestOutcome.ADDED)));
      assertThat(server.count("/one.html")).isEqualTo(1);
      assertThat(server.count("/two.html")).isEqualTo(1);
      assertThat(WatchState.read(data).get(0).articles()).isEqualTo(2);
    }
  }

  @Test
  void theCountryASourceStatesIsTheCountryOfItsArticles() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      server.serve("/one.html", "text/html; charset=utf-8", article("Talks to resume", "GENEVA"));
      server.serve("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
          + "<link>http://x/</link><description>d</description>"
          + "<item><title>Talks to resume</title><link>" + server.uri("/one.html") + "</link></item></channel></rss>");
      SourceSpec spec = new SourceSpec("World", SourceSpec.Kind.FEED, server.uri("/feed.xml"), "Example Courier", "KR",
          Duration.ofMinutes(10), 50);
      FetchPolicy policy = FetchPolicy.defaults().withPerHost(2, Duration.ZERO).withRetries(0, Duration.ZERO);
      Path data = tmp.resolve("data");
      try (Engine engine = open(data); WatchState state = WatchState.open(data);
          HttpFetcher fetcher = new HttpFetcher(policy)) {
        engine.addOutlets(spec.outletFacts().stream().toList());
        PageSink sink = new PageSink() {
          @Override
          public ItemResult<IngestOutcome> accept(RawPage page) {
            return engine.ingest(page);
          }

          @Override
          public void flush() throws IOException {
            engine.refresh();
          }
        };
        new Watcher(List.of(spec), state, fetcher, sink, line -> {}, Clock.systemUTC()).pollAll();
        engine.refresh();
        assertThat(engine.corpus().stories()).singleElement()
            .satisfies(s -> assertThat(s.countries()).containsExactly("KR"));
        assertThat(engine.corpus().outlet("Example Courier")).hasValueSatisfying(o -> {
          assertThat(o.country()).isEqualTo("KR");
          assertThat(o.inferred()).isFalse();
        });
      }
      // a later reader of the same store knows the outlet as well
      try (Engine engine = open(data)) {
        assertThat(engine.corpus().outlet("Example Courier")).hasValueSatisfying(o -> assertThat(o.country()).isEqualTo("KR"));
      }
    }
  }
}
