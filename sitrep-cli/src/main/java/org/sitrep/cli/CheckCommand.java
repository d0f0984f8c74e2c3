package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep check}: verifies a store's checksums and that every article reads back. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
      "Verifies the store: the checksum of every index file (a damaged disk or a flipped byte shows",
      "here) and that every article reads back. Read-only; works while ingest or serve runs.",
      "Exit status 0 when all is well, 1 when something is damaged (each problem on one line)."
    })
public final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ./sitrep-data).")
  Path data = Path.of("sitrep-data");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleStore.CheckReport report;
    try (ArticleStore store = ArticleStore.openReadOnly(data)) {
      report = store.check();
    } catch (IOException | RuntimeException e) {
      err.println("sitrep check: store " + data + " cannot be opened: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    for (String c : report.corrupt()) {
      err.println("sitrep check: damaged: " + c);
    }
    for (String u : report.unreadable()) {
      err.println("sitrep check: unreadable article " + u + " (remove it with ./sitrep remove ID --data " + data + ")");
    }
    if (report.ok()) {
      out.println("store " + data + ": " + report.articles() + " articles, every checksum matches, every article reads back");
    } else {
      out.println("store " + data + ": " + report.corrupt().size() + " damaged segments, " + report.unreadable().size()
          + " unreadable articles of " + report.articles() + " in the undamaged segments"
          + (report.corrupt().isEmpty() ? "" : "; restore the folder from a backup or ingest the inputs again into a new one"));
    }
    out.flush();
    return report.ok() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
