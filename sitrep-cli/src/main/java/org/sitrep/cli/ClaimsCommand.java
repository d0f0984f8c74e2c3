package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.engine.Engine;
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
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = CorpusReader.open(spec, options)) {
      if (engine == null) {
        return ExitCodes.SOME_FAILED;
      }
      if (story != null && engine.corpus().story(story).isEmpty()) {
        return CorpusReader.unknownStory(spec, story);
      }
      List<ClaimSummary> claims = engine.corpus().claims(story).stream()
          .filter(c -> !contested || c.contested()).toList();
      if (options.json()) {
        CorpusReader.printJson(out, claims);
        return ExitCodes.OK;
      }
      Table t = new Table(List.of("STATUS", "CONTESTED", "CLAIMANT", "CORROBORATED BY", "TEXT"), 9, 9, 24, 30, 200);
      for (ClaimSummary c : claims) {
        t.row(c.status(), c.contested() ? "yes" : "", c.claimant(), CorpusReader.join(c.corroboratedBy(), 3), c.text());
      }
      out.println(claims.size() + " claims");
      if (!t.isEmpty()) {
        t.print(out, Table.lineWidth());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
