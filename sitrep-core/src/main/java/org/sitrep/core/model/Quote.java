package org.sitrep.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quotation and who said it.
 *
 * @param text the quoted words, without quote marks
 * @param speaker canonical speaker name, or a description of an unnamed source, or null
 * @param speakerId the speaker's entity id when it is an entity
 * @param speakerRole role or affiliation as stated
 * @param start span of the quoted words (marks included) in the article text
 */
public record Quote(
    String text,
    @Nullable String speaker,
    @Nullable String speakerId,
    @Nullable String speakerRole,
    int start,
    int end) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Checks.span("quote", start, end);
  }
}
