package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.msra.MsraNerBenchmark;
import org.sitrep.core.stage.StageException;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePack;
import org.sitrep.nlp.pack.LanguagePacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench msra-ner}: Chinese NER of the Chinese pack on MSRA's test split. */
@Command(
    name = "msra-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the Chinese pack's entities on the MSRA NER test split (SIGHAN 2006): entity-level",
      "precision, recall and F1 with exact span and type over PER, LOC and ORG, beside published",
      "systems trained on MSRA's own training data; also the pack's load time, heap and throughput."
    })
public final class MsraNerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared folder holding benchmarks/msra-ner-zh (default: ../shared beside the repo).")
  @Nullable Path shared;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences (default: all).")
  int limit;

  @Option(names = "--output", paramLabel = "FILE", description = "Figures as JSON (default: bench-results/msra-ner.json).")
  Path output = Path.of("bench-results", "msra-ner.json");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path base = shared != null ? shared
        : Path.of(System.getProperty("sitrep.home", ".")).toAbsolutePath().resolve("../shared").normalize();
    Path file = base.resolve("benchmarks/msra-ner-zh/msra_test.bio.txt");
    if (!Files.isRegularFile(file)) {
      err.println("sitrep bench msra-ner: expected the MSRA test split at " + file);
      return ExitCodes.USAGE;
    }
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heap0 = memory.getHeapMemoryUsage().getUsed();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    LanguagePack pack;
    try {
      pack = packs.pack("zh");
    } catch (StageException e) {
      err.println("sitrep bench msra-ner: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.gc();
    long packHeap = memory.getHeapMemoryUsage().getUsed() - heap0;
    out.printf("Chinese pack loaded in %.1f s wall, %.1f s CPU; %d MB of heap after GC%n", loadSeconds,
        loadCpu, packHeap >> 20);
    MsraNerBenchmark.Result r = new MsraNerBenchmark().run(file, pack, limit, err::println);
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    out.printf("%-40s %6s %6s %8s %8s %8s%n", "system", "gold", "sys", "P", "R", "F1");
    out.printf("%-40s %6d %6d %8.2f %8.2f %8.2f%n", "Sitrep zh pack (CoreNLP NER + ours)", r.gold(),
        r.system(), r.precision(), r.recall(), r.f1());
    for (var e : r.byType().entrySet()) {
      int[] c = e.getValue();
      double p = c[1] == 0 ? 0 : 100.0 * c[2] / c[1];
      double rc = c[0] == 0 ? 0 : 100.0 * c[2] / c[0];
      out.printf("%-40s %6d %6d %8.2f %8.2f %8.2f%n", "  " + e.getKey(), c[0], c[1], p, rc,
          p + rc == 0 ? 0 : 2 * p * rc / (p + rc));
    }
    for (var e : MsraNerBenchmark.PUBLISHED.entrySet()) {
      out.printf("%-40s %6s %6s %8s %8s %8.2f%n", e.getKey() + " (published, trained on MSRA)", "",
          "", "", "", e.getValue());
    }
    out.printf("throughput: %d sentences, %d characters in %.1f s CPU (%.1f s wall): %.2f articles of"
        + " 1,000 characters per CPU-second; peak heap %d MB%n", r.sentences(), r.characters(),
        r.cpuSeconds(), r.wallSeconds(), r.articlesPerCpuSecond(), peak >> 20);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "msra-ner-zh test");
    json.put("sentences", r.sentences());
    json.put("characters", r.characters());
    json.put("gold", r.gold());
    json.put("system", r.system());
    json.put("correct", r.correct());
    json.put("precision", round(r.precision()));
    json.put("recall", round(r.recall()));
    json.put("f1", round(r.f1()));
    Map<String, Object> types = new LinkedHashMap<>();
    r.byType().forEach((k, c) -> types.put(k, Map.of("gold", c[0], "system", c[1], "correct", c[2])));
    json.put("byType", types);
    json.put("published", MsraNerBenchmark.PUBLISHED);
    json.put("packLoadSeconds", round(loadSeconds));
    json.put("packLoadCpuSeconds", round(loadCpu));
    json.put("packHeapMB", packHeap >> 20);
    json.put("peakHeapMB", peak >> 20);
    json.put("cpuSeconds", round(r.cpuSeconds()));
    json.put("articlesPer1000CharsPerCpuSecond", round(r.articlesPerCpuSecond()));
    Files.createDirectories(output.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), json);
    out.println("wrote " + output);
    return ExitCodes.OK;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
