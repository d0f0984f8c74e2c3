package org.sitrep.cli;

/** Exit statuses of the contract. */
public final class ExitCodes {
  /** Everything went through. */
  public static final int OK = 0;
  /** Some inputs failed; the rest were processed. */
  public static final int SOME_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
