package org.sitrep.engine;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an engine is set up.
 *
 * @param dataDir the store folder ({@code ./sitrep-data} by default)
 * @param outletsFile a user file of outlets that extends the curated registry, or null
 * @param nlp run the NLP stages (off: cleaning and metadata only)
 * @param threads worker threads for ingest
 */
public record EngineConfig(Path dataDir, @Nullable Path outletsFile, boolean nlp, int threads) {
  public EngineConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  public static EngineConfig at(Path dataDir) {
    return new EngineConfig(dataDir, null, true, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
