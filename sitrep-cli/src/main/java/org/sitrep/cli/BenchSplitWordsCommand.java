package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.bench.repair.SplitWordBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench split-words}: false joins and restoration of the split-word repair. */
@Command(
    name = "split-words",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the split-word repair on the clean English bodies of the article-extraction ground truth:",
      "changes made to undamaged text, and words restored after seeded random stray spaces."
    })
public final class BenchSplitWordsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--benchmarks", paramLabel = "DIR",
      description = "Folder of the shared benchmarks (default: ../shared/benchmarks beside the repository).")
  Path benchmarks = Path.of(System.getProperty("sitrep.home", "."), "..", "shared", "benchmarks");

  @Option(names = "--results", paramLabel = "DIR", description = "Where to write split-words.json (default: bench-results).")
  Path results = Path.of(System.getProperty("sitrep.home", "."), "bench-results");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path truth = benchmarks.resolve("article-extraction").resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      spec.commandLine().getErr().println("sitrep bench split-words: expected " + truth + ", not found");
      return ExitCodes.USAGE;
    }
    SplitWordBench.Report r = new SplitWordBench().run(truth);
    out.printf("split-word repair on %d clean English paragraphs (%,d words), article-extraction ground truth%n",
        r.paragraphs(), r.words());
    out.printf("  changes to undamaged text: %d (%.2f per 100k words; published figure: none)%n",
        r.falseJoinChanges(), r.falseJoinsPer100kWords());
    r.changes().forEach(c -> out.println("    " + c));
    out.printf("  random stray spaces (seeds 1-3): %d of %d restored (%.1f%%), %d wrong joins%n",
        r.restored(), r.splits(), 100 * r.restoredRate(), r.wrongJoins());
    out.printf("  speed: %.1f µs per word on clean text (shared machine: pessimistic)%n", r.microsPerWord());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "split-words");
    json.put("paragraphs", r.paragraphs());
    json.put("words", r.words());
    json.put("changesToUndamagedText", r.falseJoinChanges());
    json.put("changesPer100kWords", r.falseJoinsPer100kWords());
    json.put("changes", r.changes());
    json.put("splits", r.splits());
    json.put("restored", r.restored());
    json.put("restoredRate", r.restoredRate());
    json.put("wrongJoins", r.wrongJoins());
    json.put("microsPerWord", r.microsPerWord());
    Files.createDirectories(results);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.resolve("split-words.json").toFile(), json);
    return ExitCodes.OK;
  }
}
