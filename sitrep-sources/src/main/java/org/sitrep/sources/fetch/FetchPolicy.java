package org.sitrep.sources.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how defensively pages are fetched.
 *
 * @param userAgent sent with every request and matched against robots.txt groups
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for the response (headers and whole body) of one request
 * @param maxBytes cap on a response body (after gzip decoding); larger responses fail
 * @param maxRedirects redirects followed before giving up
 * @param maxRetries extra attempts after a 5xx, 429, timeout or connection failure
 * @param retryBase first backoff; doubled at each retry (capped at 30 s)
 * @param perHostConcurrency requests in flight to one host at once
 * @param perHostDelay pause between the starts of two requests to one host (robots.txt
 *     Crawl-delay raises it, up to 60 s)
 * @param obeyRobots whether robots.txt is fetched and honoured
 */
public record FetchPolicy(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRedirects,
    int maxRetries,
    Duration retryBase,
    int perHostConcurrency,
    Duration perHostDelay,
    boolean obeyRobots) {

  /** Sitrep's user agent; robots.txt groups for "sitrep" apply. */
  public static final String USER_AGENT = "sitrep/0.1 (news-intelligence engine; robots.txt honoured)";

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(retryBase, "retryBase");
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    if (maxRedirects < 0 || maxRetries < 0) {
      throw new IllegalArgumentException("maxRedirects and maxRetries must be >= 0, got " + maxRedirects + " and " + maxRetries);
    }
    if (perHostConcurrency < 1) {
      throw new IllegalArgumentException("perHostConcurrency must be >= 1, got " + perHostConcurrency);
    }
    if (perHostDelay.isNegative() || retryBase.isNegative()) {
      throw new IllegalArgumentException("perHostDelay and retryBase must not be negative");
    }
  }

  /** Defaults: 10 s connect, 30 s read, 10 MB, 5 redirects, 3 retries from 1 s, 2 per host, 1 s apart. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, 3,
        Duration.ofSeconds(1), 2, Duration.ofSeconds(1), true);
  }

  public FetchPolicy withPerHost(int concurrency, Duration delay) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
        concurrency, delay, obeyRobots);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration read) {
    return new FetchPolicy(userAgent, connect, read, maxBytes, maxRedirects, maxRetries, retryBase,
        perHostConcurrency, perHostDelay, obeyRobots);
  }

  public FetchPolicy withRetries(int retries, Duration base) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, base,
        perHostConcurrency, perHostDelay, obeyRobots);
  }

  public FetchPolicy withLimits(long bytes, int redirects) {
    return new FetchPolicy(userAgent, connectTimeout, readTimeout, bytes, redirects, maxRetries, retryBase,
        perHostConcurrency, perHostDelay, obeyRobots);
  }

  private static void positive(String name, Duration d) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }
}
