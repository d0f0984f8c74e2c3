package org.sitrep.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/**
 * How fast one extractor (or the whole product path) goes through a list of pages on the calling thread: two warm-up passes, then
 * whole passes until 10 s of wall time or 20 passes. CPU time is the calling thread's, so that a busy
 * machine slows the figure less than wall time would.
 *
 * @param pages pages extracted in the timed passes
 * @param passes timed passes
 * @param wallSeconds wall time of the timed passes
 * @param cpuSeconds the thread's CPU time of the timed passes
 */
record PageTiming(int pages, int passes, double wallSeconds, double cpuSeconds) {
  private static final long TIME_BUDGET_NANOS = 10_000_000_000L;
  private static final int MAX_PASSES = 20;

  static <T> PageTiming measure(List<T> pages, Consumer<? super T> extract) {
    for (int round = 0; round < 2; round++) {
      pages.forEach(extract);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long elapsed;
    int passes = 0;
    do {
      pages.forEach(extract);
      passes++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < TIME_BUDGET_NANOS && passes < MAX_PASSES);
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new PageTiming(pages.size() * passes, passes, elapsed / 1e9, cpu);
  }

  double pagesPerSecond() {
    return pages / wallSeconds;
  }

  double pagesPerCpuSecond() {
    return pages / cpuSeconds;
  }
}
