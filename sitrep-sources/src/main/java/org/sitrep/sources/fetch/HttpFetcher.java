package org.sitrep.sources.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.stage.Reason;
import org.sitrep.sources.internal.LimitedInput;

/**
 * A polite, defensive HTTP client for feeds, sitemaps and pages, on {@link HttpClient}.
 *
 * <ul>
 *   <li>robots.txt of each origin is fetched once a day, parsed with crawler-commons and honoured
 *       (Disallow and Crawl-delay); a 4xx robots.txt allows everything, an unreachable one defers
 *       the origin to a later poll;
 *   <li>per host, at most {@link FetchPolicy#perHostConcurrency()} requests are in flight and their
 *       starts are at least the per-host delay apart;
 *   <li>conditional GET with ETag / Last-Modified; gzip bodies are decoded;
 *   <li>5xx, 429, timeouts and connection failures are retried with exponential backoff;
 *   <li>connect and read timeouts (the read timeout bounds the whole body, so a server that
 *       trickles bytes cannot hang a poll), a body size cap, a redirect limit and loop detection.
 * </ul>
 *
 * Every problem is a {@link FetchResult.Failed} with one clear line; {@link #fetch} never throws
 * for a bad server. Thread-safe; close it to stop its timer thread.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final long MAX_CRAWL_DELAY_MS = 60_000;
  private static final long ROBOTS_MAX_BYTES = 512 * 1024;

  private final FetchPolicy policy;
  private final HttpClient client;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
  private static final Duration ROBOTS_TTL = Duration.ofHours(24);

  private final Map<String, Robots> robots = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

  public HttpFetcher(FetchPolicy policy) {
    this(policy, Clock.systemUTC());
  }

  public HttpFetcher(FetchPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sitrep-fetch-timer");
      t.setDaemon(true);
      return t;
    });
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches {@code uri}, sending {@code validators} (may be {@link Validators#NONE}) for a conditional GET. */
  public FetchResult fetch(URI uri, Validators validators) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(validators, "validators");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "not an http(s) URL: " + uri, false);
    }
    URI current = uri;
    Set<URI> visited = new LinkedHashSet<>();
    for (int hop = 0; ; hop++) {
      visited.add(current);
      if (policy.obeyRobots()) {
        FetchResult.Failed refused = checkRobots(uri, current);
        if (refused != null) {
          return refused;
        }
      }
      Attempt attempt = withRetries(current, hop == 0 ? validators : Validators.NONE, policy.maxBytes());
      if (attempt.failure != null) {
        return attempt.failure;
      }
      int status = attempt.status;
      if (status == 304) {
        return new FetchResult.NotModified(uri);
      }
      if (isRedirect(status)) {
        String location = attempt.headers.firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
          return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "HTTP " + status + " without a Location header", false);
        }
        URI next;
        try {
          next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "HTTP " + status + " to a malformed Location: " + location, false);
        }
        String nextScheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!nextScheme.equals("http") && !nextScheme.equals("https") || next.getHost() == null) {
          return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "HTTP " + status + " redirect to a non-web URL "
              + abbreviate(location.strip()) + " (only http and https are followed)", false);
        }
        if (visited.contains(next)) {
          return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "redirect loop: " + chain(visited, next), false);
        }
        if (hop + 1 > policy.maxRedirects()) {
          return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "more than " + policy.maxRedirects()
              + " redirects: " + chain(visited, next), false);
        }
        current = next;
        continue;
      }
      if (status == 200) {
        String contentType = attempt.headers.firstValue("content-type").orElse(null);
        Validators fresh = new Validators(attempt.headers.firstValue("etag").orElse(null),
            attempt.headers.firstValue("last-modified").orElse(null));
        return new FetchResult.Fetched(uri, current, contentType, charsetOf(contentType), attempt.body, fresh,
            clock.instant());
      }
      if (status >= 200 && status < 300) {
        return new FetchResult.Failed(uri, Reason.NO_CONTENT, "HTTP " + status + " with no page to read", false);
      }
      boolean later = status >= 500 || status == 429 || status == 408;
      return new FetchResult.Failed(uri, Reason.FETCH_FAILED, "HTTP " + status
          + (later ? " (after " + (policy.maxRetries() + 1) + " attempts)" : ""), later);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "..." : s;
  }

  private static String chain(Set<URI> visited, URI next) {
    List<String> parts = new ArrayList<>();
    for (URI u : visited) {
      parts.add(u.toString());
    }
    parts.add(next.toString());
    return String.join(" -> ", parts);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** One request's outcome: a status with headers and body, or a failure. */
  private record Attempt(int status, HttpHeaders headers, byte[] body, FetchResult.@Nullable Failed failure) {
    static Attempt failed(FetchResult.Failed failure) {
      return new Attempt(-1, HttpHeaders.of(Map.of(), (a, b) -> true), new byte[0], failure);
    }
  }

  private Attempt withRetries(URI uri, Validators validators, long maxBytes) {
    Attempt last = null;
    for (int attempt = 0; attempt <= policy.maxRetries(); attempt++) {
      if (attempt > 0) {
        long backoff = Math.min(MAX_BACKOFF.toMillis(), policy.retryBase().toMillis() << Math.min(attempt - 1, 20));
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "interrupted", true));
        }
      }
      last = once(uri, validators, maxBytes);
      boolean retry = last.failure != null ? last.failure.retryLater()
          : last.status >= 500 || last.status == 429 || last.status == 408;
      if (!retry || Thread.currentThread().isInterrupted()) {
        return last;
      }
    }
    if (last.failure != null) {
      FetchResult.Failed f = last.failure;
      return Attempt.failed(new FetchResult.Failed(f.uri(), f.reason(), f.message() + " (after "
          + (policy.maxRetries() + 1) + " attempts)", true));
    }
    return last;
  }

  private Attempt once(URI uri, Validators validators, long maxBytes) {
    HostGate gate = gates.computeIfAbsent(hostKey(uri), k -> new HostGate(policy.perHostConcurrency()));
    try {
      gate.enter(delayFor(uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "interrupted", true));
    }
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri)
          .timeout(policy.readTimeout())
          .header("User-Agent", policy.userAgent())
          .header("Accept-Encoding", "gzip")
          .GET();
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.TIMEOUT, "no response within "
            + policy.readTimeout().toMillis() + " ms", true));
      } catch (ConnectException e) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "cannot connect: "
            + (e.getMessage() == null ? "connection refused" : e.getMessage()), true));
      } catch (IOException e) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "request failed: " + e, true));
      } catch (IllegalArgumentException e) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "bad URL: " + e.getMessage(), false));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "interrupted", true));
      }
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      if (status != 200) {
        drain(response.body());
        return new Attempt(status, headers, new byte[0], null);
      }
      long declared = headers.firstValueAsLong("content-length").orElse(-1);
      boolean gzip = headers.firstValue("content-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
      if (declared > maxBytes && !gzip) {
        drain(response.body());
        return Attempt.failed(new FetchResult.Failed(uri, Reason.TOO_LARGE, "response of "
            + LimitedInput.describeSize(declared) + " exceeds the cap of " + LimitedInput.describeSize(maxBytes), false));
      }
      return readBody(uri, status, headers, response.body(), gzip, maxBytes);
    } finally {
      gate.leave();
    }
  }

  private Attempt readBody(URI uri, int status, HttpHeaders headers, InputStream raw, boolean gzip, long maxBytes) {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> guard = timer.schedule(() -> {
      timedOut.set(true);
      closeQuietly(raw);
    }, policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try (InputStream in = gzip ? new GZIPInputStream(raw, 16384) : raw) {
      byte[] body = LimitedInput.readAll(in, maxBytes);
      return new Attempt(status, headers, body, null);
    } catch (LimitedInput.TooLargeException e) {
      return Attempt.failed(new FetchResult.Failed(uri, Reason.TOO_LARGE, "response exceeds the cap of "
          + LimitedInput.describeSize(maxBytes), false));
    } catch (IOException e) {
      if (timedOut.get()) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.TIMEOUT, "body not received within "
            + policy.readTimeout().toMillis() + " ms", true));
      }
      if (gzip) {
        return Attempt.failed(new FetchResult.Failed(uri, Reason.MALFORMED, "gzip body is damaged or truncated: "
            + e.getMessage(), false));
      }
      return Attempt.failed(new FetchResult.Failed(uri, Reason.FETCH_FAILED, "body cut off: " + e.getMessage(), true));
    } finally {
      guard.cancel(false);
      closeQuietly(raw);
    }
  }

  private static void drain(InputStream in) {
    closeQuietly(in);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Closing a response stream we no longer need; nothing useful to do with a failure.
    }
  }

  /** The rules of one origin and when they were fetched. */
  private record Robots(BaseRobotRules rules, Instant fetched) {}

  private @Nullable Duration delayFor(URI uri) {
    Robots known = robots.get(originKey(uri));
    BaseRobotRules rules = known == null ? null : known.rules();
    long ms = policy.perHostDelay().toMillis();
    if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
      ms = Math.max(ms, Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY_MS));
    }
    return Duration.ofMillis(ms);
  }

  private FetchResult.@Nullable Failed checkRobots(URI requested, URI target) {
    Instant now = clock.instant();
    BaseRobotRules rules = robots.compute(originKey(target), (k, known) ->
        known != null && known.fetched().plus(ROBOTS_TTL).isAfter(now) ? known
            : new Robots(loadRobots(target), now)).rules();
    if (rules.isAllowed(target.toString())) {
      return null;
    }
    if (rules.isDeferVisits()) {
      robots.remove(originKey(target));
      return new FetchResult.Failed(requested, Reason.FETCH_FAILED, "robots.txt of " + originKey(target)
          + " could not be fetched; the host is deferred to a later poll", true);
    }
    return new FetchResult.Failed(requested, Reason.FETCH_FAILED, "disallowed by robots.txt of " + originKey(target)
        + (target.equals(requested) ? "" : " (after a redirect to " + target + ")"), false);
  }

  private BaseRobotRules loadRobots(URI target) {
    URI robotsUri = URI.create(originKey(target) + "/robots.txt");
    Attempt attempt = withRetries(robotsUri, Validators.NONE, ROBOTS_MAX_BYTES);
    if (attempt.failure != null) {
      return attempt.failure.reason() == Reason.TOO_LARGE ? robotsParser.failedFetch(404) : robotsParser.failedFetch(503);
    }
    if (attempt.status == 200) {
      String contentType = attempt.headers.firstValue("content-type").orElse("text/plain");
      return robotsParser.parseContent(robotsUri.toString(), attempt.body, contentType,
          List.of(robotName(policy.userAgent())));
    }
    // 3xx (not followed for robots.txt), 4xx: no rules; 5xx: defer.
    return robotsParser.failedFetch(attempt.status >= 300 && attempt.status < 500 ? 404 : attempt.status);
  }

  private static String robotName(String userAgent) {
    String name = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "sitrep" : name;
  }

  private static String hostKey(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static String originKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
  }

  private static @Nullable Charset charsetOf(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring(8).strip().replace("\"", "").replace("'", "");
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          // A wrong charset label is content: the extractor sniffs the page's own declaration instead.
          return null;
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    client.close();
  }

  /** Per-host admission: a concurrency limit and a minimum spacing between request starts. */
  private static final class HostGate {
    private final Semaphore slots;
    private long nextStartNanos;

    HostGate(int concurrency) {
      this.slots = new Semaphore(concurrency, true);
    }

    void enter(@Nullable Duration delay) throws InterruptedException {
      slots.acquire();
      long wait;
      synchronized (this) {
        long now = System.nanoTime();
        long start = Math.max(now, nextStartNanos);
        nextStartNanos = start + (delay == null ? 0 : delay.toNanos());
        wait = start - now;
      }
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          slots.release();
          throw e;
        }
      }
    }

    void leave() {
      slots.release();
    }
  }
}
