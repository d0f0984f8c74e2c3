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

  /**
   * The outlet facts this source states, for the outlet registry: its outlet (or, unnamed, the
   * host of its URL) with the stated country and the host as its domain; empty when no country is
   * stated (nothing to add to what the registry infers).
   */
  public java.util.Optional<org.sitrep.core.corpus.Outlet> outletFacts() {
    if (country == null) {
      return java.util.Optional.empty();
    }
    String host = url.getHost() == null ? null : url.getHost().toLowerCase(java.util.Locale.ROOT);
    if (host != null && host.startsWith("www.")) {
      host = host.substring(4);
    }
    String outletName = outlet != null && !outlet.isBlank() ? outlet.strip() : host;
    if (outletName == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new org.sitrep.core.corpus.Outlet(outletName, country,
        org.sitrep.core.corpus.OutletKind.UNKNOWN, host == null ? java.util.List.of() : java.util.List.of(host), false));
  }
}
