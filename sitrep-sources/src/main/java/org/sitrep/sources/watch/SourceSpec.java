package org.sitrep.sources.watch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source to watch, as the sources file declares it.
 *
 * @param name unique display name (also the key of its state)
 * @param kind feed or sitemap
 * @param url the feed's or sitemap's URL
 * @param outlet outlet name given to its articles
 * @param country ISO 3166-1 alpha-2 code of the outlet, when known
 * @param interval time between two polls
 * @param maxItems new articles taken per poll at most (the newest first for sitemaps)
 */
public record SourceSpec(String name, Kind kind, URI url, @Nullable String outlet, @Nullable String country,
    Duration interval, int maxItems) {

  /** What the URL points at. */
  public enum Kind {
    FEED,
    SITEMAP;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SourceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, got " + interval);
    }
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be >= 1, got " + maxItems);
    }
  }
}
