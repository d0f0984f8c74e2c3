package org.sitrep.corpus.reprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;

/**
 * Dates the events of a reprint as its earliest copy dates them. A copy published a day later
 * anchors "Thursday" or "3 a.m." on its own date, so without this the same sentence would put one
 * event on two days of the timeline; a copy's event whose action and sentence match an event of the
 * group's earliest copy takes that event's date. Stateless and thread-safe.
 */
public final class ReprintEventDates {
  private ReprintEventDates() {}

  /**
   * {@code articles} (same order) with copies' event dates aligned on their group's earliest copy.
   *
   * @param groupOf article id to its copy group (see {@link ReprintDetector.Result#groupOf()})
   */
  public static List<Article> align(List<Article> articles, Map<String, String> groupOf) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(groupOf, "groupOf");
    Map<String, Article> earliest = new LinkedHashMap<>();
    for (Article a : articles) {
      String g = groupOf.get(a.id());
      if (g == null) {
        continue;
      }
      Article cur = earliest.get(g);
      if (cur == null || a.published() != null && (cur.published() == null || a.published().compareTo(cur.published()) < 0)) {
        earliest.put(g, a);
      }
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String g = groupOf.get(a.id());
      Article anchor = g == null ? null : earliest.get(g);
      out.add(anchor == null || anchor == a ? a : aligned(a, anchor));
    }
    return out;
  }

  private static Article aligned(Article copy, Article anchor) {
    Map<String, String> dates = new HashMap<>();
    for (Event e : anchor.events()) {
      if (e.date() != null) {
        dates.putIfAbsent(e.action() + "\u0000" + e.text().strip(), e.date());
      }
    }
    boolean changed = false;
    List<Event> events = new ArrayList<>(copy.events().size());
    for (Event e : copy.events()) {
      String date = dates.get(e.action() + "\u0000" + e.text().strip());
      if (date != null && !date.equals(e.date())) {
        events.add(e.withDate(date));
        changed = true;
      } else {
        events.add(e);
      }
    }
    if (!changed) {
      return copy;
    }
    return new Article(copy.id(), copy.source(), copy.url(), copy.outlet(), copy.title(), copy.authors(),
        copy.published(), copy.language(), copy.credits(), copy.dateline(), copy.text(), copy.entities(),
        copy.quotes(), copy.claims(), copy.quantities(), copy.times(), events, copy.warnings());
  }
}
