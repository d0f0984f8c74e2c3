package org.sitrep.nlp.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a token can be part of a time expression that SUTime's English rules find: a digit, or
 * a word its rules are built on (months, weekdays and their short forms, units of time, parts of
 * the day, seasons, holidays, decades, periodic words, and the vague times "now", "once",
 * "currently", "the past", "at the time"). A sentence without such a token holds no time
 * expression, so SUTime's rules need not run over it; a word tested here is the token's own
 * word and each part of it between hyphens ("three-month", "mid-March"). Words SUTime keeps
 * alone only as nouns ("may", "march", "fall", "spring", "sat", "sun", "min") are cues only
 * when tagged as nouns, so the modal "may" is none.
 */
final class TemporalCue {
  /** Words that make a time expression or anchor one, in the forms SUTime's rules match. */
  private static final Set<String> WORDS = Set.of(
      // months and their abbreviations
      "january", "february", "april", "june", "july", "august", "september",
      "october", "november", "december", "januarys", "februarys", "aprils",
      "junes", "julys", "augusts", "septembers", "octobers", "novembers", "decembers",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      // weekdays and their abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "mon", "mons", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "fris",
      // days relative to now
      "today", "todays", "tomorrow", "tomorrows", "yesterday", "yesterdays", "tonight",
      "tonights", "tonite", "tonites",
      // units of time
      "year", "years", "yr", "yrs", "month", "months", "mo", "mos", "week", "weeks", "wk", "wks",
      "weekend", "weekends", "weekday", "weekdays", "workweek", "workday", "day", "days",
      "daylight", "daylights", "daytime", "daytimes", "hour", "hours", "hr", "hrs", "minute",
      "minutes", "second", "seconds", "sec", "secs", "millisecond",
      "milliseconds", "millisec", "millisecs", "fortnight", "fortnights", "quarter", "quarters",
      "decade", "decades", "century", "centurys", "centuries", "millennium", "millenniums",
      "millennia", "millennias", "millenium", "milleniums", "millenia", "millenias", "time",
      // parts of the day
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
      "nighttime", "nighttimes", "overnight", "overnights", "noon", "noons", "midday", "middays",
      "midnight", "midnights", "dusk", "dusks", "dawn", "dawns", "daybreak", "daybreaks",
      "sunrise", "sunrises", "sunup", "sunups", "sundown", "sundowns", "sunset", "sunsets",
      "twilight", "twilights", "teatime", "teatimes", "lunchtime", "lunchtimes", "dinnertime",
      "dinnertimes", "suppertime", "suppertimes", "o'clock", "o\u2019clock", "oclock",
      // seasons
      "summer", "summers", "winter", "winters", "autumn", "autumns",
      // decades ("the sixties") and years in words ("two thousand", "nineteen ninety")
      "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
      "eighties", "nineties", "hundred", "thousand", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty",
      // vague times and repetitions
      "now", "present", "current", "currently", "past", "once", "twice", "thrice", "medieval",
      "previously", "recently", "future", "ago", "hence", "ides", "nones",
      // holidays
      "christmas", "xmas", "x-mas", "halloween", "thanksgiving", "easter", "mayo", "valentine",
      "birthday", "eve");
  /** Cues only as nouns: SUTime drops them alone when they are not tagged as nouns. */
  private static final Set<String> NOUN_WORDS = Set.of("may", "mays", "march", "marchs", "fall",
      "falls", "spring", "springs", "sat", "sats", "sun", "suns", "min", "mins");
  /** Words of periodic sets, found at the end of a word ("biannual", "semiweekly"). */
  private static final String[] PERIODIC = {
    "yearly", "annually", "annual", "hourly", "nightly", "daily", "weekly", "monthly",
    "quarterly", "centennial"
  };

  private TemporalCue() {}

  /** Whether {@code word}, tagged {@code tag}, is, holds or ends in a cue of a time expression. */
  static boolean isCue(String word, String tag) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (WORDS.contains(w) || tag.startsWith("NN") && NOUN_WORDS.contains(w)) {
      return true;
    }
    for (String p : PERIODIC) {
      if (w.endsWith(p)) {
        return true;
      }
    }
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (WORDS.contains(part) || NOUN_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
