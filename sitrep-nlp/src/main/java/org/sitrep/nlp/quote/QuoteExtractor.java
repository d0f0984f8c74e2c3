package org.sitrep.nlp.quote;

import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Quotations in every quoting style, with speaker and role resolved to the article's entities. Thread-safe once built. */
public final class QuoteExtractor {
  /** Quotes in text order. */
  public List<Quote> extract(ParsedText parsed, List<Entity> entities) {
    throw new UnsupportedOperationException("QuoteExtractor: to be written (issue 3)");
  }
}
