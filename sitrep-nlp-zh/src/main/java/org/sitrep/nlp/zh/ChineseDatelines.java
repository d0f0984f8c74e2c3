package org.sitrep.nlp.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Dateline;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.names.Identity;
import org.sitrep.names.NameResolver;

/**
 * Datelines and credits of Chinese news: 本报平壤6月19日电, 新华社首尔12月29日电, 【环球时报首尔12月29日电】,
 * 中新网6月19日电 at the head of the text give the place (its canonical English name where the name
 * resources know it) and the date (against the publication date); the agency that filed it (not 本报,
 * "this paper") and a 来源：X line are credits. Thread-safe.
 */
final class ChineseDatelines {
  private static final String N = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*[【\\[]?(?<agency>本报|新华社|中新社|中新网|人民网|央视网|央视新闻|环球网|海外网|"
          + "\\p{IsHan}{2,6}?(?:社|网|报|台))?(?:记者\\p{IsHan}{2,4}\\s)?"
          + "(?<place>\\p{IsHan}{2,8}?)?(?<date>(?:" + N + ")月(?:" + N + ")日)(?:电|讯|消息)[】\\]]?");
  private static final Pattern CREDIT = Pattern.compile("(?:来源|稿源|来自)[：:]\\s*([^\\s，。|/]{2,20})");

  /**
   * A dateline found at the head of the text, and the credits of the text.
   *
   * @param end where the dateline ends in the text (0 without one)
   */
  record Found(@Nullable Dateline dateline, List<String> credits, int end) {}

  Found find(String text, @Nullable LocalDate published, NameResolver names) {
    Dateline dateline = null;
    List<String> credits = new ArrayList<>();
    Matcher m = DATELINE.matcher(text);
    int end = 0;
    if (m.find()) {
      end = m.end();
      String date = null;
      List<TimeExpression> t = new ChineseTimes().find(m.group("date"), published);
      if (!t.isEmpty()) {
        date = t.getFirst().value();
      }
      String place = m.group("place");
      if (place != null) {
        Identity id = names.resolve(place, EntityType.LOCATION);
        place = id == null ? place : id.canonical();
      }
      dateline = new Dateline(place, date);
      String agency = m.group("agency");
      if (agency != null && !agency.equals("本报")) {
        credits.add(credit(agency, names));
      }
    }
    Matcher c = CREDIT.matcher(text);
    while (c.find()) {
      String credit = credit(c.group(1), names);
      if (!credits.contains(credit)) {
        credits.add(credit);
      }
    }
    return new Found(dateline, credits, end);
  }

  private static String credit(String name, NameResolver names) {
    Identity id = names.resolve(name, EntityType.ORGANIZATION);
    return id == null ? name : id.canonical();
  }
}
