package org.sitrep.nlp.claim;

import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Attributed claims with claimant and status; later denials mark earlier claims. Thread-safe once built. */
public final class ClaimExtractor {
  /** Claims in text order. */
  public List<Claim> extract(ParsedText parsed, List<Entity> entities, List<Quote> quotes) {
    throw new UnsupportedOperationException("ClaimExtractor: to be written (issue 3)");
  }
}
