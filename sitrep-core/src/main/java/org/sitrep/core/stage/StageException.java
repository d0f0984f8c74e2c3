package org.sitrep.core.stage;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One item failed in one stage; the batch goes on. */
public final class StageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Reason reason;

  public StageException(Reason reason, String message) {
    this(reason, message, null);
  }

  public StageException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
