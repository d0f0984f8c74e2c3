package org.sitrep.nlp.time;

import java.util.Objects;

/**
 * A time expression with its TIMEX3 type and value, as {@link TimeNormalizer} anchored it.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2024-06-19", "P3D", "XXXX-06-21", "PRESENT_REF")
 * @param start half-open character span into the parsed text
 */
public record AnchoredTime(String text, String type, String value, int start, int end) {
  public AnchoredTime {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("time span [" + start + "," + end + ") invalid");
    }
  }
}
