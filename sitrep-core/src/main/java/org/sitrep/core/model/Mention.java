package org.sitrep.core.model;

import java.util.Objects;

/** One occurrence of an entity: its surface text and half-open span in the article text. */
public record Mention(String text, int start, int end) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Checks.span("mention", start, end);
  }
}
