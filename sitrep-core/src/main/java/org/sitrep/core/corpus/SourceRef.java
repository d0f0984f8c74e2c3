package org.sitrep.core.corpus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Provenance of a corpus fact: the article and the character span of its source sentence. */
public record SourceRef(String article, @Nullable String outlet, int start, int end) {
  public SourceRef {
    Objects.requireNonNull(article, "article");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("source span [" + start + "," + end + ") invalid");
    }
  }
}
