package org.sitrep.bench.scale;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one scale benchmark run measured.
 *
 * @param seed the generator's seed
 * @param articlesPerDay the generated stream's daily rate
 * @param added articles added one chunk at a time after each store was built
 * @param addChunk articles per measured add (figures are per article)
 * @param sizes one entry per store size measured
 * @param goal the goal checked on the sizes it names, and the same check on the smallest
 *     and largest sizes measured
 */
public record ScaleResult(String benchmark, long seed, int articlesPerDay, int added, int addChunk,
    List<Size> sizes, Map<String, Object> goal, String note) {
  public ScaleResult {
    sizes = List.copyOf(sizes);
  }

  /**
   * Figures for one store size.
   *
   * @param size the size asked for
   * @param articlesBefore stored articles when the adds began (more than {@code size} when a kept
   *     store was measured before: every run adds to it)
   * @param builtArticles articles added while building in this run (0 when a kept store was complete)
   * @param buildSeconds wall time of building in this run
   * @param buildCpuSeconds process CPU time of building in this run (all threads)
   * @param addCpuMeanMs corpus-update cost per added article: CPU time of the adding thread
   *     in {@code Engine.addArticles} (outlet, store, commit, corpus update), divided by the articles
   * @param addProcessCpuMeanMs the same over every thread of the process (GC and Lucene merges too)
   * @param rssMb resident memory (VmRSS) after the adds; {@code peakRssMb} is VmHWM
   * @param heapUsedAfterGcMb heap in use after a full collection
   * @param storeMb the data folder on disk
   * @param stories stories the corpus lists after the adds
   * @param quality the corpus's stories against the generated ones
   */
  public record Size(int size, int articlesBefore, int articlesAfter, int builtArticles, double buildSeconds,
      double buildCpuSeconds, double addCpuMeanMs, double addCpuP99Ms, double addCpuMaxMs, double addWallMeanMs,
      double addWallP99Ms, double addProcessCpuMeanMs, double rssMb, double peakRssMb, double heapUsedAfterGcMb,
      double heapMaxMb, double storeMb, int stories, Latency search, Latency story, Latency timeline,
      Stories quality) {}

  /**
   * The corpus's stories against the generator's.
   *
   * @param generated stories (and one-off articles) the generator made among the stored articles
   * @param stories stories the corpus lists
   * @param largest articles in the corpus's largest story
   * @param nmi normalised mutual information of the two partitions (1 is identical)
   */
  public record Stories(int generated, int stories, int largest, double nmi, double bcubedF1) {}

  /** Latency of one class of API requests (milliseconds; errors are responses other than 200). */
  public record Latency(String request, int requests, int errors, double medianMs, double p90Ms, double p99Ms,
      double maxMs, @Nullable String example) {}
}
