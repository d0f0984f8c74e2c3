package org.sitrep.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.TimexMention;
import org.sitrep.nlp.parse.Token;
import org.sitrep.nlp.time.TimePoint.Granularity;

/**
 * Time expressions with TIMEX3 values anchored to the article date and to dates mentioned just
 * before. Starts from SUTime's mentions, drops what TimeML does not count as a time expression
 * (ages, "once"), adds what SUTime misses (fiscal quarters, "year-earlier"), trims modifiers off the
 * extent and recomputes the values SUTime anchors naively: weekdays and bare months by the tense
 * of their clause (prospective "is due to", "is set to" and a scheduled present, "flies to Hanoi on
 * Thursday", point ahead; a future weekday equal to the article's is that day), "last June", and
 * anaphoric expressions ("the next day", "two months later", "a year earlier") from the last date the
 * text mentioned. Weekends follow their words and the clause's tense; comparisons ("a month earlier
 * than usual") and shifts from a coarser anchor are durations; GMT/UTC clock times end in {@code Z}.
 * Every value it returns passes {@link TimexValidator}: a value it cannot make valid drops the
 * mention. One pass over the mentions; thread-safe.
 */
public final class TimeNormalizer {
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final String ABBREVIATED_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String UNITS = "days?|weeks?|months?|quarters?|years?|decades?";
  private static final String NUMBER = "a|an|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|fifteen|twenty|thirty|\\d{1,3}|several|a few|few|some";

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:(last|next|this|coming|past|the previous|the following|the next|the preceding) )?(?:on )?("
          + WEEKDAYS + ")(?: (morning|afternoon|evening|night))?");
  private static final Pattern WEEKEND = Pattern.compile(
      "(?:over )?(the |this |(?:this |the )?(?:last|next|coming|past|previous|following) )?weekend");
  private static final Pattern MONTH = Pattern.compile(
      "(?:(last|next|this|early|late|mid|in|the end of|the beginning of|the start of|the middle of)[ -])?("
          + MONTHS + ")\\.?(?: this year)?");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?:(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTHS + ")\\.?)");
  private static final Pattern SHIFT = Pattern.compile(
      "(?:just |only |nearly |about |almost |some |more than )?(" + NUMBER + ")[ -](" + UNITS
          + ")(?: and a half)? (ago|earlier|later|before|after|from now|hence|since)");
  private static final Pattern NEIGHBOUR = Pattern.compile(
      "(?:the|that) (?:(next|following|previous|preceding|prior|same|day|week|month|year) )?"
          + "(day|week|month|year|morning|afternoon|evening|night|weekend)(?: (before|after|earlier|later))?");
  private static final Pattern DEICTIC = Pattern.compile(
      "(last|next|this|the current|the coming|the previous|the past|the last|the latest|the most recent) (year|month|week|quarter)");
  private static final Pattern QUARTER = Pattern.compile(
      "(?:the |its |their |that |this )?(?:(\\d{4}) )?(?:fiscal |calendar )?"
          + "(first|second|third|fourth|1st|2nd|3rd|4th)(?:[ -]fiscal)?[ -]quarters?(?: of (\\d{4}))?(?: results)?");
  private static final Pattern SAME_QUARTER = Pattern.compile(
      "(?:the |its |that )?(?:latest |current |same |recent |most recent )?(quarter|period)");
  private static final Pattern YEAR_AGO = Pattern.compile(
      "(?:the |a )?(?:year[ -]earlier|year[ -]ago|previous[ -]year|prior[ -]year)(?:[ -](?:first|second|third|fourth))?"
          + "(?:[ -](quarter|period))?");
  private static final Pattern OWN_CANDIDATES = Pattern.compile(
      "(?i)\\b(?:(?:the|its|their|that) )?(?:(?:19|20)\\d\\d )?(?:fiscal |calendar )?"
          + "(?:first|second|third|fourth)(?:[ -]fiscal)?[ -]quarters?\\b"
          + "|\\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period))?\\b"
          + "|\\bthe (?:latest |current )?quarter\\b"
          + "|\\b(?:this|last|next) fiscal year\\b"
          + "|\\b(?:the latest|the current|this|that) (?:quarter|period)\\b"
          + "|\\b(?:mid|early|late)-(?:" + MONTHS.replace("|may|", "|") + "|(?:19|20)\\d\\d)\\b");
  /** Weekdays SUTime sometimes leaves out ("a Sunday night memorial"); not names ("Sunday Times"). */
  private static final Pattern OWN_WEEKDAY = Pattern.compile(
      "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
          + "(?: (?:morning|afternoon|evening|night))?\\b(?! [A-Z])");
  /** Comparisons ("a year earlier", "year-ago") refer back without moving the narrative's time. */
  private static final Pattern COMPARISON = Pattern.compile("year[ -](?:earlier|ago|before)|years? ago|^now$");
  /** "the first nine months of 1997": a stretch of time, a duration. */
  private static final Pattern SPAN_OF = Pattern.compile(
      "(?:the )?(?:first|last|past|final) (" + NUMBER + ") (days|weeks|months|quarters|years)(?: of .*)?");
  private static final Pattern PERIOD = Pattern.compile("(?:the |its |their )?(?:fiscal |financial )?year");
  private static final Pattern PERIOD_END = Pattern.compile("\\s+(?:that |which )?(?:ended|ending|ends|to end)\\b");
  private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:(?:last|next|this|on) )?(?:" + WEEKDAYS + ")");
  private static final Pattern STARTS_WITH_MONTH = Pattern.compile("(?:" + MONTHS + ")\\b.*");
  private static final Pattern ENDS_WITH_MONTH = Pattern.compile(".*\\b(?:" + MONTHS + ")");
  private static final Pattern FIRST_NAME = Pattern.compile("(?i:" + ABBREVIATED_MONTHS + ") [A-Z][a-z]+");
  private static final Pattern ENDS_WITH_CALENDAR_WORD = Pattern.compile(".* (?:" + MONTHS + "|" + WEEKDAYS + ")");
  private static final Pattern RELATIVE_SPAN = Pattern.compile(
      "(?:the )?(?:past|last|next|coming|previous|first|final) (?:(" + NUMBER + ") )?(" + UNITS + ")");
  private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(?:" + WEEKDAYS + "),? ");
  private static final Pattern DURATION_PART = Pattern.compile("P[0-9X]+[YMWDH]");
  /** "2009-2010", "1957-58": a range whose ends TimeML annotates as two years. */
  private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:1[5-9]|20)\\d\\d)[-\u2013](\\d\\d|(?:1[5-9]|20)\\d\\d)\\b");
  /** "four hours Friday": a duration SUTime joined to the day it happened on. */
  private static final Pattern DURATION_THEN_DAY = Pattern.compile(
      "(.*\\b(?:" + UNITS + "|hours?|minutes?|seconds?)) ((?:on )?(?:" + WEEKDAYS + ")(?: (?:morning|afternoon|evening|night))?)");
  /** A bare amount of time: "three days", "a month", "48 hours", "a few weeks". */
  private static final Pattern AMOUNT = Pattern.compile(
      "(" + NUMBER + ")[ -](" + UNITS + "|hours?|minutes?|seconds?)(?: and a half)?");
  /** Clock digits SUTime reads as a year ("0800 GMT", "1430 local time"). */
  private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern ZONE_AFTER = Pattern.compile(
      "^\\s*(?:\\(?(GMT|UTC|Z)\\)?|(hours|hrs|h|local time|[A-Z]{2,4}T))\\b");
  /** "3:07:35": with seconds and no clock word, a finishing time, not a time of day. */
  private static final Pattern ELAPSED = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?");
  private static final Pattern CLOCK_WORD_AFTER = Pattern.compile("^\\s*(?:a\\.?m\\.?|p\\.?m\\.?|GMT|UTC|[A-Z]{2,4}T)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "ages 6 months and older", "aged 9 months": an age, not a time. */
  private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:ages?|aged)\\s+$");
  private static final Pattern AGE_AFTER = Pattern.compile("^[- ]old\\b");
  /** "between 12 and 18 months": the first number shares the unit of the second. */
  private static final Pattern NUMBER_PAIR = Pattern.compile(
      "\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:and|to|or) (?:\\d{1,3}|"
          + "three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[ -](" + UNITS + ")\\b");
  private static final Pattern NAMED_AFTER_WEEKDAY = Pattern.compile(
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?!(?:Morning|Afternoon|Evening|Night)\\b)[A-Z][a-z]+");
  private static final Pattern BARE_UNIT = Pattern.compile("(?:days|weeks|months|years|hours|minutes|decades)");
  private static final Pattern AMOUNT_BEFORE = Pattern.compile(
      "\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
          + "(?: ?(1/2|\u00bd))?(?: more| additional| extra)? $", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPS_WORD = Pattern.compile("\\b[A-Z]{2,}\\b");
  private static final Set<String> ZONES = Set.of("AM", "PM", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST",
      "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "HKT", "SGT", "MSK",
      "AEST", "AEDT", "ET", "PT", "CT", "MT");
  private static final Pattern FROM_NOW = Pattern.compile("(?i)(.*\\S)\\s+from\\s+(now)");
  private static final Pattern PART_OF_YEAR = Pattern.compile("(?:mid|early|late)-((?:19|20)\\d\\d)");
  private static final Pattern FISCAL_YEAR = Pattern.compile("(this|last|next|the current|the previous) fiscal year");
  private static final Pattern YEAR_END = Pattern.compile(
      "(?:the )?(?:end|close|beginning|start|middle) of (?:the )?year");
  /** A word after "the day before": a clause or an event, not the end of the expression. */
  private static final Pattern CLAUSE_AFTER = Pattern.compile(" (?!and\\b|or\\b|but\\b)[\\p{L}\\d]");
  private static final int TENSE_SLACK_DAYS = 31;
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Pattern TIME_ZONE = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)[-+]\\d{4}$");
  private static final Pattern RELATIVE_DECADE =
      Pattern.compile("(?:the )?(?:past|next|coming|following|previous) decade");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern AGE = Pattern.compile(".*\\d+[- ]years?[- ]old.*|.*-year-old.*");
  /** Words SUTime tags that TimeML does not annotate, measured on TBAQ (all but never gold there). */
  private static final Set<String> NOT_TIMEX = Set.of(
      "once", "previously", "quarterly", "annual", "future", "present", "the", "a", "an", "to", "of", "sec",
      "night", "morning", "afternoon", "evening", "year", "every", "each");
  /** Modifiers TimeML keeps out of the extent ("about three days", "earlier this month"). */
  private static final Set<String> LEADING_MODIFIERS = Set.of(
      "earlier", "later", "about", "nearly", "almost", "around", "roughly", "approximately", "right",
      "just", "only", "over", "within", "until", "since");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30));

  /** Time expressions in text order; {@code articleDate} is the article's ISO date or null. */
  public List<TimeExpression> normalize(ParsedText parsed, @Nullable String articleDate) {
    List<TimeExpression> out = new ArrayList<>();
    for (AnchoredTime t : anchor(parsed, articleDate)) {
      out.add(new TimeExpression(t.text(), t.value(), t.start(), t.end()));
    }
    return out;
  }

  /** Like {@link #normalize} but keeps the TIMEX3 type. */
  public List<AnchoredTime> anchor(ParsedText parsed, @Nullable String articleDate) {
    LocalDate dct = date(articleDate);
    String text = parsed.text();
    List<TimexMention> candidates = candidates(parsed);
    List<AnchoredTime> out = new ArrayList<>(candidates.size());
    @Nullable TimePoint anchor = null;
    int sentence = 0;
    List<Sentence> sentences = parsed.sentences();
    for (TimexMention m : candidates) {
      while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= m.begin()) {
        sentence++;
      }
      Tense tense = Tense.PRESENT;
      if (!sentences.isEmpty()) {
        Sentence s = sentences.get(sentence);
        int first = -1;
        int last = -1;
        for (Token t : s.tokens()) {
          if (t.end() > m.begin() && t.begin() < m.end()) {
            last = t.index();
            if (first < 0) {
              first = t.index();
            }
          }
        }
        if (first >= 0 && namedByNer(s.tokens(), first, last)) {
          // "Sandra Day O'Connor", "60 Minutes": a name the tagger recognised, not a time.
          continue;
        }
        if (first >= 0) {
          tense = Tense.around(s.tokens(), first, last);
          // "Putin flies to Hanoi on Thursday" is scheduled; "follows Tuesday's declaration" is not
          boolean possessive = text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end());
          if (tense == Tense.PRESENT && !possessive && BARE_WEEKDAY.matcher(key(m.text())).matches()
              && Tense.scheduledPresent(s.tokens(), first, last)) {
            tense = Tense.FUTURE;
          }
        }
      }
      String key = key(m.text());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
      String before = text.substring(Math.max(0, m.begin() - 4), m.begin());
      @Nullable Resolved r = clock(m, key, before, after, dct);
      if (r == null) {
        r = reportingPeriod(key, text, m.end());
      }
      if (r == null) {
        r = resolve(m.text(), key, after, dct, anchor, tense);
      }
      if (r == null && m.value().isEmpty()) {
        r = amount(key);
      }
      if (r != null && r.dropped()) {
        continue;
      }
      String value = r != null ? r.value : clean(m.value(), key, dct);
      String type = r != null ? r.type : type(m.type(), value);
      int end = r != null && r.length > 0 ? m.begin() + r.length : m.end();
      @Nullable Resolved valid = valid(type, value);
      if (valid == null) {
        // Nothing TimeML can say about it: better no value than one outside TIMEX3.
        continue;
      }
      AnchoredTime time = new AnchoredTime(text.substring(m.begin(), end), valid.type, valid.value, m.begin(), end);
      AnchoredTime joined = out.isEmpty() ? null : clockOnDay(text, out.get(out.size() - 1), time, dct);
      if (joined != null) {
        out.set(out.size() - 1, joined);
      } else {
        out.add(time);
      }
      TimePoint p = valid.type.equals("DURATION") || valid.type.equals("SET") ? null : TimePoint.parse(valid.value);
      if (p != null && !COMPARISON.matcher(key).find()) {
        anchor = p;
      }
    }
    return out;
  }

  /**
   * "0800 GMT on Thursday": a clock time we dated by the article and the day right after it are one
   * TIMEX3, the time on that day. Null unless {@code clock} is such a time and {@code day} a day.
   */
  private static @Nullable AnchoredTime clockOnDay(
      String text, AnchoredTime clock, AnchoredTime day, @Nullable LocalDate dct) {
    if (!clock.type().equals("TIME") || !day.type().equals("DATE") || dct == null
        || !clock.value().startsWith(dct + "T") || !day.value().matches("\\d{4}-\\d{2}-\\d{2}")
        || !text.substring(clock.end(), day.start()).matches("\\s*(?:on\\s+)?")) {
      return null;
    }
    String value = day.value() + clock.value().substring(dct.toString().length());
    return new AnchoredTime(text.substring(clock.start(), day.end()), "TIME", value, clock.start(), day.end());
  }

  /**
   * A value as TIMEX3 allows it: unchanged if valid, a clock time or part of the day without its
   * date given an unknown one ({@code T20:00} becomes {@code XXXX-XX-XXT20:00}, a SET's {@code TMO}
   * {@code XXXX-XX-XXTMO}), otherwise null.
   */
  private static @Nullable Resolved valid(String type, String value) {
    if (TimexValidator.isValid(value)) {
      return new Resolved(type, value);
    }
    if (value.startsWith("T") && TimexValidator.isValid("XXXX-XX-XX" + value)) {
      return new Resolved(type.equals("SET") ? "SET" : "TIME", "XXXX-XX-XX" + value);
    }
    return null;
  }

  /**
   * Clock readings SUTime gets wrong: "0800 GMT" (a year to SUTime) and "3:07:35" (a finishing time,
   * not a time of day).
   */
  private static @Nullable Resolved clock(
      TimexMention m, String key, String before, String after, @Nullable LocalDate dct) {
    Matcher e = ELAPSED.matcher(key);
    if (e.matches() && !CLOCK_WORD_AFTER.matcher(after).find()) {
      StringBuilder v = new StringBuilder("PT");
      int h = Integer.parseInt(e.group(1));
      int min = Integer.parseInt(e.group(2));
      if (h > 0) {
        v.append(h).append('H');
      }
      if (min > 0) {
        v.append(min).append('M');
      }
      v.append(Integer.parseInt(e.group(3))).append(e.group(4) == null ? "" : "." + e.group(4)).append('S');
      return new Resolved("DURATION", v.toString());
    }
    Matcher mil = MILITARY.matcher(key);
    if (!mil.matches() || !m.value().equals(key)) {
      return null;
    }
    Matcher zone = ZONE_AFTER.matcher(after);
    boolean zoned = zone.find();
    if (!zoned && key.charAt(0) != '0' && !before.toLowerCase(Locale.ROOT).endsWith("at ")) {
      return null;
    }
    String day = dct == null ? "XXXX-XX-XX" : dct.toString();
    boolean utc = zoned && zone.group(1) != null;
    String value = day + "T" + mil.group(1) + ":" + mil.group(2) + (utc ? "Z" : "");
    return new Resolved("TIME", value, zoned ? m.text().length() + zone.end() : -1);
  }

  /** "three days", "48 hours", "a few weeks": a duration, when SUTime gave no value for it. */
  private static @Nullable Resolved amount(String key) {
    Matcher a = AMOUNT.matcher(key);
    if (!a.matches()) {
      return null;
    }
    return new Resolved("DURATION", durationValue(count(a.group(1)), a.group(2)));
  }

  private static @Nullable Integer count(String word) {
    Integer n = NUMBERS.get(word);
    if (n == null && !word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
      n = Integer.parseInt(word);
    }
    return n;
  }

  /** P3D, PT48H, PXW: {@code n} (null when vague) of the unit a word names. */
  private static String durationValue(@Nullable Integer n, String unitWord) {
    String amount = n == null ? "X" : n.toString();
    String unit = unitWord.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    return switch (unit) {
      case "hour" -> "PT" + amount + "H";
      case "minute" -> "PT" + amount + "M";
      case "second" -> "PT" + amount + "S";
      default -> "P" + amount + unitLetter(unit);
    };
  }

  /** True if the tagger put a token of the mention in a person's or organisation's name. */
  private static boolean namedByNer(List<Token> tokens, int first, int last) {
    for (int i = first; i <= last && i < tokens.size(); i++) {
      String ner = tokens.get(i).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Our value for a mention. {@code length} (if positive) shortens the extent to that many chars
   * ("a month" of "a month earlier than usual"); type {@code DROP} means no time expression.
   */
  private record Resolved(String type, String value, int length) {
    Resolved(String type, String value) {
      this(type, value, -1);
    }

    static Resolved drop() {
      return new Resolved("DROP", "", -1);
    }

    boolean dropped() {
      return type.equals("DROP");
    }
  }

  /** "the year ended March 31", "the fiscal year ending in June": a reporting period, a duration. */
  private static @Nullable Resolved reportingPeriod(String key, String text, int end) {
    Matcher span = SPAN_OF.matcher(key);
    if (span.matches()) {
      Integer n = NUMBERS.get(span.group(1));
      if (n == null && span.group(1).chars().allMatch(Character::isDigit)) {
        n = Integer.parseInt(span.group(1));
      }
      return new Resolved("DURATION", "P" + (n == null ? "X" : n.toString()) + unitLetter(span.group(2)));
    }
    if (!PERIOD.matcher(key).matches()) {
      return null;
    }
    int to = Math.min(text.length(), end + 24);
    return PERIOD_END.matcher(text.substring(end, to)).lookingAt() ? new Resolved("DURATION", "P1Y") : null;
  }

  // ---------------------------------------------------------------- candidates

  /** SUTime's mentions, filtered and trimmed, plus our own patterns, in text order without overlaps. */
  private static List<TimexMention> candidates(ParsedText parsed) {
    String text = parsed.text();
    List<TimexMention> out = new ArrayList<>();
    for (TimexMention m : merge(text, parsed.timexes())) {
      for (TimexMention part : split(text, m)) {
        TimexMention t = trim(text, part);
        if (t != null && keep(text, t)) {
          out.add(widenAmount(text, t));
        }
      }
    }
    List<TimexMention> extra = new ArrayList<>();
    Matcher own = OWN_CANDIDATES.matcher(text);
    while (own.find()) {
      addIfFree(out, extra, new TimexMention(own.group(), own.start(), own.end(), "DATE", ""));
    }
    Matcher weekday = OWN_WEEKDAY.matcher(text);
    while (weekday.find()) {
      String type = weekday.group().contains(" ") ? "TIME" : "DATE";
      addIfFree(out, extra, new TimexMention(weekday.group(), weekday.start(), weekday.end(), type, ""));
    }
    Matcher range = YEAR_RANGE.matcher(text);
    while (range.find()) {
      // SUTime reads "1957-58" as nothing; its ends are the years 1957 and 1958.
      if (range.group(2).length() == 2 && Integer.parseInt(range.group(2)) > Integer.parseInt(range.group(1)) % 100) {
        addIfFree(out, extra, new TimexMention(range.group(1), range.start(1), range.end(1), "DATE", range.group(1)));
        addIfFree(out, extra, new TimexMention(range.group(2), range.start(2), range.end(2), "DATE",
            range.group(1).substring(0, 2) + range.group(2)));
      }
    }
    Matcher pair = NUMBER_PAIR.matcher(text);
    while (pair.find()) {
      String n = pair.group(1).toLowerCase(Locale.ROOT);
      Integer k = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(n)) : NUMBERS.get(n);
      if (k != null) {
        addIfFree(out, extra, new TimexMention(pair.group(1), pair.start(1), pair.end(1), "DURATION",
            durationValue(k, pair.group(2))));
      }
    }
    if (!extra.isEmpty()) {
      out.addAll(extra);
      out.sort(Comparator.comparingInt(TimexMention::begin));
    }
    return out;
  }

  /**
   * "20 more years", "2 1/2 years", "two more weeks": SUTime keeps only the unit ("years", PXY);
   * the amount before it belongs to the duration.
   */
  private static TimexMention widenAmount(String text, TimexMention m) {
    String unit = key(m.text());
    if (!BARE_UNIT.matcher(unit).matches()) {
      return m;
    }
    Matcher a = AMOUNT_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 24), m.begin()));
    if (!a.find()) {
      return m;
    }
    Integer n = count(a.group(1).toLowerCase(Locale.ROOT));
    if (n == null) {
      return m;
    }
    String value = durationValue(n, unit);
    if (a.group(2) != null) {
      value = switch (unit.replaceAll("s$", "")) {
        case "year" -> "P" + n + "Y6M";
        case "month" -> "P" + n + "M15D";
        case "day" -> "P" + n + "DT12H";
        case "hour" -> "PT" + n + "H30M";
        case "minute" -> "PT" + n + "M30S";
        default -> value.replace(n + unitLetter(unit), n + ".5" + unitLetter(unit));
      };
    }
    int b = m.begin() - (a.end() - a.start());
    return new TimexMention(text.substring(b, m.end()), b, m.end(), "DURATION", value);
  }

  private static void addIfFree(List<TimexMention> found, List<TimexMention> extra, TimexMention m) {
    for (List<TimexMention> list : List.of(found, extra)) {
      for (TimexMention o : list) {
        if (o.begin() < m.end() && m.begin() < o.end()) {
          return;
        }
      }
    }
    extra.add(m);
  }

  /**
   * Joins neighbours SUTime gave apart that TimeML annotates as one: "Wednesday" + "night",
   * "every" + "Sunday", and a clock time + the day it falls on ("15:00 GMT on" + "Saturday", which
   * SUTime values alike).
   */
  private static List<TimexMention> merge(String text, List<TimexMention> mentions) {
    List<TimexMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      TimexMention m = mentions.get(i);
      if (i + 1 < mentions.size()) {
        TimexMention next = mentions.get(i + 1);
        String part = key(next.text());
        String gap = next.begin() >= m.end() ? text.substring(m.end(), next.begin()) : "";
        boolean adjacent = gap.equals(" ");
        if (adjacent && DAY_PARTS.contains(part) && BARE_WEEKDAY.matcher(key(m.text())).matches()) {
          out.add(new TimexMention(text.substring(m.begin(), next.end()), m.begin(), next.end(), "TIME", ""));
          i++;
          continue;
        }
        String k = key(m.text());
        if (adjacent && (k.equals("every") || k.equals("each"))) {
          out.add(new TimexMention(text.substring(m.begin(), next.end()), m.begin(), next.end(), "SET",
              next.value()));
          i++;
          continue;
        }
        if (m.type().equals("TIME") && m.value().equals(next.value()) && m.value().contains("T")
            && gap.matches("\\s*(?:on\\s+)?") && next.end() - m.begin() < 40) {
          out.add(new TimexMention(text.substring(m.begin(), next.end()), m.begin(), next.end(), "TIME",
              m.value()));
          i++;
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * SUTime joins neighbours such as "Wednesday, last year" or "next week, three days later"; TimeML
   * annotates them apart. A mention is split at ", " unless the right side is a year or day of the
   * month ("June 21, 2024", "Wednesday, June 19"). Year ranges ("2009-2010") and a duration joined
   * to its day ("four hours Friday") are split too.
   */
  private static List<TimexMention> split(String text, TimexMention m) {
    int b = m.begin();
    Matcher range = YEAR_RANGE.matcher(m.text());
    if (range.matches() && range.group(2).length() == 4
        && Integer.parseInt(range.group(2)) > Integer.parseInt(range.group(1))) {
      return List.of(new TimexMention(range.group(1), b, b + range.end(1), "DATE", range.group(1)),
          new TimexMention(range.group(2), b + range.start(2), m.end(), "DATE", range.group(2)));
    }
    Matcher fromNow = FROM_NOW.matcher(m.text());
    if (fromNow.matches()) {
      // TimeML: "eight years" (a duration) from "now" (the present), with "from" as the signal between.
      return List.of(new TimexMention(fromNow.group(1), b, b + fromNow.end(1), "DURATION", ""),
          new TimexMention(fromNow.group(2), b + fromNow.start(2), m.end(), "DATE", "PRESENT_REF"));
    }
    Matcher joined = DURATION_THEN_DAY.matcher(m.text().toLowerCase(Locale.ROOT));
    if (joined.matches()) {
      return List.of(new TimexMention(m.text().substring(0, joined.end(1)), b, b + joined.end(1), "DURATION", ""),
          new TimexMention(m.text().substring(joined.start(2)), b + joined.start(2), m.end(), "DATE", ""));
    }
    int comma = m.text().indexOf(", ");
    if (comma < 0) {
      return List.of(m);
    }
    String right = m.text().substring(comma + 2);
    String left = m.text().substring(0, comma);
    String rl = key(right);
    boolean shift = SHIFT.matcher(rl).matches();
    if (right.isEmpty() || Character.isDigit(right.charAt(0)) || STARTS_WITH_MONTH.matcher(rl).matches()
        || !shift && ENDS_WITH_MONTH.matcher(left.toLowerCase(Locale.ROOT)).matches()) {
      return List.of(m);
    }
    return List.of(
        new TimexMention(left, b, b + comma, m.type(), shift ? "" : m.value()),
        new TimexMention(right, b + comma + 2, m.end(), m.type(), ""));
  }

  private static @Nullable TimexMention trim(String text, TimexMention m) {
    int b = m.begin();
    int e = m.end();
    while (true) {
      while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',' || text.charAt(b) == ';')) {
        b++;
      }
      int sp = b;
      while (sp < e && Character.isLetter(text.charAt(sp))) {
        sp++;
      }
      String word = text.substring(b, sp).toLowerCase(Locale.ROOT);
      if (sp < e && text.charAt(sp) == ' ' && LEADING_MODIFIERS.contains(word)) {
        b = sp + 1;
      } else if (sp + 6 < e && word.equals("at") && text.startsWith(" least ", sp)) {
        b = sp + 7;
      } else if (sp + 5 < e && (word.equals("more") || word.equals("less")) && text.startsWith(" than ", sp)) {
        b = sp + 6;
      } else {
        break;
      }
    }
    while (true) {
      while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
      if (e - b > 3 && (text.startsWith(" on", e - 3) || text.startsWith(" at", e - 3))) {
        // "15:00 GMT on": the preposition before the next expression is not part of this one.
        e -= 3;
        continue;
      }
      break;
    }
    if (e - b > 3 && text.startsWith(" of", e - 3)) {
      e -= 3;
    }
    if (b >= e) {
      return null;
    }
    return b == m.begin() && e == m.end() ? m
        : new TimexMention(text.substring(b, e), b, e, m.type(), m.value());
  }

  private static boolean keep(String text, TimexMention m) {
    String key = key(m.text());
    if (NOT_TIMEX.contains(key) || AGE.matcher(key).matches()) {
      return false;
    }
    if (AGE_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 8), m.begin())).find()
        || AGE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 5))).find()) {
      // "children ages 6 months and older", "a 9 months old baby": an age, not a time.
      return false;
    }
    String t = m.text();
    if (FIRST_NAME.matcher(t).matches() && !ENDS_WITH_CALENDAR_WORD.matcher(key).matches()) {
      return false;
    }
    if (key.matches(ABBREVIATED_MONTHS) && m.end() + 2 < text.length() && text.charAt(m.end()) == ' '
        && Character.isUpperCase(text.charAt(m.end() + 1)) && Character.isLowerCase(text.charAt(m.end() + 2))) {
      // "Jan Kavan": an abbreviation without its full stop before a capitalised word is a first name.
      return false;
    }
    if (NAMED_AFTER_WEEKDAY.matcher(t).matches()) {
      // "Sunday Times", "Monday Club": a name, not a day.
      return false;
    }
    if (t.equals("Day")) {
      // Capitalised "Day" is part of a name ("Election Day" is caught whole; "Day" alone is not).
      return false;
    }
    // Upper-case abbreviations ("SEC", "the SEC") that are not month, day or zone names are
    // organisations, not times.
    Matcher caps = CAPS_WORD.matcher(t);
    while (caps.find()) {
      String w = caps.group().toLowerCase(Locale.ROOT);
      if (!w.matches(MONTHS + "|" + WEEKDAYS) && !ZONES.contains(caps.group())) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case text with single spaces, the form the resolution patterns match. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }

  // ---------------------------------------------------------------- resolution

  private static @Nullable Resolved resolve(String original, String key, String after,
      @Nullable LocalDate dct, @Nullable TimePoint anchor, Tense tense) {
    Matcher m;
    if (key.equals("recent")) {
      return new Resolved("DATE", "PAST_REF");
    }
    if ((m = WEEKEND.matcher(key)).matches() && dct != null) {
      return weekend(m.group(1) == null ? "" : m.group(1).strip(), dct, tense);
    }
    if ((m = FISCAL_YEAR.matcher(key)).matches() && dct != null) {
      int shift = switch (m.group(1)) {
        case "last", "the previous" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      return new Resolved("DATE", String.format("%04d", dct.getYear() + shift));
    }
    if ((m = PART_OF_YEAR.matcher(key)).matches()) {
      return new Resolved("DATE", m.group(1));
    }
    if (YEAR_END.matcher(key).matches() && dct != null) {
      // "peaked by the end of year" in a March article is last year's end; "by the end of the year", this one's.
      int month = key.contains("end") || key.contains("close") ? 12 : key.contains("middle") ? 6 : 1;
      return new Resolved("DATE", month(null, month, dct, tense).value.substring(0, 4));
    }
    if ((m = WEEKDAY.matcher(key)).matches()) {
      return weekday(m, dct, anchor, tense);
    }
    if ((m = MONTH.matcher(key)).matches()) {
      return dct == null ? null : month(m.group(1), monthNumber(m.group(2)), dct, tense);
    }
    if ((m = MONTH_DAY.matcher(LEADING_WEEKDAY.matcher(key).replaceFirst(""))).matches()) {
      int month = monthNumber(m.group(1) != null ? m.group(1) : m.group(4));
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      return dct == null ? null : monthDay(month, day, dct, tense);
    }
    if ((m = SHIFT.matcher(key)).matches()) {
      if (after.startsWith(" than")) {
        // "a month earlier than usual" compares; it moves nothing. TimeML: the amount, a duration.
        return new Resolved("DURATION", durationValue(count(m.group(1)), m.group(2)), amountLength(original));
      }
      return shift(original, m, dct, anchor);
    }
    if ((m = DEICTIC.matcher(key)).matches()) {
      return dct == null ? null : deictic(m.group(1), m.group(2), dct, anchor, tense);
    }
    if ((m = NEIGHBOUR.matcher(key)).matches()) {
      if (m.group(3) != null && CLAUSE_AFTER.matcher(after).lookingAt()) {
        // "the day before Roth was pulled over": before an event we cannot date.
        return Resolved.drop();
      }
      return neighbour(m, dct, anchor);
    }
    if ((m = QUARTER.matcher(key)).matches()) {
      return quarter(m, dct, anchor, tense);
    }
    if ((m = YEAR_AGO.matcher(key)).matches()) {
      TimePoint base = anchor != null && anchor.granularity() == Granularity.QUARTER ? anchor
          : dct == null ? null : TimePoint.day(dct);
      if (base == null) {
        return null;
      }
      TimePoint shifted = base.plus(-1, Granularity.YEAR);
      return date(base.granularity() == Granularity.QUARTER ? shifted : shifted.at(Granularity.YEAR));
    }
    if ((m = SAME_QUARTER.matcher(key)).matches()) {
      if (anchor != null && anchor.granularity() == Granularity.QUARTER) {
        return date(anchor);
      }
      return dct == null ? null : date(quarterOf(dct).plus(-1, Granularity.QUARTER));
    }
    return null;
  }

  /**
   * A weekend as an ISO week's {@code -WE}. Explicit words decide ("last", "this past": the one
   * before the article; "this coming": the next to begin; "next": next week's); otherwise ("this
   * weekend", "the weekend") the article's own weekend when written on one, the one just gone in a
   * past-tense clause, and the coming one in any other.
   */
  private static Resolved weekend(String modifier, LocalDate dct, Tense tense) {
    LocalDate saturday = dct.with(DayOfWeek.SATURDAY);
    boolean onWeekend = dct.getDayOfWeek() == DayOfWeek.SATURDAY || dct.getDayOfWeek() == DayOfWeek.SUNDAY;
    LocalDate chosen = switch (modifier) {
      case "last", "the last", "the previous" -> saturday.minusWeeks(1);
      case "past", "this past", "the past" -> dct.getDayOfWeek() == DayOfWeek.SUNDAY ? saturday : saturday.minusWeeks(1);
      case "coming", "this coming", "the coming" -> onWeekend ? saturday.plusWeeks(1) : saturday;
      case "next", "the next", "the following" -> saturday.plusWeeks(1);
      default -> tense == Tense.FUTURE && dct.getDayOfWeek() == DayOfWeek.SUNDAY ? saturday.plusWeeks(1)
          : onWeekend ? saturday : tense == Tense.PAST ? saturday.minusWeeks(1) : saturday;
    };
    return new Resolved("DATE", new TimePoint(chosen, Granularity.WEEK).value() + "-WE");
  }

  private static @Nullable Resolved weekday(
      Matcher m, @Nullable LocalDate dct, @Nullable TimePoint anchor, Tense tense) {
    String modifier = m.group(1);
    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    boolean anaphoric = modifier != null && modifier.startsWith("the ");
    LocalDate base = anaphoric && anchor != null && anchor.granularity() == Granularity.DAY
        ? anchor.date() : dct;
    if (base == null) {
      return null;
    }
    LocalDate d;
    if (modifier == null || modifier.equals("this")) {
      d = tense == Tense.FUTURE
          ? base.with(TemporalAdjusters.nextOrSame(dow))
          : base.with(TemporalAdjusters.previousOrSame(dow));
    } else if (modifier.equals("last") || modifier.equals("past") || modifier.equals("the previous")
        || modifier.equals("the preceding")) {
      d = base.with(TemporalAdjusters.previous(dow));
    } else {
      d = base.with(TemporalAdjusters.next(dow));
    }
    String part = m.group(3);
    if (part == null) {
      return new Resolved("DATE", d.toString());
    }
    String suffix = switch (part) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
    return new Resolved("TIME", d + suffix);
  }

  private static Resolved month(@Nullable String modifier, int month, LocalDate dct, Tense tense) {
    int year = dct.getYear();
    int now = dct.getMonthValue();
    if ("last".equals(modifier)) {
      year = month < now ? year : year - 1;
    } else if ("next".equals(modifier)) {
      year = month > now ? year : year + 1;
    } else if (!"this".equals(modifier)) {
      if (tense == Tense.PAST && month > now) {
        year--;
      } else if (tense == Tense.FUTURE && month < now) {
        year++;
      } else if (tense == Tense.PRESENT && month - now > 6) {
        year--;
      } else if (tense == Tense.PRESENT && now - month > 6) {
        year++;
      }
    }
    return new Resolved("DATE", String.format("%04d-%02d", year, month));
  }

  private static @Nullable Resolved monthDay(int month, int day, LocalDate dct, Tense tense) {
    int year = dct.getYear();
    try {
      LocalDate same = LocalDate.of(year, month, day);
      if (tense == Tense.PAST && same.isAfter(dct.plusDays(TENSE_SLACK_DAYS))) {
        year--;
      } else if (tense == Tense.FUTURE && same.isBefore(dct.minusDays(TENSE_SLACK_DAYS))) {
        year++;
      } else if (tense != Tense.PRESENT) {
        // Within a few weeks of the article date the plain reading wins: a deadline "set for Nov. 10"
        // in a 2 November article, a "scheduled" visit reported late.
        year = same.getYear();
      } else {
        LocalDate best = same;
        for (int dy : new int[] {-1, 1}) {
          LocalDate other = LocalDate.of(year + dy, month, day);
          if (Math.abs(other.toEpochDay() - dct.toEpochDay()) < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
            best = other;
          }
        }
        year = best.getYear();
      }
      return new Resolved("DATE", LocalDate.of(year, month, day).toString());
    } catch (java.time.DateTimeException e) {
      // "February 30": no such day; let SUTime's value stand.
      return null;
    }
  }

  private static @Nullable Resolved shift(
      String original, Matcher m, @Nullable LocalDate dct, @Nullable TimePoint anchor) {
    Integer n = NUMBERS.get(m.group(1));
    if (n == null && m.group(1).chars().allMatch(Character::isDigit)) {
      n = Integer.parseInt(m.group(1));
    }
    String direction = m.group(3);
    boolean fromNow = direction.equals("ago") || direction.equals("from now") || direction.equals("hence");
    boolean back = direction.equals("ago") || direction.equals("earlier") || direction.equals("before");
    if (direction.equals("since")) {
      return null;
    }
    if (n == null) {
      // "several years ago" points into the past; "a few days later" only measures from a point.
      return fromNow ? new Resolved("DATE", back ? "PAST_REF" : "FUTURE_REF")
          : new Resolved("DURATION", durationValue(null, m.group(2)), amountLength(original));
    }
    Granularity unit = unit(m.group(2));
    boolean quarterly = anchor != null && anchor.granularity() == Granularity.QUARTER
        && (unit == Granularity.YEAR || unit == Granularity.QUARTER);
    TimePoint base = (!fromNow || quarterly) && anchor != null ? anchor
        : dct == null ? null : TimePoint.day(dct);
    if (base == null) {
      return null;
    }
    if (!fromNow && !quarterly && unit != Granularity.DECADE && base.granularity().compareTo(unit) < 0) {
      // "three days later" after "in 1987": no day to count from, only the amount is known.
      return new Resolved("DURATION", durationValue(n, m.group(2)), amountLength(original));
    }
    TimePoint shifted = base.plus(back ? -n : n, unit);
    Granularity g = unit == Granularity.DECADE ? Granularity.YEAR : unit;
    if (base.granularity() == Granularity.QUARTER && (unit == Granularity.YEAR || unit == Granularity.QUARTER)) {
      g = Granularity.QUARTER;
    } else if (base.granularity().compareTo(g) < 0) {
      g = base.granularity();
    }
    return date(g == Granularity.QUARTER && base.granularity() != Granularity.QUARTER
        ? shifted.at(Granularity.QUARTER) : shifted.at(g));
  }

  /** The length of "a month" in "a month earlier": the mention without its last word. */
  private static int amountLength(String original) {
    String t = original.stripTrailing();
    int space = t.lastIndexOf(' ');
    return space > 0 ? t.substring(0, space).stripTrailing().length() : -1;
  }

  private static @Nullable Resolved neighbour(Matcher m, @Nullable LocalDate dct, @Nullable TimePoint anchor) {
    String which = m.group(1);
    String unitWord = m.group(2);
    String after = m.group(3);
    int step;
    if (which == null || which.equals("same") || which.equals(unitWord)) {
      step = after == null ? 0 : (after.equals("before") || after.equals("earlier") ? -1 : 1);
      if (which != null && which.equals(unitWord)) {
        return null;
      }
    } else if (which.equals("next") || which.equals("following")) {
      step = 1;
    } else if (which.equals("previous") || which.equals("preceding") || which.equals("prior")) {
      step = -1;
    } else {
      return null;
    }
    if (step == 0 && after == null && which == null) {
      // "the day", "that week": the period of the last date mentioned, if there is one.
      if (unitWord.equals("weekend")) {
        return null;
      }
      if (anchor == null) {
        return Resolved.drop();
      }
    }
    TimePoint base = anchor != null ? anchor : dct == null ? null : TimePoint.day(dct);
    if (base == null) {
      return null;
    }
    return switch (unitWord) {
      case "morning", "afternoon", "evening", "night" -> {
        if (base.granularity() != Granularity.DAY) {
          yield null;
        }
        LocalDate d = base.date().plusDays(step);
        yield new Resolved("TIME", d + switch (unitWord) {
          case "morning" -> "TMO";
          case "afternoon" -> "TAF";
          case "evening" -> "TEV";
          default -> "TNI";
        });
      }
      case "weekend" -> null;
      default -> {
        Granularity unit = unit(unitWord);
        if (base.granularity().compareTo(unit) < 0) {
          yield null;
        }
        TimePoint moved = base.at(unit).plus(step, unit);
        yield date(unit == Granularity.WEEK ? new TimePoint(moved.date(), Granularity.WEEK) : moved);
      }
    };
  }

  private static @Nullable Resolved deictic(
      String which, String unitWord, LocalDate dct, @Nullable TimePoint anchor, Tense tense) {
    Granularity unit = unit(unitWord);
    TimePoint now = unit == Granularity.QUARTER ? quarterOf(dct) : TimePoint.day(dct).at(unit);
    if (unit == Granularity.WEEK && dct.getDayOfWeek() == DayOfWeek.SUNDAY
        && (which.equals("this") || which.equals("the current")) && tense != Tense.PAST) {
      // On a Sunday the ISO week is ending: "this week" in a clause not in the past is the coming one.
      return date(now.plus(1, unit));
    }
    return switch (which) {
      case "last", "the previous", "the past", "the last" -> date(now.plus(-1, unit));
      case "next", "the coming" -> date(now.plus(1, unit));
      case "this", "the current" -> date(now);
      case "the latest", "the most recent" -> unit == Granularity.QUARTER
          ? (anchor != null && anchor.granularity() == Granularity.QUARTER ? date(anchor)
              : date(now.plus(-1, unit)))
          : null;
      default -> null;
    };
  }


  private static @Nullable Resolved quarter(Matcher m, @Nullable LocalDate dct, @Nullable TimePoint anchor, Tense tense) {
    int q = switch (m.group(2)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
    String explicit = m.group(1) != null ? m.group(1) : m.group(3);
    int year;
    if (explicit != null) {
      year = Integer.parseInt(explicit);
    } else if (dct != null) {
      year = dct.getYear();
      int now = (dct.getMonthValue() - 1) / 3 + 1;
      if (q > now && tense != Tense.FUTURE) {
        year--;
      }
    } else {
      return new Resolved("DATE", "XXXX-Q" + q);
    }
    return new Resolved("DATE", String.format("%04d-Q%d", year, q));
  }

  // ---------------------------------------------------------------- values

  /** SUTime's value made a plain TIMEX3 value: decades, centuries, ranges and operators. */
  private static String clean(String value, String key, @Nullable LocalDate dct) {
    Matcher m;
    if ((m = TIME_ZONE.matcher(value)).find()) {
      // GMT and UTC stay explicit (TIMEX3's "Z"); a local zone's offset is dropped, the local time kept.
      value = value.substring(0, m.start()) + m.group(1) + (value.endsWith("+0000") ? "Z" : "");
    }
    if (RELATIVE_DECADE.matcher(key).matches()) {
      // "the past decade", "the next decade": ten years from now, like "the past three years".
      return "P10Y";
    }
    if ((m = DECADE.matcher(value)).matches() || (m = CENTURY.matcher(value)).matches()) {
      return m.group(1);
    }
    if (value.contains("/") && !value.startsWith("(")) {
      Matcher past = RELATIVE_SPAN.matcher(key);
      if (past.matches()) {
        String n = past.group(1);
        Integer k = n == null ? Integer.valueOf(1) : NUMBERS.get(n);
        if (k == null && n != null && n.chars().allMatch(Character::isDigit)) {
          k = Integer.parseInt(n);
        }
        return "P" + (k == null ? "X" : k.toString()) + unitLetter(past.group(2));
      }
      return value.substring(0, value.indexOf('/'));
    }
    if (value.startsWith("(") || value.isEmpty()) {
      Matcher d = DURATION_PART.matcher(value);
      return d.find() ? d.group() : "XXXX";
    }
    int space = value.indexOf(' ');
    if (space > 0) {
      String head = value.substring(0, space);
      return TimePoint.parse(head) != null || head.startsWith("P") ? head : "XXXX";
    }
    return value;
  }

  private static String type(String sutimeType, String value) {
    if (value.matches("\\d{2,3}")) {
      return "DATE";
    }
    if (sutimeType.equals("SET")) {
      return "SET";
    }
    if (value.startsWith("P") && !value.startsWith("PAST") && !value.startsWith("PRESENT")) {
      return "DURATION";
    }
    if (value.matches("[0-9X]{4}-[0-9X]{2}-[0-9X]{2}T.*|T.*")) {
      return "TIME";
    }
    return sutimeType.equals("DURATION") || sutimeType.equals("TIME") ? "DATE" : sutimeType;
  }

  private static Resolved date(TimePoint p) {
    return new Resolved("DATE", p.value());
  }

  private static TimePoint quarterOf(LocalDate d) {
    return new TimePoint(LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1),
        Granularity.QUARTER);
  }

  private static Granularity unit(String word) {
    return switch (word.replaceAll("s$", "")) {
      case "day" -> Granularity.DAY;
      case "week" -> Granularity.WEEK;
      case "month" -> Granularity.MONTH;
      case "quarter" -> Granularity.QUARTER;
      case "decade" -> Granularity.DECADE;
      default -> Granularity.YEAR;
    };
  }

  private static String unitLetter(String word) {
    return switch (word.replaceAll("s$", "")) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      case "quarter" -> "Q";
      case "decade" -> "DE";
      default -> "Y";
    };
  }

  private static int monthNumber(String name) {
    String n = name.substring(0, 3);
    int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n);
    return i / 3 + 1;
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      // An article date we cannot read leaves relative values unanchored, as if it were absent.
      return null;
    }
  }
}
