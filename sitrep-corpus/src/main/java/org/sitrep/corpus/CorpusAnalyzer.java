package org.sitrep.corpus;

import java.util.List;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.outlet.OutletRegistry;

/** Computes the cross-article picture from the stored articles. Thread-safe. */
public final class CorpusAnalyzer {
  private final OutletRegistry outlets;

  public CorpusAnalyzer(OutletRegistry outlets) {
    this.outlets = outlets;
  }

  /** The snapshot for {@code articles}, given in arrival (ingest) order. */
  public CorpusSnapshot analyze(List<Article> articles) {
    throw new UnsupportedOperationException("CorpusAnalyzer: to be written (issue 4) " + outlets);
  }
}
