package org.sitrep.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.stage.Reason;
import org.sitrep.sources.testing.LoopbackServer;

class HttpFetcherTest {
  static final FetchPolicy FAST = FetchPolicy.defaults()
      .withPerHost(4, Duration.ZERO)
      .withRetries(2, Duration.ofMillis(5))
      .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

  LoopbackServer server;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    fetcher = new HttpFetcher(FAST);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void fetchesWithCharsetAndValidatorsThenGets304() {
    server.on("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Wed, 19 Jun 2024 08:00:00 GMT");
      LoopbackServer.send(ex, 200, "application/rss+xml; charset=ISO-8859-1", "<rss/>");
    });
    FetchResult first = fetcher.fetch(server.uri("/feed.xml"), Validators.NONE);
    assertThat(first).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
      assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
      assertThat(f.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
      assertThat(f.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 19 Jun 2024 08:00:00 GMT"));
    });
    FetchResult second = fetcher.fetch(server.uri("/feed.xml"), ((FetchResult.Fetched) first).validators());
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    assertThat(server.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void retriesServerErrorsWithBackoff() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/flaky", ex -> {
      if (calls.incrementAndGet() < 3) {
        LoopbackServer.send(ex, 503, "text/plain", "busy");
      } else {
        LoopbackServer.send(ex, 200, "text/html", "<p>ok</p>");
      }
    });
    assertThat(fetcher.fetch(server.uri("/flaky"), Validators.NONE)).isInstanceOf(FetchResult.Fetched.class);
    assertThat(calls).hasValue(3);
  }

  @Test
  void persistentServerErrorIsARetryLaterFailure() {
    server.on("/down", ex -> LoopbackServer.send(ex, 500, "text/plain", "boom"));
    FetchResult r = fetcher.fetch(server.uri("/down"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.message()).contains("HTTP 500", "3 attempts");
      assertThat(f.retryLater()).isTrue();
    });
    assertThat(server.count("/down")).isEqualTo(3);
  }

  @Test
  void notFoundIsPermanentAndNotRetried() {
    FetchResult r = fetcher.fetch(server.uri("/nothing"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.message()).isEqualTo("HTTP 404");
      assertThat(f.retryLater()).isFalse();
    });
    assertThat(server.count("/nothing")).isEqualTo(1);
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    server.on("/old", ex -> {
      ex.getResponseHeaders().set("Location", "/new");
      ex.sendResponseHeaders(301, -1);
    });
    server.serve("/new", "text/html", "<p>moved</p>");
    FetchResult r = fetcher.fetch(server.uri("/old"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> assertThat(f.finalUri()).isEqualTo(server.uri("/new")));
  }

  @Test
  void redirectLoopIsAClearError() {
    server.on("/a", ex -> {
      ex.getResponseHeaders().set("Location", "/b");
      ex.sendResponseHeaders(302, -1);
    });
    server.on("/b", ex -> {
      ex.getResponseHeaders().set("Location", "/a");
      ex.sendResponseHeaders(302, -1);
    });
    FetchResult r = fetcher.fetch(server.uri("/a"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.message()).startsWith("redirect loop: ").contains("/a -> ", "/b -> ");
      assertThat(f.retryLater()).isFalse();
    });
  }

  /** Issue 14, defect 13: a redirect to file: or javascript: threw a NullPointerException in watch. */
  @Test
  void aRedirectOutOfTheWebIsAPermanentFailureNamingTheTarget() {
    for (String target : new String[] {"file:///etc/passwd", "javascript:alert(1)", "mailto:x@example.org", "ftp://host/x",
        "http:///no-host"}) {
      server.on("/away", ex -> {
        ex.getResponseHeaders().set("Location", target);
        ex.sendResponseHeaders(302, -1);
      });
      FetchResult r = fetcher.fetch(server.uri("/away"), Validators.NONE);
      assertThat(r).as(target).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
        assertThat(f.message()).contains("redirect to a non-web URL", target);
        assertThat(f.retryLater()).isFalse();
        assertThat(f.uri()).isEqualTo(server.uri("/away"));
      });
    }
  }

  @Test
  void endlessRedirectsStopAtTheLimit() {
    AtomicInteger n = new AtomicInteger();
    server.on("/r", ex -> {
      ex.getResponseHeaders().set("Location", "/r?n=" + n.incrementAndGet());
      ex.sendResponseHeaders(302, -1);
    });
    FetchResult r = fetcher.fetch(server.uri("/r"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
        f -> assertThat(f.message()).startsWith("more than 5 redirects"));
    assertThat(n.get()).isEqualTo(6);
  }

  @Test
  void robotsTxtIsHonoured() {
    server.serve("/private/page", "text/html", "<p>secret</p>");
    FetchResult r = fetcher.fetch(server.uri("/private/page"), Validators.NONE);
    assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.message()).startsWith("disallowed by robots.txt");
      assertThat(f.retryLater()).isFalse();
    });
    assertThat(server.count("/private/page")).isZero();
  }

  @Test
  void bodiesAboveTheCapFail() {
    HttpFetcher small = new HttpFetcher(FAST.withLimits(1000, 5));
    try {
      server.serve("/big", "text/html", "x".repeat(5000));
      server.on("/big-chunked", ex -> {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream os = ex.getResponseBody()) {
          for (int i = 0; i < 100; i++) {
            os.write("y".repeat(100).getBytes(StandardCharsets.UTF_8));
          }
        }
      });
      assertThat(small.fetch(server.uri("/big"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
          f -> assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE));
      assertThat(small.fetch(server.uri("/big-chunked"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
          f -> assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE));
    } finally {
      small.close();
    }
  }

  @Test
  void slowBodyTimesOut() {
    HttpFetcher impatient = new HttpFetcher(FAST.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)).withRetries(0, Duration.ZERO));
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try {
      server.on("/slow", ex -> {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream os = ex.getResponseBody()) {
          os.write("<p>".getBytes(StandardCharsets.UTF_8));
          os.flush();
          release.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
          // The client hung up: expected.
        }
      });
      FetchResult r = impatient.fetch(server.uri("/slow"), Validators.NONE);
      assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
        assertThat(f.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(f.retryLater()).isTrue();
      });
    } finally {
      release.countDown();
      impatient.close();
    }
  }

  @Test
  void gzipBodiesAreDecodedAndTruncatedOnesFail() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("<p>hello gzip</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    server.on("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", whole);
    });
    server.on("/gz-cut", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", java.util.Arrays.copyOf(whole, whole.length / 2));
    });
    assertThat(fetcher.fetch(server.uri("/gz"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Fetched.class,
        f -> assertThat(new String(f.body(), StandardCharsets.UTF_8)).startsWith("<p>hello gzip</p>"));
    assertThat(fetcher.fetch(server.uri("/gz-cut"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(f.message()).contains("gzip");
    });
  }

  @Test
  void refusedConnectionIsARetryLaterFailure() throws Exception {
    java.net.URI closed;
    try (LoopbackServer gone = new LoopbackServer()) {
      closed = gone.uri("/x");
    }
    HttpFetcher once = new HttpFetcher(FAST.withRetries(0, Duration.ZERO));
    try {
      FetchResult r = once.fetch(closed, Validators.NONE);
      assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.retryLater()).isTrue());
    } finally {
      once.close();
    }
  }

  @Test
  void perHostConcurrencyIsRespected() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    server.on("/p", ex -> {
      int now = inFlight.incrementAndGet();
      maxSeen.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      LoopbackServer.send(ex, 200, "text/html", "<p>x</p>");
    });
    HttpFetcher two = new HttpFetcher(FAST.withPerHost(2, Duration.ZERO));
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 12; i++) {
        pool.submit(() -> two.fetch(server.uri("/p"), Validators.NONE));
      }
    } finally {
      two.close();
    }
    assertThat(maxSeen.get()).isBetween(1, 2);
    assertThat(server.count("/p")).isEqualTo(12);
  }
}
