package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep rebuild}: rebuilds a store's corpus state from its articles (and migrates an older store). */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the corpus state (reprint groups, entities, stories) of a store from its stored articles, in",
      "arrival order, as if they were ingested again; migrates a store written by an older Sitrep. The articles",
      "are kept; a rebuild killed half-way is started again by the next writer."
    })
public final class RebuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!ArticleStore.exists(data)) {
      err.println("sitrep rebuild: no corpus store at " + data);
      return ExitCodes.USAGE;
    }
    long t0 = System.nanoTime();
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      // opening migrates an older store; a current one is rebuilt on request
      int n = engine.rebuild();
      spec.commandLine().getOut().printf("rebuilt the corpus state of %s from %d articles in %.1f s: %d stories%n",
          data, n, (System.nanoTime() - t0) / 1e9, engine.corpus().stories().size());
    }
    return ExitCodes.OK;
  }
}
