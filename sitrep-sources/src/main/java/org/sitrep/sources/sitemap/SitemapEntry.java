package org.sitrep.sources.sitemap;

import org.jspecify.annotations.Nullable;

/**
 * One article URL listed by a sitemap.
 *
 * @param url the page's URL
 * @param published news:publication_date (else lastmod) as an ISO date-time, when given
 * @param title news:title, when given
 */
public record SitemapEntry(String url, @Nullable String published, @Nullable String title) {
  public SitemapEntry {
    java.util.Objects.requireNonNull(url, "url");
  }
}
