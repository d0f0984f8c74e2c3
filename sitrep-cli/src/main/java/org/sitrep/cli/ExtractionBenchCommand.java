package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.extraction.ExtractionBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench extraction}: main-text and metadata extraction quality and speed. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores HTML main-text extraction on the article-extraction and trafilatura-eval benchmarks",
      "beside other systems, measures title/author/date accuracy and single-thread pages per second.",
      "Writes the figures to bench-results/extraction.json."
    })
public final class ExtractionBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "Shared folder holding benchmarks/ (default: ../shared next to the repository).")
  @Nullable Path shared;

  @Option(names = "--only", paramLabel = "PART", split = ",",
      description = "Parts to run: article-extraction, trafilatura-eval, speed (the extractor and the extract --no-nlp path),"
          + " references (boilerpipe, a readability port and a parse-only baseline run here), language (body language"
          + " against declared and known languages; default: all).")
  List<String> only = List.of();

  @Option(names = "--forks", paramLabel = "N", description = "JVMs the extractor is timed against boilerpipe in, one"
      + " after the other; the speed ratio is the median of their medians (default: "
      + ExtractionBenchmark.DEFAULT_FORKS + ").")
  int forks = ExtractionBenchmark.DEFAULT_FORKS;

  @Option(names = "--details", paramLabel = "FILE", description = "Write per-page scores as JSON Lines to FILE.")
  @Nullable Path details;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    Path dir = shared != null ? shared : home.resolve("../shared").normalize();
    if (!Files.isDirectory(dir.resolve("benchmarks"))) {
      err.println("sitrep bench extraction: expected a folder with benchmarks/ at " + dir + ", found none (use --shared DIR)");
      return ExitCodes.USAGE;
    }
    Set<String> parts = new LinkedHashSet<>(only.isEmpty() ? ExtractionBenchmark.PARTS : only);
    for (String p : parts) {
      if (!ExtractionBenchmark.PARTS.contains(p)) {
        err.println("sitrep bench extraction: unknown part '" + p + "', expected one of " + ExtractionBenchmark.PARTS);
        return ExitCodes.USAGE;
      }
    }
    if (forks < 1) {
      err.println("sitrep bench extraction: --forks must be at least 1, got " + forks);
      return ExitCodes.USAGE;
    }
    ObjectNode result = new ExtractionBenchmark(dir, out, forks).run(parts, details);
    Path file = home.resolve("bench-results/extraction.json");
    ExtractionBenchmark.write(result, file);
    out.println();
    out.println("figures written to " + file.normalize());
    out.flush();
    return 0;
  }
}
