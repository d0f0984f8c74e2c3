package org.sitrep.nlp;

import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.stage.Stage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;

/** Clean document to annotations. Loads its models once at construction; thread-safe. */
public final class NlpAnnotator implements Stage<CleanDocument, Annotations> {
  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Annotations process(CleanDocument doc, StageContext ctx) throws StageException {
    throw new UnsupportedOperationException("NlpAnnotator: to be written (issue 3)");
  }
}
