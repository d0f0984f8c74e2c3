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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.bench.nlpspeed.NlpSpeedBenchmark;
import org.sitrep.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench nlp-speed}: warm single-thread speed of the per-article NLP pipeline. */
@Command(
    name = "nlp-speed",
    mixinStandardHelpOptions = true,
    description = {
      "Times the per-article NLP pipeline (CoreNLP, then every extractor) on one thread after a warm-up,",
      "on the seed pages and the PolNeAR test articles: articles and words per second of wall time and of",
      "the thread's CPU time, and peak heap; with selective and with full dependency parsing. With every",
      "test article (the default) an article has about 750 words; --articles 20 gives the shorter set",
      "(about 510 words) of earlier figures."
    })
public final class BenchNlpSpeedCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--benchmarks", paramLabel = "DIR",
      description = "Folder of the shared benchmarks (default: ../shared/benchmarks beside the repository).")
  Path benchmarks = Path.of(System.getProperty("sitrep.home", "."), "..", "shared", "benchmarks");

  @Option(names = "--seeds", paramLabel = "DIR",
      description = "Folder of seed text files (default: ../shared/seeds beside the repository).")
  Path seeds = Path.of(System.getProperty("sitrep.home", "."), "..", "shared", "seeds");

  @Option(names = "--articles", paramLabel = "N",
      description = "The first N PolNeAR test articles (by file name) are added to the seeds (default: all 84).")
  int articles = Integer.MAX_VALUE;

  @Option(names = "--passes", description = "Timed passes over the texts after the warm-up (default 1).")
  int passes = 1;

  @Option(names = "--no-compare",
      description = "Skip the comparison run that dependency-parses every sentence.")
  boolean noCompare;

  @Option(names = "--results", paramLabel = "DIR", description = "Where to write nlp-speed.json (default: bench-results).")
  Path results = Path.of(System.getProperty("sitrep.home", "."), "bench-results");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> texts = new ArrayList<>();
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    int seedTexts = texts.size();
    Path polnear = benchmarks.resolve("polnear").resolve("test").resolve("text");
    if (articles > 0 && Files.isDirectory(polnear)) {
      try (Stream<Path> files = Files.list(polnear)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(articles).toList()) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (texts.isEmpty()) {
      err.println("sitrep bench nlp-speed: expected texts in " + seeds + " or " + polnear + ", found none");
      return ExitCodes.USAGE;
    }
    NlpSpeedBenchmark bench = new NlpSpeedBenchmark();
    List<NlpSpeedBenchmark.Run> runs = new ArrayList<>();
    runs.add(bench.run("selective dependencies", NlpConfig.defaults(), texts, passes, err::println));
    if (!noCompare) {
      NlpConfig d = NlpConfig.defaults();
      runs.add(bench.run("dependencies on every sentence",
          new NlpConfig(true, d.fineGrainedNer(), d.maxChars(), true), texts, passes, err::println));
    }
    long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
    out.printf(Locale.ROOT, "NLP pipeline speed, 1 thread, warm: %d texts (%d seeds + PolNeAR test), %d words/article%n",
        texts.size(), seedTexts, words / texts.size());
    out.printf(Locale.ROOT, "%-32s %9s %9s %10s %10s %9s %9s%n", "", "art/CPU-s", "art/s", "words/CPU-s", "words/s",
        "peak MiB", "dep sents");
    for (NlpSpeedBenchmark.Run r : runs) {
      out.printf(Locale.ROOT, "%-32s %9.2f %9.2f %10.0f %10.0f %9d %8.0f%%%n", r.name(), r.articlesPerCpuSecond(),
          r.articlesPerSecond(), r.wordsPerCpuSecond(), r.wordsPerSecond(), r.peakHeapBytes() / (1024 * 1024),
          100 * r.parsedShare());
    }
    out.println("(CPU-s: the annotating thread's CPU time, one core's capacity; wall time includes waiting"
        + " for shared cores, so it is pessimistic on a loaded machine)");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "nlp-speed");
    json.put("texts", texts.size());
    json.put("wordsPerArticle", words / texts.size());
    json.put("passes", passes);
    json.put("threads", 1);
    json.put("runs", runs.stream().map(NlpSpeedBenchmark.Run::toMap).toList());
    Files.createDirectories(results);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve("nlp-speed.json").toFile(), json);
    return ExitCodes.OK;
  }
}
