package org.sitrep.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    String base = url == null ? "" : url;
    CharsetDetector.Label label = CharsetDetector.label(body, declared);
    Document doc = label.utf8IfValid() ? parseUtf8(body, base) : null;
    if (doc == null) {
      doc = parse(TitleRepair.repair(charsets.decodeAs(body, label).text()), base);
    }
    return extract(doc, url);
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
    return extract(parse(TitleRepair.repair(html), url == null ? "" : url), url);
  }

  private ExtractedPage extract(Document doc, @Nullable String url) {
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

  /**
   * The parsed page of one that is UTF-8 if valid ({@link CharsetDetector.Label#utf8IfValid}), its style and script
   * contents taken out before it is decoded, so that only the rest is decoded and checked (a byte that is
   * not UTF-8 inside a script no longer sends the page to detection): the bytes are read one character per byte, the title is
   * repaired and the contents are stripped on that view, and what is left is decoded. Null when that is not
   * valid UTF-8 or the tree does not hold every marker where expected: the caller then decodes the page as
   * {@link CharsetDetector#decode} does and parses it whole.
   */
  static @Nullable Document parseUtf8(byte[] body, String base) {
    String bytes = TitleRepair.repair(new String(body, StandardCharsets.ISO_8859_1));
    RawTextStripper.Stripped stripped = RawTextStripper.strip(bytes, RawTextStripper.UTF8_BYTES_MARK);
    String text = new String((stripped == null ? bytes : stripped.html()).getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      return null;
    }
    Document doc = Jsoup.parse(text, base);
    return stripped == null || new RawTextStripper.Stripped(text, stripped.names()).matches(doc) ? doc : null;
  }
}
