package org.sitrep.core.corpus;

import java.util.List;
import java.util.Map;

/**
 * A page of hits and facet counts (facet name to value to count).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
