package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.tempeval.TempevalBenchmark;
import org.sitrep.bench.tempeval.TempevalBenchmark.SplitResult;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.time.TimeNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench tempeval}: TIMEX3 recognition and normalisation on TempEval-3. */
@Command(
    name = "tempeval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores our time expressions (CoreNLP SUTime + our anchoring) on TempEval-3 Task A:",
      "value F1, relaxed/strict extent F1 and type F1, beside HeidelTime and SUTime, scored as the",
      "official TE3 scorer does (the DCT, tid t0, is not counted), and every value checked as TIMEX3.",
      "Splits: test (platinum, the reported figure), train (TBAQ TimeBank), dev (TBAQ AQUAINT)."
    })
public final class TempevalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "TempEval-3 folder (default: ../shared/benchmarks/tempeval3 beside the repo).")
  @Nullable Path data;

  @Option(names = "--split", paramLabel = "NAME", split = ",",
      description = "Splits to score: test, train, dev (default: test).")
  List<String> splits = new ArrayList<>(List.of("test"));

  @Option(names = "--errors", paramLabel = "FILE", description = "Write every miss, extra and wrong value here.")
  @Nullable Path errors;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep parses here to re-score quickly.")
  @Nullable Path cache;

  @Option(names = "--output", paramLabel = "FILE", description = "Figures as JSON (default: bench-results/tempeval.json).")
  Path output = Path.of("bench-results", "tempeval.json");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? data : defaultData();
    if (!Files.isDirectory(dir.resolve("te3-platinum"))) {
      err.println("sitrep bench tempeval: expected the TempEval-3 folder with te3-platinum/ at " + dir);
      return ExitCodes.USAGE;
    }
    for (String s : splits) {
      if (!List.of("test", "train", "dev").contains(s)) {
        err.println("sitrep bench tempeval: --split expects test, train or dev, got '" + s + "'");
        return ExitCodes.USAGE;
      }
    }
    // Time normalisation needs tokens, tags and SUTime, not the dependency parse.
    CoreNlpParser parser = new CoreNlpParser(new NlpConfig(false, false, 1_000_000));
    TempevalBenchmark bench = new TempevalBenchmark(dir, parser, new TimeNormalizer(), cache);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "tempeval3-taskA-timex");
    json.put("published", TempevalBenchmark.PUBLISHED);
    try (PrintWriter errorLog = errors == null ? null
        : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
      out.printf("%-34s %6s %6s %8s %8s %8s %8s %8s %8s%n", "system / split", "gold", "sys",
          "valueF1", "relF1", "relP", "relR", "strictF1", "typeF1");
      for (String split : splits) {
        SplitResult r = bench.run(split, errorLog);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("documents", r.documents());
        // The official scorer skips the DCT (tid t0): in-TEXT figures are the official ones.
        entry.put("official", r.figures(false));
        print(out, "Sitrep " + split + " (official, DCT skipped)", r.figures(false));
        if (split.equals("test")) {
          entry.put("withDctAsFreeMatches", r.figures(true));
          print(out, "Sitrep " + split + " (DCT as free matches)", r.figures(true));
        }
        entry.put("invalidValues", r.invalidValues());
        out.printf("%-34s %d of %d values are not TIMEX3%n", "  invalid values", r.invalidValues().size(),
            r.score().system());
        for (String bad : r.invalidValues()) {
          out.println("    " + bad);
        }
        double seconds = r.normalizeNanos() / 1e9;
        entry.put("normalizerCharsPerSecond", Math.round(r.chars() / Math.max(seconds, 1e-9)));
        entry.put("parseSeconds", Math.round(r.parseNanos() / 1e7) / 100.0);
        entry.put("normalizeSeconds", Math.round(seconds * 1000) / 1000.0);
        json.put(split, entry);
      }
    }
    for (var e : TempevalBenchmark.PUBLISHED.entrySet()) {
      Map<String, Double> p = e.getValue();
      out.printf("%-34s %6s %6s %8.2f %8.2f %8s %8s %8.2f %8.2f%n", e.getKey() + " test (published)",
          "158", "", p.get("valueF1"), p.get("relaxedF1"), "", "", p.get("strictF1"), p.get("typeF1"));
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), json);
    out.println("wrote " + output);
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String label, Map<String, Object> f) {
    out.printf("%-34s %6s %6s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f%n", label, f.get("gold"),
        f.get("system"), f.get("valueF1"), f.get("relaxedF1"), f.get("relaxedP"), f.get("relaxedR"),
        f.get("strictF1"), f.get("typeF1"));
  }

  private static Path defaultData() {
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    return home.toAbsolutePath().resolve("../shared/benchmarks/tempeval3").normalize();
  }
}
