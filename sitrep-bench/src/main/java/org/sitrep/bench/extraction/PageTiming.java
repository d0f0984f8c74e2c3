package org.sitrep.bench.extraction;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/**
 * How fast one extractor (or the whole product path) goes through a list of pages on the calling thread:
 * warm-up passes until the JIT compiler has settled (two to eight), then
 * whole passes until 10 s of wall time (at least 3 passes) or 20 passes. CPU time is the calling thread's, so that a busy
 * machine slows the figure less than wall time would.
 *
 * @param pages pages extracted in the timed passes
 * @param warmups warm-up passes before them
 * @param passes timed passes
 * @param wallSeconds wall time of the timed passes
 * @param cpuSeconds the thread's CPU time of the timed passes
 * @param processCpuSeconds the whole process's CPU time of the timed passes: the thread's, plus any work
 *     a library hands to other threads, garbage collection and compilation
 */
record PageTiming(int pages, int warmups, int passes, double wallSeconds, double cpuSeconds, double processCpuSeconds) {
  private static final long TIME_BUDGET_NANOS = 10_000_000_000L;
  private static final int MIN_PASSES = 3;
  private static final int MAX_WARMUP = 8;
  private static final int MAX_PASSES = 20;

  static <T> PageTiming measure(List<T> pages, Consumer<? super T> extract) {
    int warmups = warm(pages, extract);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long processStart = processCpuNanos();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long elapsed;
    int passes = 0;
    do {
      pages.forEach(extract);
      passes++;
      elapsed = System.nanoTime() - start;
    } while ((elapsed < TIME_BUDGET_NANOS || passes < MIN_PASSES) && passes < MAX_PASSES);
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double process = (processCpuNanos() - processStart) / 1e9;
    return new PageTiming(pages.size() * passes, warmups, passes, elapsed / 1e9, cpu, process);
  }

  /**
   * Warm-up passes: at least two, and more (up to {@value #MAX_WARMUP}) while the JIT compiler still spends
   * more than a tenth of a pass's wall time compiling, so that compilation is not counted as page work.
   * Returns how many passes were run.
   */
  static <T> int warm(List<T> pages, Consumer<? super T> extract) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    int warmups = 0;
    while (warmups < MAX_WARMUP) {
      long compiled = timed ? jit.getTotalCompilationTime() : 0;
      long start = System.nanoTime();
      pages.forEach(extract);
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      boolean settled = !timed || jit.getTotalCompilationTime() - compiled < wallMillis / 10;
      warmups++;
      if (warmups >= 2 && settled) {
        break;
      }
    }
    return warmups;
  }

  /** CPU time of the whole process so far, in nanoseconds, or -1 where the platform does not tell. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  double pagesPerSecond() {
    return pages / wallSeconds;
  }

  double pagesPerCpuSecond() {
    return pages / cpuSeconds;
  }

  /** Pages per CPU-second of the whole process (every thread), or NaN where the platform does not tell. */
  double pagesPerProcessCpuSecond() {
    return processCpuSeconds > 0 ? pages / processCpuSeconds : Double.NaN;
  }
}
