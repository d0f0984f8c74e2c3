package org.sitrep.core.stage;

/** Why one item failed. */
public enum Reason {
  /** The input could not be read or fetched. */
  FETCH_FAILED,
  /** The input is not what it claims to be (binary, broken markup beyond repair, bad JSON). */
  MALFORMED,
  /** The input holds no article (empty body, a page without text). */
  NO_CONTENT,
  /** The input exceeds a bound. */
  TOO_LARGE,
  /** A stage ran out of time on this item. */
  TIMEOUT,
  /** A bug: anything unexpected. */
  INTERNAL
}
