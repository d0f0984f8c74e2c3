package org.sitrep.bench.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.ingest.html.HtmlExtractor;

/**
 * Our extractor beside boilerpipe's ({@link PairedTiming}) in a JVM of its own. The two share jsoup's
 * parser, and how the JIT compiler compiles that shared code depends on which of them it happened to
 * profile: within one JVM the paired ratio is steady from round to round, but it moved between 1.37x and
 * 1.62x from one JVM to the next with the same code. One JVM's figure is therefore one sample; the bench
 * starts several, one after the other, and reports the median of their medians with their range.
 */
public final class PairedFork {
  /** What one JVM measured: the median ratio and its quartiles and extremes over the rounds, and each side's speed. */
  record Result(double ratio, double lowerQuartile, double upperQuartile, double min, double max, double oursPerCpuSecond,
      double boilerpipePerCpuSecond, double processRatio) {
    String line() {
      return String.format(Locale.ROOT, "paired %.4f %.4f %.4f %.4f %.4f %.2f %.2f %.4f", ratio, lowerQuartile,
          upperQuartile, min, max, oursPerCpuSecond, boilerpipePerCpuSecond, processRatio);
    }

    static Result parse(String line) {
      String[] f = line.strip().split(" ");
      if (f.length != 9 || !f[0].equals("paired")) {
        throw new IllegalArgumentException("not a paired-timing line: '" + line + "'");
      }
      double[] v = new double[8];
      for (int i = 0; i < 8; i++) {
        v[i] = Double.parseDouble(f[i + 1]);
      }
      return new Result(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
  }

  private PairedFork() {}

  /**
   * Measures in a new JVM (this one's Java and class path) and returns what it printed.
   *
   * @param pages the folder of HTML pages
   * @param rounds paired rounds after the warm-up
   * @throws IOException when the JVM cannot start or fails (its error output is in the message)
   */
  static Result run(Path pages, int rounds) throws IOException, InterruptedException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m", "-Xmx2g",
        "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), PairedFork.class.getName(),
        pages.toString(), Integer.toString(rounds));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
    } finally {
      p.destroy();
    }
    int code = p.waitFor();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (code != 0 || !last.startsWith("paired ")) {
      throw new IOException("the paired-timing JVM failed (exit " + code + "): " + String.join("\n", lines));
    }
    return Result.parse(last);
  }

  /** Arguments: the folder of pages and the number of rounds; prints one {@link Result#line()}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PairedFork PAGES_DIR ROUNDS");
    }
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path f : files.sorted().toList()) {
        pages.add(Files.readAllBytes(f));
      }
    }
    HtmlExtractor ours = new HtmlExtractor();
    ReferenceExtractors.Extractor boilerpipe = new ReferenceExtractors.Boilerpipe();
    PairedTiming t = PairedTiming.measure(pages, p -> {
      try {
        ours.extract(p, null, null);
      } catch (RuntimeException e) {
        // an extractor crash costs what it cost until it failed, for both
      }
    }, p -> {
      try {
        boilerpipe.extract(p, null);
      } catch (RuntimeException | StackOverflowError e) {
        // as above
      }
    }, Integer.parseInt(args[1]));
    PairedTiming.Spread ratio = t.ratio();
    System.out.println(new Result(ratio.median(), ratio.lowerQuartile(), ratio.upperQuartile(), ratio.min(), ratio.max(),
        t.aPagesPerCpuSecond().median(), t.bPagesPerCpuSecond().median(), t.processRatio().median()).line());
  }
}
