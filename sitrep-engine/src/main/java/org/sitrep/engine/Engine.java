package org.sitrep.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * One engine per process and data folder: loads the heavy models once, ingests inputs into the
 * store, keeps the corpus analysis up to date, and serves the read side. Thread-safe.
 */
public final class Engine implements AutoCloseable {
  private Engine() {}

  /** Opens (or creates) the store in {@code config.dataDir()}. */
  public static Engine open(EngineConfig config) throws IOException {
    throw new UnsupportedOperationException("Engine: to be written (issue 4)");
  }

  /** Reads, cleans, annotates and stores every input, then refreshes the corpus analysis. */
  public IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
    throw new UnsupportedOperationException("Engine: to be written (issue 4)");
  }

  /** Ingests one page (the watcher's path); call {@link #refresh()} after a batch. */
  public ItemResult<IngestOutcome> ingest(RawPage page) {
    throw new UnsupportedOperationException("Engine: to be written (issue 4)");
  }

  /** Recomputes the cross-article analysis (stories, entities, timeline, claims, comparisons). */
  public void refresh() throws IOException {
    throw new UnsupportedOperationException("Engine: to be written (issue 4)");
  }

  /** The read side. */
  public Corpus corpus() {
    throw new UnsupportedOperationException("Engine: to be written (issue 4)");
  }

  @Override
  public void close() throws IOException {}
}
