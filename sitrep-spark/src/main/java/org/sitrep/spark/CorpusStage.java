package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.store.SnapshotFile;

/**
 * The corpus step of the job, in one place: the cross-article analysis (outlets, reprints, entities,
 * stories, timeline, claims, comparisons) over the store the job merged, persisted beside it as
 * {@code ./sitrep ingest} persists it, so {@code serve} opens the store as it opens an embedded one.
 *
 * <p>Today this is the engine's whole-corpus analysis, run on the driver over all stored articles in
 * arrival order (what {@code Engine.refresh()} computes; opening the engine on a store whose snapshot
 * no longer covers its articles is that refresh). The reprint groups the job found by LSH are passed
 * in so that an incremental corpus component can take them instead of recomputing them; the
 * whole-corpus analysis finds the same groups itself.
 */
public final class CorpusStage {
  private CorpusStage() {}

  /** What the analysis holds afterwards. */
  public record Summary(int articles, int stories, int entities) {}

  /**
   * Analyses the merged store in {@code storeDir} and persists the result.
   *
   * @param fromSpark the reprint groups the job computed (not used by the whole-corpus analysis)
   * @param outlets the user outlets file of the job, or null (the store's kept one, if any, is used)
   */
  public static Summary build(Path storeDir, ReprintGroups fromSpark, @Nullable Path outlets) throws IOException {
    Objects.requireNonNull(storeDir, "storeDir");
    Objects.requireNonNull(fromSpark, "fromSpark");
    try (Engine engine = Engine.open(new EngineConfig(storeDir, outlets, false, 1))) {
      int articles = engine.store().size();
      boolean current = SnapshotFile.read(storeDir).map(s -> s.articles() == articles).orElse(articles == 0);
      if (!current) {
        engine.refresh();
      }
      return new Summary(articles, engine.corpus().stories().size(), engine.corpus().entities(null).size());
    }
  }
}
