package org.sitrep.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.TimelineItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep timeline}: the events of the corpus (or one story) by date. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Lists the events of the corpus by date, one line per real event.")
public final class TimelineCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Option(names = "--story", paramLabel = "STORY", description = "Only the events of this story.")
  @Nullable String story;

  @Override
  public Integer call() throws IOException {
    return CorpusReader.printList(spec, options, story, engine -> engine.corpus().timeline(story),
        (engine, items) -> items, "events",
        new Table(List.of("DATE", "ACTION", "ACTORS", "SOURCES", "TEXT"), 16, 14, 36, 7, 200),
        (Table t, TimelineItem i) -> t.row(i.date() == null ? "?" : i.date(), i.action(),
            parties(i), i.sources().size(), i.text()));
  }

  /** "North Korea → Russia": who acted, and whom it was done to or with. */
  private static String parties(TimelineItem i) {
    String actors = CorpusReader.join(i.actors(), 3);
    return i.targets().isEmpty() ? actors : actors + " → " + CorpusReader.join(i.targets(), 2);
  }
}
