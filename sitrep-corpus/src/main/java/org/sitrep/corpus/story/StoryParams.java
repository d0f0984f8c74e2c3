package org.sitrep.corpus.story;

/**
 * Parameters of the story clusterer. General, not tuned per document.
 *
 * @param threshold least score (decayed, size-weighted cosine) for joining an existing story
 * @param windowDays a story whose last article is older than this many days takes no new ones
 * @param halfLifeDays the score of a story halves for every this many days since its last article
 * @param batchSize arrivals processed together; each batch gets {@code passes} refinement passes
 * @param passes reassignment passes over each batch after the first assignment (0 = single pass)
 * @param sizePrior strength of the preference for larger stories: the score is multiplied by
 *     {@code 1 + sizePrior * log(size)}
 * @param loneFactor after the passes, an article still alone joins the best story at this
 *     fraction of the threshold
 * @param mergeThreshold a story begun in the current batch merges into a larger one when their
 *     centroids' cosine reaches this
 */
public record StoryParams(
    double threshold, int windowDays, double halfLifeDays, int batchSize,
    int passes, double sizePrior, double loneFactor, double mergeThreshold) {
  public StoryParams {
    if (threshold <= 0 || threshold >= 2) {
      throw new IllegalArgumentException("threshold must be in (0,2), got " + threshold);
    }
    if (windowDays < 1 || halfLifeDays <= 0 || batchSize < 1 || passes < 0 || sizePrior < 0
        || loneFactor <= 0 || loneFactor > 1) {
      throw new IllegalArgumentException("story parameters out of range: windowDays=" + windowDays
          + " halfLifeDays=" + halfLifeDays + " batchSize=" + batchSize + " passes=" + passes
          + " sizePrior=" + sizePrior);
    }
  }

  /** The defaults used by the product and the benchmark. */
  public static StoryParams defaults() {
    return new StoryParams(0.26, 21, 7.0, 500, 3, 0.6, 0.3, 0.12);
  }

  public StoryParams withThreshold(double t) {
    return new StoryParams(t, windowDays, halfLifeDays, batchSize, passes, sizePrior, loneFactor, mergeThreshold);
  }

  public StoryParams withBatchSize(int b) {
    return new StoryParams(threshold, windowDays, halfLifeDays, b, passes, sizePrior, loneFactor, mergeThreshold);
  }

  public StoryParams withPasses(int p) {
    return new StoryParams(threshold, windowDays, halfLifeDays, batchSize, p, sizePrior, loneFactor, mergeThreshold);
  }

  public StoryParams withLoneFactor(double f) {
    return new StoryParams(threshold, windowDays, halfLifeDays, batchSize, passes, sizePrior, f, mergeThreshold);
  }

  public StoryParams withMergeThreshold(double m) {
    return new StoryParams(threshold, windowDays, halfLifeDays, batchSize, passes, sizePrior, loneFactor, m);
  }

  public StoryParams withSizePrior(double s) {
    return new StoryParams(threshold, windowDays, halfLifeDays, batchSize, passes, s, loneFactor, mergeThreshold);
  }
}
