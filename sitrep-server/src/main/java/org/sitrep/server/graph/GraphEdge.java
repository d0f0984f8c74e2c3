package org.sitrep.server.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.SourceRef;

/**
 * A typed relation between two actors, citing the sentence(s) it comes from.
 *
 * @param kind where it comes from: "event", "quote" or "denial"
 * @param type what it says: an event action ("sign", "meet"), or for quotes "criticises",
 *     "supports", "warns", "denies", "mentions"
 * @param text the sentence (events) or quoted words (quotes) of the first source
 * @param sources every source sentence, first the one {@code text} comes from
 */
public record GraphEdge(
    String id, String from, String to, String kind, String type, @Nullable String date, String text,
    List<SourceRef> sources) {
  public GraphEdge {
    sources = List.copyOf(sources);
  }
}
