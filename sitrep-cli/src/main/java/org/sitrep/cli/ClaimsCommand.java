package org.sitrep.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep claims}: claims across outlets, with status, corroboration and contest. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Lists the claims of the corpus with who makes them, their status and who corroborates or contests them.")
public final class ClaimsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Option(names = "--story", paramLabel = "STORY", description = "Only the claims of this story.")
  @Nullable String story;

  @Option(names = "--contested", description = "Only contested claims.")
  boolean contested;

  @Override
  public Integer call() throws IOException {
    return CorpusReader.printList(spec, options, story,
        engine -> engine.corpus().claims(story).stream().filter(c -> !contested || c.contested()).toList(),
        (engine, claims) -> claims, "claims",
        new Table(List.of("STATUS", "CONTESTED", "CLAIMANT", "CORROBORATED BY", "TEXT"), 9, 9, 24, 30, 200),
        (Table t, ClaimSummary c) -> t.row(c.status(), c.contested() ? "yes" : "", c.claimant(),
            CorpusReader.join(c.corroboratedBy(), 3), c.text()));
  }
}
