package org.sitrep.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A figure: "approximately 15,000 troops" is value 15000, unit "troops", approximate. */
public record Quantity(
    String text, double value, @Nullable String unit, boolean approximate, int start, int end) {
  public Quantity {
    Objects.requireNonNull(text, "text");
    Checks.span("quantity", start, end);
  }
}
