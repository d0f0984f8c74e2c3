package org.sitrep.nlp.lite;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * TIMEX3 values of dates given in part, against the publication date, as news means them: a month
 * and day in the year that puts it nearest the publication, a bare day in the publication's month
 * (or the month before when that day is still to come), a bare weekday the nearest one not after
 * the publication. Values are those of the other packs: {@code 2024-06-19}, {@code 2024-06},
 * {@code 2024}, {@code 2024-W25}, and {@code XXXX-06-19} for a month and day with nothing to anchor
 * them. Stateless.
 */
final class Anchors {
  private Anchors() {}

  /** {@code yyyy-mm-dd}, or null when there is no such day. */
  static @Nullable String date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null; // 31 June is no date: the expression gets no value
    }
  }

  static @Nullable String month(int year, int month) {
    return month < 1 || month > 12 ? null : String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  /** A month and day: the nearest such day to the publication, or XXXX-MM-DD without one. */
  static @Nullable String monthDay(@Nullable LocalDate pub, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (pub == null) {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
    }
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      String iso = date(y, month, day);
      if (iso == null) {
        continue;
      }
      LocalDate d = LocalDate.parse(iso);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d)) < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
        best = d;
      }
    }
    return best == null ? null : best.toString();
  }

  /** A day of the month alone: in the publication's month, or the month before when still to come. */
  static @Nullable String bareDay(@Nullable LocalDate pub, int day) {
    if (pub == null || day < 1 || day > 31) {
      return null;
    }
    LocalDate month = day > pub.getDayOfMonth() ? pub.minusMonths(1) : pub;
    return date(month.getYear(), month.getMonthValue(), day);
  }

  /**
   * A weekday (1 Monday .. 7 Sunday): with {@code weeks} null the nearest one not after the
   * publication; otherwise that day of the week {@code weeks} from the publication's (-1 last week).
   */
  static @Nullable String weekday(@Nullable LocalDate pub, int dow, @Nullable Integer weeks) {
    if (pub == null || dow < 1 || dow > 7) {
      return null;
    }
    LocalDate monday = pub.minusDays(pub.getDayOfWeek().getValue() - 1L);
    LocalDate day;
    if (weeks == null) {
      day = monday.plusDays(dow - 1L);
      if (day.isAfter(pub)) {
        day = day.minusWeeks(1);
      }
    } else {
      day = monday.plusWeeks(weeks).plusDays(dow - 1L);
    }
    return day.toString();
  }

  /** The ISO week {@code weeks} from the publication's ({@code 2024-W25}). */
  static @Nullable String week(@Nullable LocalDate pub, int weeks) {
    if (pub == null) {
      return null;
    }
    LocalDate d = pub.plusWeeks(weeks);
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The month {@code months} from the publication's. */
  static @Nullable String relativeMonth(@Nullable LocalDate pub, int months) {
    if (pub == null) {
      return null;
    }
    LocalDate d = pub.plusMonths(months);
    return month(d.getYear(), d.getMonthValue());
  }

  /** The day {@code days} from the publication. */
  static @Nullable String relativeDay(@Nullable LocalDate pub, int days) {
    return pub == null ? null : pub.plusDays(days).toString();
  }
}
