package org.sitrep.bench.entities;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.json.SitrepJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench entities}: the share of CoreNLP's own PERSON, ORGANIZATION and LOCATION
 * mentions the entity extractor keeps on PolNeAR, TempEval-3 and the English trafilatura-eval
 * pages, and every kind it drops by reason.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Entities without gold: the share of CoreNLP's PERSON/ORGANIZATION/LOCATION mentions the entity",
      "extractor keeps (text and headline) on PolNeAR, TempEval-3 and trafilatura-eval, and why it drops the rest."
    })
public final class EntitiesBenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--shared", description = "Shared folder holding benchmarks/ (default: ../shared beside the project).")
  Path shared;

  @Option(names = "--limit", description = "At most this many texts per benchmark, spread over each (default: all).")
  int limit;

  @Option(names = "--only", split = ",", description = "Benchmarks to read: polnear, tempeval3, trafilatura-eval (default: all).")
  List<String> only = List.of("polnear", "tempeval3", "trafilatura-eval");

  @Option(names = "--output", description = "Result file (default: bench-results/entities.json).")
  Path output;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("sitrep.home", "."));
    Path root = (shared != null ? shared : home.resolve("../shared")).resolve("benchmarks").normalize();
    Path out = output != null ? output : home.resolve("bench-results/entities.json");
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(root.resolve("polnear")) && !Files.isDirectory(root.resolve("tempeval3"))) {
      err.println("bench entities: expected polnear/ and tempeval3/ in " + root + ", found neither (use --shared)");
      return 2;
    }
    List<BenchText> texts = new ArrayList<>();
    if (only.contains("polnear")) {
      texts.addAll(BenchTexts.polnear(root.resolve("polnear"), limit));
    }
    if (only.contains("tempeval3")) {
      texts.addAll(BenchTexts.tempeval(root.resolve("tempeval3"), limit));
    }
    if (only.contains("trafilatura-eval")) {
      int[] skipped = {0};
      texts.addAll(BenchTexts.trafilatura(root.resolve("trafilatura-eval"), limit, s -> skipped[0]++));
      err.println("entities: trafilatura-eval pages the cleaner rejected: " + skipped[0]);
    }
    err.println("entities: " + texts.size() + " texts");
    err.flush();
    EntitiesBenchmark.Result r = new EntitiesBenchmark().run(texts, line -> {
      err.println(line);
      err.flush();
    });
    w.printf(Locale.ROOT, "%-18s %6s %8s %8s %7s %7s %8s %9s %9s%n", "benchmark", "texts", "CoreNLP", "kept",
        "kept%", "exact%", "type%", "headline", "hl kept");
    Map<String, Object> corpora = new LinkedHashMap<>();
    for (var e : r.corpora().entrySet()) {
      row(w, e.getKey(), e.getValue());
      corpora.put(e.getKey(), e.getValue().toMap());
    }
    row(w, "all", r.total());
    w.println();
    w.println("kept by CoreNLP tag (all):");
    r.total().byTag.forEach((k, v) -> w.printf(Locale.ROOT, "  %-13s %6d of %6d  %5.1f%%%n", k, v[1], v[0],
        v[0] == 0 ? 0 : 100.0 * v[1] / v[0]));
    w.println("dropped by reason (all):");
    for (String reason : EntitiesBenchmark.reasonOrder()) {
      Integer n = r.total().dropped.get(reason);
      if (n != null) {
        w.printf(Locale.ROOT, "  %-22s %6d  %5.2f%%  e.g. %s%n", reason, n, 100.0 * n / r.total().corenlp,
            String.join("; ", r.total().examples.getOrDefault(reason, List.of()).stream().limit(4).toList()));
      }
    }
    if (!r.total().retyped.isEmpty()) {
      w.println("kept with another type (all): " + r.total().retyped);
    }
    w.printf(Locale.ROOT, "kept or dropped for a stated reason: %.1f%%; %d extractor mentions CoreNLP has not"
        + " (gazetteer names, repaired spans); %.1f CPU s%n", r.total().keptOrReasoned(), r.total().added,
        r.cpuSeconds());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", "entities");
    result.put("reference", "CoreNLP's own NER (no fine-grained types) on the same texts; no gold");
    result.put("limitPerBenchmark", limit);
    result.put("corpora", corpora);
    result.put("all", r.total().toMap());
    result.put("cpuSeconds", EntitiesBenchmark.round(r.cpuSeconds()));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SitrepJson.pretty().writeValue(out.toFile(), result);
    w.println("wrote " + out);
    w.flush();
    return 0;
  }

  private static void row(PrintWriter w, String name, EntitiesBenchmark.Tally t) {
    w.printf(Locale.ROOT, "%-18s %6d %8d %8d %6.1f%% %6.1f%% %7.1f%% %9d %9d%n", name, t.documents, t.corenlp,
        t.kept, t.keptShare(), t.corenlp == 0 ? 0 : 100.0 * t.exact / t.corenlp,
        t.kept == 0 ? 0 : 100.0 * t.sameType / t.kept, t.titleCorenlp, t.titleKept);
  }
}
