package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model records. */
final class Checks {
  private Checks() {}

  static void span(String what, int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(what + ": span [" + start + "," + end + ") invalid");
    }
  }

  static <T> List<T> list(@Nullable List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static String required(@Nullable String value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
