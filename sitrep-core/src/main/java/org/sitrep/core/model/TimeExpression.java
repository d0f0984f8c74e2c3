package org.sitrep.core.model;

import java.util.Objects;

/** A time expression with its TIMEX3-style normalised value ("2024-06-19", "XXXX-06-21"). */
public record TimeExpression(String text, String value, int start, int end) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Checks.span("time", start, end);
  }
}
