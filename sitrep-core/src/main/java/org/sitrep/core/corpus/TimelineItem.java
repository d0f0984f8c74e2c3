package org.sitrep.core.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One real event, however many articles report it. */
public record TimelineItem(
    @Nullable String date, String action, List<String> actors, String text, List<SourceRef> sources) {
  public TimelineItem {
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }
}
