package org.sitrep.server.story;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.SourceRef;

/**
 * One quotation in a story, however many articles carry it (reprints share one item).
 *
 * @param sources each article that carries it, with the span of the quoted words
 */
public record StoryQuote(
    String text, @Nullable String speaker, @Nullable String speakerId, @Nullable String speakerRole,
    List<SourceRef> sources) {
  public StoryQuote {
    sources = List.copyOf(sources);
  }
}
