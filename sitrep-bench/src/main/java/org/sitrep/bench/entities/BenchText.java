package org.sitrep.bench.entities;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as the pipeline sees it after cleaning.
 *
 * @param corpus the benchmark it comes from (polnear, tempeval3, trafilatura-eval)
 * @param name file name within the benchmark
 * @param title the headline, or null
 * @param text the body
 */
public record BenchText(String corpus, String name, @Nullable String title, String text) {
  public BenchText {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
