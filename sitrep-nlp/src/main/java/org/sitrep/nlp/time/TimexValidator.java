package org.sitrep.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a TIMEX3 {@code value} against the forms TimeML 1.2.1 allows, so that nothing else leaves
 * the normaliser. Accepted:
 *
 * <ul>
 *   <li>calendar dates with unknown digits as {@code X}: {@code 2024}, {@code 2024-06},
 *       {@code 2024-06-19}, {@code XXXX-06-21}, {@code 2012-XX-XX}; decades {@code 199} or
 *       {@code 199X} and centuries {@code 19} or {@code 19XX};
 *   <li>weeks, weekdays and weekends: {@code 2024-W25}, {@code XXXX-WXX-7}, {@code 2024-W25-WE};
 *   <li>seasons, quarters and halves: {@code 2024-SU}, {@code XXXX-WI}, {@code 2024-Q3},
 *       {@code 2024-H1};
 *   <li>times on any of those dates: {@code 2024-06-19T23:30}, {@code 2024-06-19T15:00:05Z},
 *       {@code 2024-06-19T09:00+09:00}, {@code 2012-XX-XXT20}, parts of the day
 *       {@code 2024-06-19TMO} (MO, AF, EV, NI, DT);
 *   <li>durations {@code P3D}, {@code PT2H30M}, {@code PXY}, {@code P1.5Y}, {@code P2Q},
 *       {@code P1DE} (also TimeBank's {@code P1E}, {@code P1C}, {@code P1L});
 *   <li>{@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}.
 * </ul>
 *
 * <p>Rejected, among others: clock digits without a date ({@code 0800}, {@code T08:00}), SUTime's
 * operators ({@code PREV_IMMEDIATE}, {@code THIS P1D}), ranges ({@code 2009/2010}), an unknown year
 * alone ({@code XXXX}), years with a leading zero (clock digits), impossible dates ({@code 2024-02-30}) and empty values. Stateless and
 * thread-safe.
 */
public final class TimexValidator {
  private static final String YEAR = "(?<year>[0-9X]{4})";
  private static final String DATE_TAIL = "(?:-(?<month>0[1-9]|1[0-2]|XX)(?:-(?<day>0[1-9]|[12]\\d|3[01]|XX))?"
      + "|-W(?:0[1-9]|[1-4]\\d|5[0-3]|XX)(?:-(?:[1-7X]|WE))?"
      + "|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X])";
  private static final String CLOCK = "(?:[01]\\d|2[0-4]|XX)(?::[0-5X][0-9X](?::[0-5X][0-9X](?:\\.\\d+)?)?)?"
      + "(?:Z|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)?";
  private static final Pattern POINT = Pattern.compile(
      YEAR + DATE_TAIL + "?(?:T(?:" + CLOCK + "|MO|AF|EV|NI|DT))?");
  private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{3}X?|\\d{2}(?:XX)?");
  private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|X)";
  private static final Pattern DURATION = Pattern.compile(
      "P(?:(?:" + NUMBER + "(?:Y|M|W|D|Q|DE|CE|ML|E|C|L))+(?:T(?:" + NUMBER + "[HMS])+)?"
          + "|T(?:" + NUMBER + "[HMS])+)");

  private TimexValidator() {}

  /** True if {@code value} is a TIMEX3 value (see the class comment for the forms). */
  public static boolean isValid(@Nullable String value) {
    return problem(value) == null;
  }

  /** Why {@code value} is not a TIMEX3 value, or null if it is one. */
  public static @Nullable String problem(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return "empty value";
    }
    if (value.equals("PRESENT_REF") || value.equals("PAST_REF") || value.equals("FUTURE_REF")) {
      return null;
    }
    if (value.startsWith("P")) {
      return DURATION.matcher(value).matches() ? null
          : "'" + value + "' is neither a duration (P3D, PT2H, PXY) nor PRESENT_REF/PAST_REF/FUTURE_REF";
    }
    if (DECADE_OR_CENTURY.matcher(value).matches()) {
      return null;
    }
    Matcher m = POINT.matcher(value);
    if (!m.matches()) {
      return "'" + value + "' is not a TIMEX3 date, time, week, season, quarter or duration";
    }
    String year = m.group("year");
    if (year.charAt(0) == '0') {
      // "0800" is the clock time of "0800 GMT", not the year 800: TimeML writes early years without
      // the padding ("800" would be a decade), and news never dates anything to the first millennium.
      return "'" + value + "' has a year with a leading zero: a clock time read as a year";
    }
    if (year.equals("XXXX") && value.length() == 4) {
      return "'XXXX' says nothing: an unknown year needs a known month, week, season or time";
    }
    String month = m.group("month");
    String day = m.group("day");
    if (day != null && !year.contains("X") && !month.contains("X") && !day.contains("X")) {
      try {
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      } catch (DateTimeException e) {
        return "'" + value + "' names no calendar day (" + e.getMessage() + ")";
      }
    }
    return null;
  }
}
