package org.sitrep.sources.watch;

import java.io.IOException;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * Where the watcher puts the pages it gets. The engine is one ({@code engine::ingest}); {@link
 * PageDirectory} is another. Implementations must be thread-safe (pages of different hosts arrive
 * concurrently) and idempotent: the same page accepted twice is stored once ({@link
 * IngestOutcome#DUPLICATE}). A page that cannot be stored is an {@link ItemResult.Failed}, never an
 * exception, and never a half-written article.
 */
@FunctionalInterface
public interface PageSink {
  /** Stores one page. */
  ItemResult<IngestOutcome> accept(RawPage page);

  /**
   * Makes the pages accepted so far durable; called after a poll that added pages, before they are
   * marked seen (the engine commits and refreshes its corpus analysis here). A page is never
   * marked seen when this throws.
   */
  default void flush() throws IOException {}
}
