package org.sitrep.core.corpus;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A full-text query with filters and paging.
 *
 * @param text query text (BM25; quoted phrases allowed), empty for all
 * @param from ISO date, inclusive, or null
 * @param to ISO date, inclusive, or null
 */
public record SearchQuery(
    String text,
    List<String> outlets,
    List<String> countries,
    List<String> entities,
    @Nullable String from,
    @Nullable String to,
    int offset,
    int limit) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    outlets = List.copyOf(outlets);
    countries = List.copyOf(countries);
    entities = List.copyOf(entities);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be in [1,1000], got " + limit);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, List.of(), List.of(), List.of(), null, null, 0, 20);
  }
}
