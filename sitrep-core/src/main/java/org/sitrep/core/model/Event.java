package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who did what to whom, when and where; the span covers the sentence. */
public record Event(
    String action,
    List<String> actors,
    @Nullable String object,
    @Nullable String date,
    @Nullable String place,
    String text,
    int start,
    int end) {
  public Event {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
    actors = Checks.list(actors);
    Checks.span("event", start, end);
  }
}
