package org.sitrep.nlp.pack;

import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;

/**
 * The per-article NLP of one language: entities, quotes, claims, figures, times and events, with
 * spans as offsets into the document's text. Built by a {@link LanguagePackProvider} with its models
 * loaded; thread-safe.
 */
public interface LanguagePack {
  /** ISO 639-1 code of the language this pack reads ("en", "zh"). */
  String language();

  /**
   * Annotates {@code doc}, whose text is in this pack's language. The returned document is {@code
   * doc} with, at most, the metadata only this language's reader finds filled where the cleaner left
   * it empty (a Chinese dateline such as 新华社首尔12月29日电, a credit line 来源：X) and notes added to
   * its warnings (which resource named an entity); its text is never changed.
   *
   * @throws StageException when the text is too large or the underlying parser fails
   */
  AnnotatedDocument annotate(CleanDocument doc, StageContext ctx) throws StageException;
}
