package org.sitrep.sources.watch;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the watcher knows about one source, persisted between runs.
 *
 * @param name the source's name
 * @param kind "feed" or "sitemap"
 * @param url the feed's or sitemap's URL
 * @param outlet outlet name, when given
 * @param country outlet country, when given
 * @param etag the last ETag, for the next conditional GET
 * @param lastModified the last Last-Modified, for the next conditional GET
 * @param lastPoll when it was last polled
 * @param lastSuccess when a poll last succeeded (200 or 304)
 * @param lastResult one line: what the last poll did
 * @param lastError the last poll error, or null when the last poll succeeded
 * @param polls polls so far
 * @param errors failed polls so far
 * @param articles articles added from it so far
 * @param failedPages pages of it that could not be fetched or stored
 */
public record SourceStatus(String name, String kind, String url, @Nullable String outlet, @Nullable String country,
    @Nullable String etag, @Nullable String lastModified, @Nullable Instant lastPoll, @Nullable Instant lastSuccess,
    @Nullable String lastResult, @Nullable String lastError, long polls, long errors, long articles,
    long failedPages) {
  public SourceStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
  }

  /** A source never polled. */
  public static SourceStatus fresh(SourceSpec spec) {
    return new SourceStatus(spec.name(), spec.kind().label(), spec.url().toString(), spec.outlet(), spec.country(),
        null, null, null, null, null, null, 0, 0, 0, 0);
  }

  /** This status with the spec's current URL, outlet and country (the file may have changed). */
  public SourceStatus describedBy(SourceSpec spec) {
    boolean sameUrl = url.equals(spec.url().toString());
    return new SourceStatus(name, spec.kind().label(), spec.url().toString(), spec.outlet(), spec.country(),
        sameUrl ? etag : null, sameUrl ? lastModified : null, lastPoll, lastSuccess, lastResult, lastError, polls,
        errors, articles, failedPages);
  }
}
