package org.sitrep.corpus.story;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the story clusterer sees of one article.
 *
 * @param id article id
 * @param terms term to weight (for example sublinear term frequency of title and lead terms)
 * @param entities entity keys the article mentions (canonical ids), possibly empty
 * @param day days since the epoch of its publication, or null when unknown (no time decay applies)
 */
public record StoryDoc(String id, Map<String, Double> terms, Set<String> entities, @Nullable Long day) {
  public StoryDoc {
    Objects.requireNonNull(id, "id");
    // sorted, so sums over the terms run in one order in every JVM (Map.copyOf's order is salted)
    terms = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(terms));
    entities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(entities));
  }
}
