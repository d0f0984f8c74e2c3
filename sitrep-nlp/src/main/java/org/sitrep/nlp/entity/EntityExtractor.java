package org.sitrep.nlp.entity;

import org.sitrep.core.model.Entity;
import java.util.List;
import org.sitrep.nlp.parse.ParsedText;

/** Entities of one article, one per real-world referent, canonical names, aliases and every mention. Thread-safe once built. */
public final class EntityExtractor {
  /** Entities found in {@code parsed}; nothing from boilerplate. */
  public List<Entity> extract(ParsedText parsed) {
    throw new UnsupportedOperationException("EntityExtractor: to be written (issue 3)");
  }
}
