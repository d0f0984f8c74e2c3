package org.sitrep.core.corpus;

/**
 * A search query or filter that cannot be understood (unbalanced quotes or brackets, a bad date,
 * a query that expands to too many terms). The message says what was expected and what was found;
 * the HTTP API answers it with 400 and the CLI with exit status 2.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
