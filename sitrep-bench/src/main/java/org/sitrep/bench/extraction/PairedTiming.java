package org.sitrep.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Two extractors timed against each other on the same pages in one process, so that their ratio does not
 * depend on when each ran (a neighbour's load on a shared machine, a garbage-collection debt left by the
 * other, the CPU's clock). Both are warmed first; then each round is one pass over the pages in which every
 * page is given to both, one right after the other, in alternating order (A first on even pages of even
 * rounds and odd pages of odd rounds, B first on the others), each call timed on its own. Both thus run
 * under the same conditions to within a page, and the ratio is taken round by round: its median is the
 * figure, its spread over the rounds says how far to trust it.
 *
 * @param pagesPerPass pages in one pass
 * @param warmupsA warm-up passes of A before the rounds
 * @param warmupsB warm-up passes of B before the rounds
 * @param rounds the timed rounds, in order
 */
record PairedTiming(int pagesPerPass, int warmupsA, int warmupsB, List<Round> rounds) {
  /**
   * One round's CPU seconds for one pass of each extractor.
   *
   * @param aCpu A's pass on the calling thread
   * @param bCpu B's pass on the calling thread
   * @param aProcessCpu A's pass in the whole process (garbage collection and compilation included)
   * @param bProcessCpu B's pass in the whole process
   * @param aFirst whether A ran first on the round's first page
   */
  record Round(double aCpu, double bCpu, double aProcessCpu, double bProcessCpu, boolean aFirst) {
    /** A's speed over B's on the thread's CPU time: how many times as many pages A does per CPU-second. */
    double ratio() {
      return bCpu / aCpu;
    }

    /** The same ratio on the process's CPU time, or NaN where the platform does not tell it. */
    double processRatio() {
      return aProcessCpu > 0 && bProcessCpu > 0 ? bProcessCpu / aProcessCpu : Double.NaN;
    }
  }

  /** Summary of one figure over the rounds: median, quartiles (nearest rank) and extremes. */
  record Spread(double median, double lowerQuartile, double upperQuartile, double min, double max) {
    static Spread of(double[] values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("a spread needs at least one value, got none");
      }
      double[] v = values.clone();
      Arrays.sort(v);
      int n = v.length;
      double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
      return new Spread(median, v[(n - 1) / 4], v[n - 1 - (n - 1) / 4], v[0], v[n - 1]);
    }
  }

  PairedTiming {
    rounds = List.copyOf(rounds);
  }

  /**
   * Warms both extractors, then runs {@code rounds} rounds, each a pass in which every page goes to both.
   *
   * @param pages the pages, the same for both
   * @param a the first extractor (the one whose speed is the numerator of the ratio)
   * @param b the second extractor
   * @param rounds timed rounds, at least one
   */
  static <T> PairedTiming measure(List<T> pages, Consumer<? super T> a, Consumer<? super T> b, int rounds) {
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    int warmupsA = PageTiming.warm(pages, a);
    int warmupsB = PageTiming.warm(pages, b);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Round> timed = new ArrayList<>(rounds);
    for (int r = 0; r < rounds; r++) {
      // {thread CPU, process CPU} nanoseconds of A, then of B
      long[] sums = new long[4];
      for (int i = 0; i < pages.size(); i++) {
        T page = pages.get(i);
        boolean aFirst = (r + i) % 2 == 0;
        call(page, aFirst ? a : b, threads, sums, aFirst ? 0 : 2);
        call(page, aFirst ? b : a, threads, sums, aFirst ? 2 : 0);
      }
      boolean process = PageTiming.processCpuNanos() >= 0;
      timed.add(new Round(sums[0] / 1e9, sums[2] / 1e9, process ? sums[1] / 1e9 : -1, process ? sums[3] / 1e9 : -1,
          r % 2 == 0));
    }
    return new PairedTiming(pages.size(), warmupsA, warmupsB, timed);
  }

  /** One call, its thread and process CPU nanoseconds added to {@code sums[at]} and {@code sums[at + 1]}. */
  private static <T> void call(T page, Consumer<? super T> extract, ThreadMXBean threads, long[] sums, int at) {
    long process = PageTiming.processCpuNanos();
    long cpu = threads.getCurrentThreadCpuTime();
    extract.accept(page);
    sums[at] += threads.getCurrentThreadCpuTime() - cpu;
    sums[at + 1] += PageTiming.processCpuNanos() - process;
  }

  /** A's speed over B's, round by round, on thread CPU time. */
  Spread ratio() {
    return spread(Round::ratio);
  }

  /** A's speed over B's, round by round, on process CPU time (NaN median where the platform does not tell). */
  Spread processRatio() {
    return spread(Round::processRatio);
  }

  /** A's pages per thread CPU-second, over the rounds. */
  Spread aPagesPerCpuSecond() {
    return spread(r -> pagesPerPass / r.aCpu());
  }

  /** B's pages per thread CPU-second, over the rounds. */
  Spread bPagesPerCpuSecond() {
    return spread(r -> pagesPerPass / r.bCpu());
  }

  private Spread spread(ToDoubleFunction<Round> figure) {
    return Spread.of(rounds.stream().mapToDouble(figure).toArray());
  }
}
