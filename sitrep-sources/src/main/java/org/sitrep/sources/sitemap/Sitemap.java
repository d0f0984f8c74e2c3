package org.sitrep.sources.sitemap;

import java.util.List;

/** What one sitemap document lists: article URLs (a urlset) or further sitemaps (an index). */
public sealed interface Sitemap permits Sitemap.UrlSet, Sitemap.Index {
  /** A urlset: the pages, in document order. */
  record UrlSet(List<SitemapEntry> entries) implements Sitemap {
    public UrlSet {
      entries = List.copyOf(entries);
    }
  }

  /** A sitemap index: the URLs of child sitemaps, newest first when lastmod says so. */
  record Index(List<String> sitemaps) implements Sitemap {
    public Index {
      sitemaps = List.copyOf(sitemaps);
    }
  }
}
