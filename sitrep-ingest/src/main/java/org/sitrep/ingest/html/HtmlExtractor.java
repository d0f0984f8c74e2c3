package org.sitrep.ingest.html;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/** Main text and metadata of an HTML news page. Thread-safe and stateless. */
public final class HtmlExtractor {
  /**
   * Decodes {@code body} (charset from {@code declared}, else BOM, meta tags, detection) and
   * extracts the article.
   */
  public ExtractedPage extract(byte[] body, @Nullable Charset declared, @Nullable String url) {
    throw new UnsupportedOperationException("HtmlExtractor: to be written (issue 2)");
  }
}
