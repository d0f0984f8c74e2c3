package org.sitrep.ingest.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML extractor finds in one page, before text repair and text-level metadata.
 *
 * @param title headline
 * @param authors byline names, cleaned ("By" and roles removed)
 * @param published ISO date or date-time from meta tags, JSON-LD or visible text
 * @param siteName outlet name (og:site_name, JSON-LD publisher, title suffix)
 * @param canonicalUrl link rel=canonical or og:url
 * @param htmlLanguage the page's declared language (html lang), a hint only
 * @param paragraphs main-text blocks in reading order, whitespace-normalised
 * @param warnings non-fatal problems
 */
public record ExtractedPage(
    @Nullable String title,
    List<String> authors,
    @Nullable String published,
    @Nullable String siteName,
    @Nullable String canonicalUrl,
    @Nullable String htmlLanguage,
    List<String> paragraphs,
    List<String> warnings) {
  public ExtractedPage {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }
}
