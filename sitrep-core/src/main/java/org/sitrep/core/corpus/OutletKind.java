package org.sitrep.core.corpus;

/** What kind of publisher an outlet is. */
public enum OutletKind {
  WIRE,
  STATE_AFFILIATED,
  PUBLIC_BROADCASTER,
  COMMERCIAL,
  AGGREGATOR,
  UNKNOWN
}
