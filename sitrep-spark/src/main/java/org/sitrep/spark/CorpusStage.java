package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;

/**
 * The corpus step of the job, in one place: the incremental corpus update (copy groups, entities,
 * stories) over the store the job merged, run on the driver in arrival order exactly as
 * {@code ./sitrep ingest} runs it per batch, so {@code serve} opens the store as it opens an
 * embedded one. A store the job created gets its corpus state from all its articles; a store the job
 * added to keeps its state and the new articles continue it.
 *
 * <p>The corpus update finds copies itself by the LSH bands it indexes with each article; the groups
 * the job found by LSH in Spark are the same definition and are reported beside it as a check. The
 * update is sequential (a story depends on the stories before it) at a cost per article that does
 * not depend on the store's size; the per-article stages before it are what the cluster spreads.
 */
public final class CorpusStage {
  private CorpusStage() {}

  /** What the corpus holds afterwards. */
  public record Summary(int articles, int stories, int entities) {}

  /**
   * Runs the corpus update over the articles of the merged store in {@code storeDir} that have none.
   *
   * @param fromSpark the reprint groups the job computed (a check; the update finds its own)
   * @param outlets the user outlets file of the job, or null (the store's kept one, if any, is used)
   */
  public static Summary build(Path storeDir, ReprintGroups fromSpark, @Nullable Path outlets) throws IOException {
    Objects.requireNonNull(storeDir, "storeDir");
    Objects.requireNonNull(fromSpark, "fromSpark");
    // opening a store whose articles have no corpus state at all rebuilds it; otherwise the new
    // articles continue it
    try (Engine engine = Engine.open(new EngineConfig(storeDir, outlets, false, 1))) {
      engine.updateCorpus();
      int articles = engine.store().size();
      return new Summary(articles, engine.corpus().stories().size(), engine.corpus().entities(null).size());
    }
  }
}
