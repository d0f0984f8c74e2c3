package org.sitrep.sources.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageException;
import org.sitrep.sources.internal.LimitedInput;

/**
 * Reads sitemaps with crawler-commons: sitemap indexes, urlsets, Google News sitemaps
 * ({@code news:publication_date}, {@code news:title}) and their gzipped forms. The parser is
 * lenient about namespaces and paths (news sites often list pages outside the sitemap's folder) and
 * refuses doctypes. Thread-safe: each call builds its own parser.
 */
public final class SitemapReader {
  /** The stage name used in failures. */
  public static final String STAGE = "sitemap-reader";
  /** Sitemaps may be at most 50 MB uncompressed (sitemaps.org). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /**
   * Parses one sitemap document.
   *
   * @param bytes the document as fetched (gzip is recognised from the content type, the URL or
   *     the magic bytes)
   * @param contentType the HTTP content type, or null
   * @param url where it was fetched from (relative entries resolve against it)
   */
  public Sitemap parse(byte[] bytes, @Nullable String contentType, String url) throws StageException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(url, "url");
    if (bytes.length > MAX_BYTES) {
      throw new StageException(Reason.TOO_LARGE, "sitemap-reader: " + url + " holds "
          + LimitedInput.describeSize(bytes.length) + ", more than the sitemaps.org cap of 50 MB");
    }
    URL location;
    try {
      location = URI.create(url).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("sitemap-reader: not an absolute URL: " + url, e);
    }
    SiteMapParser parser = new SiteMapParser(false, false);
    parser.setStrictNamespace(false);
    parser.enableExtension(Extension.NEWS);
    String type = contentType;
    if (bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
      type = "application/gzip";
    } else if (type == null || type.isBlank()) {
      type = "text/xml";
    }
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(type, bytes, location);
    } catch (UnknownFormatException e) {
      throw new StageException(Reason.MALFORMED, "sitemap-reader: " + url + " is not a sitemap: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StageException(Reason.MALFORMED, "sitemap-reader: " + url + " cannot be read: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new StageException(Reason.MALFORMED, "sitemap-reader: " + url + " nests elements too deeply to read", null);
    } catch (RuntimeException e) {
      // The parser reports some broken inputs with unchecked exceptions.
      throw new StageException(Reason.MALFORMED, "sitemap-reader: " + url + " cannot be read: "
          + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    if (map instanceof SiteMapIndex index) {
      List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
      children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null ? new Date(0)
          : m.getLastModified()).reversed());
      return new Sitemap.Index(children.stream().map(m -> m.getUrl().toString()).toList());
    }
    if (map instanceof SiteMap urlset) {
      List<SitemapEntry> entries = new ArrayList<>();
      for (SiteMapURL u : urlset.getSiteMapUrls()) {
        entries.add(entry(u));
      }
      return new Sitemap.UrlSet(entries);
    }
    throw new StageException(Reason.MALFORMED, "sitemap-reader: " + url + " is neither a urlset nor a sitemap index");
  }

  private static SitemapEntry entry(SiteMapURL u) {
    String published = null;
    String title = null;
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata meta : news) {
        if (meta instanceof NewsAttributes n) {
          if (n.getPublicationDateTime() != null) {
            published = n.getPublicationDateTime().toOffsetDateTime().toString();
          }
          if (n.getTitle() != null && !n.getTitle().isBlank()) {
            title = n.getTitle().strip();
          }
        }
      }
    }
    if (published == null && u.getLastModified() != null) {
      published = u.getLastModified().toInstant().toString();
    }
    return new SitemapEntry(u.getUrl().toString(), published, title);
  }
}
