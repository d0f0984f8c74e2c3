package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.engine.Engine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep entities}: one line per real-world entity across the corpus (or one story). */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Lists the people, organisations, countries and places of the corpus.")
public final class EntitiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Option(names = "--story", paramLabel = "STORY", description = "Only the entities of this story.")
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
      List<EntitySummary> entities = engine.corpus().entities(story);
      if (options.json()) {
        CorpusReader.printJson(out, entities);
        return ExitCodes.OK;
      }
      Table t = new Table(List.of("NAME", "TYPE", "ARTICLES", "ROLES", "ALIASES"), 32, 12, 8, 40, 200);
      for (EntitySummary e : entities) {
        t.row(e.name(), e.type(), e.articles(), CorpusReader.join(e.roles(), 3), CorpusReader.join(e.aliases(), 4));
      }
      out.println(entities.size() + " entities");
      if (!t.isEmpty()) {
        t.print(out, Table.lineWidth());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
