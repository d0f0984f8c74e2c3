package org.sitrep.ingest.html;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Main text and metadata of an HTML news page. Thread-safe and stateless.
 *
 * <p>The bytes are decoded (declared charset, byte-order mark, meta declaration, detection), parsed
 * with jsoup, the metadata is read from the untouched document, and the main text is found by
 * {@link MainTextExtractor}'s content scoring. Malformed HTML never throws: a page without any
 * recognisable text yields an empty paragraph list and a warning.
 */
public final class HtmlExtractor {
  private final CharsetDetector charsets = new CharsetDetector();
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final MainTextExtractor mainText = new MainTextExtractor();

  /**
   * Decodes {@code body} (charset from {@code declared}, else BOM, meta tags, detection) and
   * extracts the article.
   *
   * @param body the page bytes as served; not null
   * @param declared the transport-level charset (HTTP header), or null when unknown
   * @param url the page URL, used to resolve relative links and as a date hint, or null
   * @return the extracted page; never null
   */
  public ExtractedPage extract(byte[] body, @Nullable Charset declared, @Nullable String url) {
    Objects.requireNonNull(body, "body");
    CharsetDetector.Decoded decoded = charsets.decode(body, declared);
    return extract(decoded.text(), url);
  }

  /**
   * Extracts the article from already decoded HTML.
   *
   * @param html the page markup; not null
   * @param url the page URL or null
   * @return the extracted page; never null
   */
  public ExtractedPage extract(String html, @Nullable String url) {
    Objects.requireNonNull(html, "html");
    String base = url == null ? "" : url;
    String markup = TitleRepair.repair(html);
    Document doc = parse(markup, base);
    int flattened = DepthLimiter.flatten(doc);
    MetadataExtractor.Metadata meta = metadata.extract(doc, url);
    List<String> paragraphs = mainText.extract(doc, meta.title());
    List<String> warnings = new ArrayList<>();
    if (flattened > 0) {
      warnings.add("html-extractor: markup nested deeper than " + DepthLimiter.MAX_DEPTH
          + " levels read as text (" + flattened + " subtrees)");
    }
    if (paragraphs.isEmpty()) {
      warnings.add("html-extractor: no main text found");
    }
    return new ExtractedPage(
        meta.title(),
        meta.authors(),
        meta.published(),
        meta.siteName(),
        meta.canonicalUrl(),
        meta.language(),
        paragraphs,
        warnings);
  }

  /**
   * The parsed page. Style and script contents are taken out first ({@link RawTextStripper}), which spares
   * the parser most of many pages; when the parsed tree shows that the scanner misread the page, the page
   * is parsed as it is.
   */
  static Document parse(String markup, String base) {
    RawTextStripper.Stripped stripped = RawTextStripper.strip(markup);
    if (stripped != null) {
      Document doc = Jsoup.parse(stripped.html(), base);
      if (stripped.matches(doc)) {
        return doc;
      }
    }
    return Jsoup.parse(markup, base);
  }
}
