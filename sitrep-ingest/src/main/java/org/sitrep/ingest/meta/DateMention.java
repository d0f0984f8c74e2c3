package org.sitrep.ingest.meta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date written in text, perhaps without its year, perhaps with a time of day.
 *
 * @param year the year, or 0 when the text gives none ("June 21")
 * @param month 1 to 12
 * @param day 1 to 31
 * @param time the time of day, when given
 * @param start where the mention starts in the text it was found in
 * @param end where it ends (exclusive)
 */
public record DateMention(int year, int month, int day, @Nullable LocalTime time, int start, int end) {
  public DateMention {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("date mention out of range: month " + month + ", day " + day);
    }
  }

  /** Whether the year is known. */
  public boolean complete() {
    return year > 0;
  }

  /**
   * This date with its year taken from {@code anchor} when it has none: the year that puts it closest
   * before or at the anchor (a "Dec 29" dateline on a January 2 page is the previous December).
   */
  public DateMention completedFrom(@Nullable LocalDate anchor) {
    if (complete() || anchor == null) {
      return this;
    }
    int y = anchor.getYear();
    LocalDate candidate = safeDate(y);
    if (candidate != null && candidate.isAfter(anchor.plusDays(7))) {
      y--;
    }
    return new DateMention(y, month, day, time, start, end);
  }

  private @Nullable LocalDate safeDate(int y) {
    try {
      return LocalDate.of(y, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** TIMEX-style value: {@code 2024-06-18T23:30}, {@code 2024-06-18} or {@code XXXX-06-18}. */
  public String value() {
    String date = (year > 0 ? String.format("%04d", year) : "XXXX") + String.format("-%02d-%02d", month, day);
    return time == null ? date : date + "T" + time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** ISO date or date-time for the contract's {@code published}, or null when the year is unknown or the day invalid. */
  public @Nullable String iso() {
    return complete() && safeDate(year) != null ? value() : null;
  }
}
