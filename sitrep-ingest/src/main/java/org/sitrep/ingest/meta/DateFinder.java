package org.sitrep.ingest.meta;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds calendar dates as news pages print them: {@code 2024-06-18 23:30}, {@code 2024/06/18},
 * {@code 2024年6月18日}, {@code June 21, 2024}, {@code 21 June 2024}, {@code Dec 29}, with an optional
 * time of day ({@code 10:30 AM}). Stateless and thread-safe.
 */
public final class DateFinder {
  static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?";
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)日?(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::\\d{2})?)?");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+(\\d{4})\\b)?" + TIME,
      Pattern.CASE_INSENSITIVE);

  /** Every date in {@code text}, in order of position. */
  public List<DateMention> findAll(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      add(out, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          time(m.group(4), m.group(5), null), m.start(), m.end());
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      add(out, year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)),
          time(m.group(4), m.group(5), m.group(6)), m.start(), m.end());
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      add(out, year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)),
          time(m.group(4), m.group(5), m.group(6)), m.start(), m.end());
    }
    out.sort(java.util.Comparator.comparingInt(DateMention::start));
    return out;
  }

  /** The first date in {@code text}, or null. */
  public @Nullable DateMention first(String text) {
    List<DateMention> all = findAll(text);
    return all.isEmpty() ? null : all.getFirst();
  }

  private static void add(List<DateMention> out, int year, int month, int day, @Nullable LocalTime time,
      int start, int end) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || (year != 0 && (year < 1900 || year > 2100))) {
      return;
    }
    for (DateMention d : out) {
      if (start < d.end() && d.start() < end) {
        return;
      }
    }
    out.add(new DateMention(year, month, day, time, start, end));
  }

  private static int year(@Nullable String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month name: " + name);
  }

  private static @Nullable LocalTime time(@Nullable String hour, @Nullable String minute, @Nullable String half) {
    if (hour == null || minute == null) {
      return null;
    }
    int h = Integer.parseInt(hour);
    int min = Integer.parseInt(minute);
    if (half != null) {
      boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
      if (h == 12) {
        h = pm ? 12 : 0;
      } else if (pm) {
        h += 12;
      }
    }
    return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
  }
}
