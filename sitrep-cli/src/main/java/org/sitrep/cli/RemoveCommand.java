package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep remove ID...}: removes articles from the store and updates the corpus views. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = {
      "Removes articles from the store by id (as printed by search, stories --format json, check or a",
      "warning about an unreadable article), then updates stories, entities, timeline and claims."
    })
public final class RemoveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ./sitrep-data).")
  Path data = Path.of("sitrep-data");

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids.")
  List<String> ids = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!java.nio.file.Files.isDirectory(data)) {
      err.println("sitrep remove: no corpus in " + data);
      return ExitCodes.SOME_FAILED;
    }
    List<String> removed;
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      removed = engine.remove(ids);
      List<String> unknown = new ArrayList<>(ids);
      unknown.removeAll(removed);
      for (String id : unknown) {
        err.println("sitrep remove: no article with id '" + id + "' in " + data);
      }
      out.println("removed " + removed.size() + " of " + ids.size() + " articles; corpus in " + data + ": "
          + engine.store().size() + " articles");
      out.flush();
      return unknown.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    } catch (StoreException e) {
      err.println("sitrep remove: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
  }
}
