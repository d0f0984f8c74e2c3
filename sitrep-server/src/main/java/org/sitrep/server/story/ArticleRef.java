package org.sitrep.server.story;

import org.jspecify.annotations.Nullable;

/** An article of a story as lists show it. */
public record ArticleRef(
    String id, @Nullable String title, @Nullable String outlet, @Nullable String country,
    @Nullable String published, java.util.List<String> credits) {
  public ArticleRef {
    credits = java.util.List.copyOf(credits);
  }
}
