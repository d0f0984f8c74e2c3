package org.sitrep.nlp.quantity;

import org.sitrep.core.model.Quantity;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Figures with unit nouns, approximation and normalised values (money, percentages). Thread-safe once built. */
public final class QuantityExtractor {
  /** Quantities in text order. */
  public List<Quantity> extract(ParsedText parsed) {
    throw new UnsupportedOperationException("QuantityExtractor: to be written (issue 3)");
  }
}
