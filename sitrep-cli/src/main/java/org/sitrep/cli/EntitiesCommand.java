package org.sitrep.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.EntitySummary;
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
    return CorpusReader.printList(spec, options, story, engine -> engine.corpus().entities(story),
        (engine, entities) -> entities, "entities",
        new Table(List.of("NAME", "TYPE", "ARTICLES", "ROLES", "ALIASES"), 32, 12, 8, 40, 200),
        (Table t, EntitySummary e) -> t.row(e.name(), e.type(), e.articles(), CorpusReader.join(e.roles(), 3),
            CorpusReader.join(e.aliases(), 4)));
  }
}
