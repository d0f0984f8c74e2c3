package org.sitrep.bench.api;

import java.util.List;

/**
 * What one API benchmark run measured.
 *
 * @param articles articles in the corpus served
 * @param concurrency client threads
 * @param classes one line per request class (search, story, and all together)
 * @param note how to read the figures
 */
public record ApiBenchResult(
    String benchmark, String data, long articles, int stories, int concurrency, double seconds,
    List<RequestClass> classes, String note) {
  public ApiBenchResult {
    classes = List.copyOf(classes);
  }

  /**
   * Figures for one class of requests.
   *
   * @param errors responses other than 200, and failed requests
   */
  public record RequestClass(
      String name, int requests, int errors, double requestsPerSecond, double medianMs, double p90Ms,
      double p99Ms, double maxMs) {}
}
