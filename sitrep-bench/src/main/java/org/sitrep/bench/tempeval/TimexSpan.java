package org.sitrep.bench.tempeval;

import java.util.Objects;

/** One TIMEX3, gold or system: half-open span into the document's plain text, type and value. */
public record TimexSpan(int start, int end, String type, String value) {
  public TimexSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("timex span [" + start + "," + end + ") invalid");
    }
  }

  boolean overlaps(TimexSpan o) {
    return start < o.end && o.start < end;
  }
}
