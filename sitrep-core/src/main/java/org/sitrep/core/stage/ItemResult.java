package org.sitrep.core.stage;

import java.util.Objects;

/**
 * The outcome of one item in a batch.
 *
 * @param <T> the value produced on success
 */
public sealed interface ItemResult<T> permits ItemResult.Ok, ItemResult.Failed {
  /** Where the item came from (path, URL, record locator). */
  String source();

  /** Success. */
  record Ok<T>(String source, T value) implements ItemResult<T> {
    public Ok {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Failure with the stage and the reason; {@link #describe()} is the one line users see. */
  record Failed<T>(String source, String stage, Reason reason, String message)
      implements ItemResult<T> {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    /** "PATH: reason (stage)", for one line on stderr. */
    public String describe() {
      return source + ": " + message + " [" + stage + ", " + reason.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
  }
}
