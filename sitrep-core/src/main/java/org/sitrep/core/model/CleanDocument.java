package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned article: metadata and a body free of boilerplate. All NLP offsets index {@link #text()}.
 *
 * @param id stable id, a hash of the normalized body
 * @param published ISO date or date-time; or, when the page gives only month and day and nothing anchors
 *     the year, the partial TIMEX3 form {@code XXXX-06-21}. NOTE: code that parses it as a date must
 *     treat a value that does not start with a digit as unknown.
 * @param text paragraphs separated by a blank line
 * @param warnings non-fatal problems met while cleaning ("stage:code detail"), bounded
 */
public record CleanDocument(
    String id,
    String source,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String title,
    List<String> authors,
    @Nullable String published,
    @Nullable String language,
    List<String> credits,
    @Nullable Dateline dateline,
    String text,
    List<String> warnings) {

  public CleanDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = Checks.list(authors);
    credits = Checks.list(credits);
    warnings = Checks.list(warnings);
  }
}
