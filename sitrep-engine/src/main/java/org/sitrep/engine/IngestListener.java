package org.sitrep.engine;

import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.stage.ItemResult;

/** Hears about ingest progress (the CLI draws a progress bar, the watcher logs). */
public interface IngestListener {
  IngestListener NONE = item -> {};

  /** One item finished: stored, duplicate, or failed with its reason. */
  void item(ItemResult<IngestOutcome> result);

  /** How many items are expected, when known (-1 when not). */
  default void expected(long total) {}
}
