package org.sitrep.core.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One real event, however many articles report it. */
public record TimelineItem(
    @Nullable String date, String action, List<String> actors, List<String> targets, String text,
    List<SourceRef> sources) {
  public TimelineItem {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets == null ? List.of() : targets);
    sources = List.copyOf(sources);
  }

  /** An item without targets. */
  public TimelineItem(@Nullable String date, String action, List<String> actors, String text, List<SourceRef> sources) {
    this(date, action, actors, List.of(), text, sources);
  }
}
