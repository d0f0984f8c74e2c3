package org.sitrep.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar point at a granularity (a year, quarter, month, ISO week or day), the unit our
 * anchoring layer computes with. {@code date} is the first day of the period.
 */
record TimePoint(LocalDate date, Granularity granularity) {
  enum Granularity { DECADE, YEAR, QUARTER, MONTH, WEEK, DAY }

  private static final Pattern VALUE = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-Q([1-4])|-W(\\d{1,2}))?(?:T.*)?");

  static TimePoint day(LocalDate d) {
    return new TimePoint(d, Granularity.DAY);
  }

  /** Reads an absolute TIMEX3 value ("2024", "2024-Q3", "2024-06", "2024-W25", "2024-06-19T10:00"), or null. */
  static @Nullable TimePoint parse(String value) {
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return day(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      if (m.group(2) != null) {
        return new TimePoint(LocalDate.of(y, Integer.parseInt(m.group(2)), 1), Granularity.MONTH);
      }
      if (m.group(4) != null) {
        return new TimePoint(LocalDate.of(y, (Integer.parseInt(m.group(4)) - 1) * 3 + 1, 1),
            Granularity.QUARTER);
      }
      if (m.group(5) != null) {
        LocalDate d = LocalDate.of(y, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(5)))
            .with(DayOfWeek.MONDAY);
        return new TimePoint(d, Granularity.WEEK);
      }
      return new TimePoint(LocalDate.of(y, 1, 1), Granularity.YEAR);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // Not a real calendar date (e.g. "2024-02-31"): not usable as an anchor.
      return null;
    }
  }

  /** Moves by {@code n} units of {@code unit}, keeping this point's granularity. */
  TimePoint plus(long n, Granularity unit) {
    LocalDate d = switch (unit) {
      case DECADE -> date.plusYears(10 * n);
      case YEAR -> date.plusYears(n);
      case QUARTER -> date.plusMonths(3 * n);
      case MONTH -> date.plusMonths(n);
      case WEEK -> date.plusWeeks(n);
      case DAY -> date.plusDays(n);
    };
    return new TimePoint(d, granularity);
  }

  /** The same instant seen at a coarser or equal granularity. */
  TimePoint at(Granularity g) {
    return new TimePoint(date, g);
  }

  String value() {
    return switch (granularity) {
      case DECADE -> Integer.toString(date.getYear() / 10);
      case YEAR -> String.format("%04d", date.getYear());
      case QUARTER -> String.format("%04d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
    };
  }
}
