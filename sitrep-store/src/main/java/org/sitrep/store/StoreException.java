package org.sitrep.store;

import java.io.IOException;

/**
 * The store folder cannot be used as asked: written by a newer format, an unknown older one, not a
 * store at all, or locked by another process. The message says what was expected and what was found.
 */
public final class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
