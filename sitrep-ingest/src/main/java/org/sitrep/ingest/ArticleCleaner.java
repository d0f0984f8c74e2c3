package org.sitrep.ingest;

import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.Stage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;

/** Raw page to clean document: main text, repair, metadata, language. Thread-safe. */
public final class ArticleCleaner implements Stage<RawPage, CleanDocument> {
  @Override
  public String name() {
    return "article-cleaner";
  }

  @Override
  public CleanDocument process(RawPage page, StageContext ctx) throws StageException {
    throw new UnsupportedOperationException("ArticleCleaner: to be written (issue 2)");
  }
}
