package org.sitrep.core.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster of articles about one story.
 *
 * @param articles the story's article ids in arrival order; for a story larger than a store keeps
 *     in its summary, the newest of them
 * @param size how many articles the story has (at least {@code articles.size()})
 */
public record StorySummary(
    String id,
    String title,
    List<String> articles,
    List<String> outlets,
    List<String> countries,
    @Nullable String first,
    @Nullable String last,
    int independentSources,
    int size) {
  public StorySummary {
    articles = List.copyOf(articles);
    if (size < articles.size()) {
      throw new IllegalArgumentException("story " + id + ": size " + size + " is less than its "
          + articles.size() + " listed articles");
    }
    outlets = List.copyOf(outlets);
    countries = List.copyOf(countries);
  }

  /** A story whose every article is listed. */
  public StorySummary(String id, String title, List<String> articles, List<String> outlets, List<String> countries,
      @Nullable String first, @Nullable String last, int independentSources) {
    this(id, title, articles, outlets, countries, first, last, independentSources, articles.size());
  }
}
