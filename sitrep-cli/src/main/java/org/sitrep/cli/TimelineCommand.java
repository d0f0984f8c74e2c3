package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.engine.Engine;
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
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = CorpusReader.open(spec, options)) {
      if (engine == null) {
        return ExitCodes.SOME_FAILED;
      }
      if (story != null && engine.corpus().story(story).isEmpty()) {
        return CorpusReader.unknownStory(spec, story);
      }
      List<TimelineItem> items = engine.corpus().timeline(story);
      if (options.json()) {
        CorpusReader.printJson(out, items);
        return ExitCodes.OK;
      }
      Table t = new Table(List.of("DATE", "ACTION", "ACTORS", "SOURCES", "TEXT"), 16, 14, 36, 7, 200);
      for (TimelineItem i : items) {
        t.row(i.date() == null ? "?" : i.date(), i.action(), CorpusReader.join(i.actors(), 3), i.sources().size(), i.text());
      }
      out.println(items.size() + " events");
      if (!t.isEmpty()) {
        t.print(out, Table.lineWidth());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
