package org.sitrep.nlp.zh;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.TimeExpression;

/**
 * Chinese time expressions normalised against the publication date, which CoreNLP's Chinese pipeline
 * does not do: full dates (2024年6月19日), month and day (6月19日) in the year that puts them nearest
 * the publication, a bare day (19日) in the publication's month or the one before, years and months
 * relative to it (去年8月, 今年2月, 去年), days (昨天, 前天, 明天), weekdays (上周三, 周五) and 当天 / 当日,
 * "that day", which is the last date named before it. Values follow TIMEX3 as the English pack's
 * do; without a publication date, relative expressions keep an unanchored form ({@code XXXX-06-19})
 * or are left out. Stateless and thread-safe.
 */
final class ChineseTimes {
  private static final String N = "([0-9０-９]{1,4}|[零〇一二两三四五六七八九十]{1,4})";
  private static final Pattern TIME = Pattern.compile(String.join("|",
      "(?<ymd>" + N + "年" + N + "月" + N + "[日号])",
      "(?<rmd>(去年|今年|明年|前年)" + N + "月(?:" + N + "[日号])?)",
      "(?<md>" + N + "月" + N + "[日号])",
      "(?<ym>" + N + "年" + N + "月)",
      "(?<y>((?:19|20)[0-9]{2})年(?![0-9代]))",
      "(?<ry>去年|今年|明年|前年)",
      "(?<rm>(上|本|下)个?月)",
      "(?<wd>(上|本|这|下)?(?:周|星期|礼拜)([一二三四五六日天]))",
      "(?<rd>前天|前日|昨天|昨日|今天|今日|明天|明日|后天)",
      "(?<same>当天|当日)",
      "(?<d>(?<![0-9０-９零〇一二两三四五六七八九十月])" + N + "[日号](?![元本报]))",
      "(?<m>(?<![0-9０-９零〇一二两三四五六七八九十个])" + N + "月(?![份]?[0-9０-９]))"));

  /** All time expressions of {@code text}, in order; {@code published} anchors relative ones. */
  List<TimeExpression> find(String text, @Nullable LocalDate published) {
    List<TimeExpression> out = new ArrayList<>();
    @Nullable LocalDate last = null;
    Matcher m = TIME.matcher(text);
    while (m.find()) {
      String value = value(m, published, last);
      if (value == null) {
        continue;
      }
      out.add(new TimeExpression(m.group(), value, m.start(), m.end()));
      if (value.length() == 10 && Character.isDigit(value.charAt(0))) {
        last = LocalDate.parse(value);
      }
    }
    return out;
  }

  /** The date of one expression, or null when it has no value here. */
  private static @Nullable String value(Matcher m, @Nullable LocalDate pub, @Nullable LocalDate last) {
    if (m.group("ymd") != null) {
      return date(num(m.group(2)), num(m.group(3)), num(m.group(4)));
    }
    if (m.group("rmd") != null) {
      Integer month = num(m.group(7));
      Integer day = m.group(8) == null ? null : num(m.group(8));
      if (pub == null || month == null || month < 1 || month > 12) {
        return null;
      }
      int year = pub.getYear() + relativeYear(m.group(6));
      return day == null ? String.format("%04d-%02d", year, month) : date(year, month, day);
    }
    if (m.group("md") != null) {
      Integer month = num(m.group(10));
      Integer day = num(m.group(11));
      if (month == null || day == null) {
        return null;
      }
      if (pub == null) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
            ? String.format("XXXX-%02d-%02d", month, day) : null;
      }
      return nearestYear(pub, month, day);
    }
    if (m.group("ym") != null) {
      Integer year = num(m.group(13));
      Integer month = num(m.group(14));
      return year == null || month == null || year < 1000 || month < 1 || month > 12 ? null
          : String.format("%04d-%02d", year, month);
    }
    if (m.group("y") != null) {
      return m.group(16);
    }
    if (m.group("ry") != null) {
      return pub == null ? null : Integer.toString(pub.getYear() + relativeYear(m.group("ry")));
    }
    if (m.group("rm") != null) {
      if (pub == null) {
        return null;
      }
      String w = m.group(19);
      LocalDate d = pub.plusMonths(w.equals("上") ? -1 : w.equals("下") ? 1 : 0);
      return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }
    if (m.group("wd") != null) {
      if (pub == null) {
        return null;
      }
      String which = m.group(21);
      int dow = "一二三四五六日".indexOf(m.group(22).equals("天") ? "日" : m.group(22)) + 1;
      LocalDate monday = pub.minusDays(pub.getDayOfWeek().getValue() - 1L);
      LocalDate day;
      if (which == null) {
        // a bare weekday in news is the nearest one not after publication
        day = monday.plusDays(dow - 1L);
        if (day.isAfter(pub)) {
          day = day.minusWeeks(1);
        }
      } else {
        int weeks = which.equals("上") ? -1 : which.equals("下") ? 1 : 0;
        day = monday.plusWeeks(weeks).plusDays(dow - 1L);
      }
      return day.toString();
    }
    if (m.group("rd") != null) {
      if (pub == null) {
        return null;
      }
      String w = m.group("rd");
      int shift = switch (w) {
        case "前天", "前日" -> -2;
        case "昨天", "昨日" -> -1;
        case "明天", "明日" -> 1;
        case "后天" -> 2;
        default -> 0;
      };
      return pub.plusDays(shift).toString();
    }
    if (m.group("same") != null) {
      LocalDate d = last != null ? last : pub;
      return d == null ? null : d.toString();
    }
    if (m.group("d") != null) {
      Integer day = num(m.group(26));
      if (day == null || day < 1 || day > 31 || pub == null) {
        return null;
      }
      // the day of the publication's month, or of the month before when that is still to come
      LocalDate d = dayIn(pub, day);
      if (d != null && d.isAfter(pub.plusDays(1))) {
        d = dayIn(pub.minusMonths(1), day);
      }
      return d == null ? null : d.toString();
    }
    if (m.group("m") != null) {
      Integer month = num(m.group(28));
      if (month == null || month < 1 || month > 12) {
        return null;
      }
      if (pub == null) {
        return String.format("XXXX-%02d", month);
      }
      int year = month > pub.getMonthValue() + 1 ? pub.getYear() - 1 : pub.getYear();
      return String.format("%04d-%02d", year, month);
    }
    return null;
  }

  private static int relativeYear(String word) {
    return switch (word) {
      case "前年" -> -2;
      case "去年" -> -1;
      case "明年" -> 1;
      default -> 0;
    };
  }

  private static @Nullable LocalDate dayIn(LocalDate month, int day) {
    return day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
  }

  /** Month and day in the year (of three around publication) that puts them nearest it. */
  private static @Nullable String nearestYear(LocalDate pub, int month, int day) {
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      String iso = date(y, month, day);
      if (iso == null) {
        continue;
      }
      LocalDate d = LocalDate.parse(iso);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d))
          < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
        best = d;
      }
    }
    return best == null ? null : best.toString();
  }

  private static @Nullable String date(@Nullable Integer y, @Nullable Integer m, @Nullable Integer d) {
    if (y == null || m == null || d == null || m < 1 || m > 12 || d < 1) {
      return null;
    }
    LocalDate first = LocalDate.of(y, m, 1);
    return d > first.lengthOfMonth() ? null : first.withDayOfMonth(d).toString();
  }

  private static @Nullable Integer num(@Nullable String s) {
    if (s == null) {
      return null;
    }
    Double v = ChineseNumbers.parse(s);
    return v == null || v != Math.rint(v) ? null : v.intValue();
  }
}
