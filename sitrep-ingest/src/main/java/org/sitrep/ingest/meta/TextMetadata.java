package org.sitrep.ingest.meta;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Dateline;

/**
 * What the text of a page says about the article.
 *
 * @param title headline, or null
 * @param authors byline names
 * @param published ISO date or date-time the page states, or null
 * @param partialPublished a publication date the page gives without its year ({@code XXXX-06-21}), or null
 * @param outlet the site's name as the page shows it, or null
 * @param credits organisations the piece is credited to
 * @param dateline the story's dateline, or null
 * @param body the story's paragraphs with header matter (dateline-only lines, closing credits) taken out
 */
public record TextMetadata(
    @Nullable String title,
    List<String> authors,
    @Nullable String published,
    @Nullable DateMention partialPublished,
    @Nullable String outlet,
    List<String> credits,
    @Nullable Dateline dateline,
    List<String> body) {
  public TextMetadata {
    authors = List.copyOf(authors);
    credits = List.copyOf(credits);
    body = List.copyOf(body);
  }
}
