package org.sitrep.core.model;

/** What a raw page's bytes hold. */
public enum ContentType {
  /** An HTML document (markup still present). */
  HTML,
  /** A plain-text dump of a page, markup already gone. */
  TEXT
}
