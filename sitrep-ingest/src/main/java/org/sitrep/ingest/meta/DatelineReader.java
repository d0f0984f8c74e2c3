package org.sitrep.ingest.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dateline that opens a news story: {@code Seoul, Dec 29 (NationPress)},
 * {@code SEOUL, June 19 (Reuters) -}, {@code WASHINGTON (AP) —}, {@code BEIJING, June 19 /Xinhua/},
 * {@code LONDON 1996-12-06}. A place alone counts only when written in capitals and followed by a dash
 * (and not by a headline in capitals, which makes it a section label: {@code SOCCER - LATE GOAL WINS IT}). Stateless and thread-safe.
 */
public final class DatelineReader {
  private static final String WORD = "[A-Z][A-Za-z.'’-]*";
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>" + WORD + "(?: " + WORD + "){0,3})"
          + "(?:,\\s*(?!" + DateFinder.MONTH + "\\b)(?<region>" + WORD + "(?: " + WORD + "){0,2}))?"
          + "(?:,?\\s+(?<date>" + DateFinder.MONTH + "\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+" + DateFinder.MONTH
          + "\\.?(?:\\s+\\d{4})?|\\d{4}-\\d{1,2}-\\d{1,2}))?"
          + "\\.?\\s*(?:\\((?<agency>[A-Z][\\w .&’'-]{0,30})\\)|/(?<agency2>[A-Z][\\w .&’'-]{0,30})/\\.?)?"
          + "(?<dash>\\s*(?:--|[-–—:])\\s*|\\s+|$)");
  /** A headline in capitals ("JAPAN GET LUCKY WIN"): after "SOCCER -" it makes the capitals a section label. */
  private static final Pattern CAPITALS_HEADLINE = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}{2,}[^\\p{Ll}]*\\p{Lu}{2,}[^\\p{Ll}]*$");

  private final DateFinder dates = new DateFinder();

  /**
   * A dateline found at the very start of {@code paragraph}.
   *
   * @param place the place as a name ("SEOUL" becomes "Seoul")
   * @param date the date mentioned, or null
   * @param agency the agency or outlet in brackets or slashes, or null
   * @param end where the dateline ends in the paragraph (the story text starts there)
   */
  public record Found(String place, @Nullable DateMention date, @Nullable String agency, int end) {}

  /** The dateline opening {@code paragraph}, or null. */
  public @Nullable Found read(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String place = m.group("place");
    String dateText = m.group("date");
    String agency = m.group("agency") != null ? m.group("agency") : m.group("agency2");
    boolean dash = !m.group("dash").isBlank();
    boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() >= 3;
    boolean comma = paragraph.length() > place.length() && paragraph.charAt(place.length()) == ',';
    // Without an agency credit, a dateline needs its dash ("SEOUL, June 19 -", "WASHINGTON —"), or a
    // place in capitals with a date ("LONDON 1996-12-06").
    if (agency == null && !(dash && (capitals || (dateText != null && comma))) && !(capitals && dateText != null)) {
      return null;
    }
    // "SOCCER - JAPAN GET LUCKY WIN": a section label over a headline in capitals, not a place.
    if (agency == null && dateText == null && CAPITALS_HEADLINE.matcher(firstLine(paragraph.substring(m.end()))).matches()) {
      return null;
    }
    // "Monday (AP)" or "The (Times)" are not places: the place must not be a weekday or a function word.
    if (place.matches("(?i)(the|a|an|in|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|he|she|it|they|we)")) {
      return null;
    }
    DateMention date = dateText == null ? null : dates.first(dateText);
    return new Found(displayPlace(place), date, agency == null ? null : agency.strip(), m.end());
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String displayPlace(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    // each word and each hyphenated part keeps its capital: "AL-AIN" is "Al-Ain", "NEW DELHI" "New Delhi"
    StringBuilder sb = new StringBuilder(place.length());
    boolean start = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return sb.toString();
  }
}
