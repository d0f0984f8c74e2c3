package org.sitrep.core.corpus;

/** What storing one article did. */
public enum IngestOutcome {
  /** A new article was stored. */
  ADDED,
  /** The same article (same id) was already stored; nothing changed. */
  DUPLICATE
}
