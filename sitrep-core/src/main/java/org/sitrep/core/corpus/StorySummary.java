package org.sitrep.core.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A cluster of articles about one story. */
public record StorySummary(
    String id,
    String title,
    List<String> articles,
    List<String> outlets,
    List<String> countries,
    @Nullable String first,
    @Nullable String last,
    int independentSources) {
  public StorySummary {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    countries = List.copyOf(countries);
  }
}
