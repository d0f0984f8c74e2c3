package org.sitrep.nlp.pack;

import java.util.Objects;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;

/**
 * A document and what its language packs found in it.
 *
 * @param document the cleaned document, with any metadata a pack completed (dateline, credits)
 * @param annotations offsets index {@code document.text()}
 */
public record AnnotatedDocument(CleanDocument document, Annotations annotations) {
  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(annotations, "annotations");
  }

  /** The article of the contract. */
  public Article article() {
    return Article.of(document, annotations);
  }
}
