package org.sitrep.corpus.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.corpus.text.Terms;

/**
 * Merges the events of all articles into one timeline: one item per real event however many
 * articles report it. Two events are the same when their actions have the same stem, their actors
 * (resolved to corpus entities) overlap (or, when either has none, their objects or sentences share
 * most content words), and their dates are compatible (equal, one a coarser form of the other such
 * as {@code 2024-06} and {@code 2024-06-19}, or one missing).
 *
 * <p>Ordering: items with a date come first, by event date (not publication date); items without
 * one (or with an unanchored value such as {@code XXXX-06-21}) follow, ordered by the publication
 * date of their first source. Deterministic. Thread-safe (stateless).
 */
public final class TimelineBuilder {
  /**
   * Builds the timeline.
   *
   * @param actorKey article and actor name to a corpus entity id (or a stable name key)
   * @param actorName an actor key to the name shown (the corpus entity's name)
   * @param outletOf the outlet name of an article
   */
  public List<TimelineItem> build(List<Article> articles, BiFunction<Article, String, String> actorKey,
      Function<String, String> actorName, Function<Article, @Nullable String> outletOf) {
    List<Group> groups = new ArrayList<>();
    // candidate groups share the action and an actor (or, without actors, a content word)
    Map<String, List<Group>> index = new HashMap<>();
    for (Article a : articles) {
      for (Event e : a.events()) {
        String action = Terms.stem(Terms.fold(e.action()).strip());
        Set<String> actors = new LinkedHashSet<>();
        for (String actor : e.actors()) {
          actors.add(actorKey.apply(a, actor));
        }
        Set<String> words = new HashSet<>(Terms.terms(e.object() != null ? e.object() : e.text()));
        Member m = new Member(a, e, actors, words);
        List<String> keys = keys(action, m);
        java.util.TreeMap<Integer, Group> cands = new java.util.TreeMap<>();
        for (String k : keys) {
          for (Group g : index.getOrDefault(k, List.of())) {
            cands.put(g.order, g);
          }
        }
        Group target = null;
        for (Group g : cands.values()) {
          if (g.accepts(m)) {
            target = g;
            break;
          }
        }
        if (target == null) {
          target = new Group(action, groups.size());
          groups.add(target);
        }
        target.add(m);
        for (String k : keys) {
          List<Group> post = index.computeIfAbsent(k, x -> new ArrayList<>());
          if (!post.contains(target)) {
            post.add(target);
          }
        }
      }
    }
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.<Group, Boolean>comparing(g -> !anchored(g.date))
        .thenComparing(g -> anchored(g.date) ? g.date : "")
        .thenComparing(g -> g.firstPublished == null ? "\uffff" : g.firstPublished)
        .thenComparing(g -> g.members.get(0).article().id())
        .thenComparingInt(g -> g.members.get(0).event().start()));
    List<TimelineItem> out = new ArrayList<>();
    for (Group g : sorted) {
      Member first = g.members.get(0);
      Set<String> seen = new HashSet<>();
      List<String> actorNames = names(g, Event::actors, seen, actorKey, actorName);
      // Targets after actors: a party that acts in one report is not also a target in the merged item.
      List<String> targetNames = names(g, Event::targets, seen, actorKey, actorName);
      List<SourceRef> sources = new ArrayList<>();
      for (Member m : g.members) {
        sources.add(new SourceRef(m.article().id(), outletOf.apply(m.article()), m.event().start(), m.event().end()));
      }
      out.add(new TimelineItem(g.date, first.event().action(), actorNames, targetNames, first.event().text(), sources));
    }
    return out;
  }

  /** The corpus names of one role of the group's events, in report order, skipping keys already {@code seen}. */
  private static List<String> names(Group g, Function<Event, List<String>> role, Set<String> seen,
      BiFunction<Article, String, String> actorKey, Function<String, String> actorName) {
    List<String> names = new ArrayList<>();
    for (Member m : g.members) {
      for (String party : role.apply(m.event())) {
        String key = actorKey.apply(m.article(), party);
        if (seen.add(key)) {
          names.add(actorName.apply(key));
        }
      }
    }
    return names;
  }

  private static List<String> keys(String action, Member m) {
    List<String> keys = new ArrayList<>();
    for (String a : m.actors()) {
      keys.add(action + "|a|" + a);
    }
    for (String w : m.words()) {
      keys.add(action + "|w|" + w);
    }
    if (keys.isEmpty()) {
      keys.add(action + "|");
    }
    return keys;
  }

  /** True for a date value that names a real calendar time (no X placeholders). */
  public static boolean anchored(@Nullable String date) {
    return date != null && !date.isEmpty() && Character.isDigit(date.charAt(0)) && !date.contains("X");
  }

  /** Dates are compatible when equal, when one is a prefix of the other, or when one is missing. */
  static boolean compatible(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || !anchored(a) || !anchored(b)) {
      return true;
    }
    return a.startsWith(b) || b.startsWith(a);
  }

  private record Member(Article article, Event event, Set<String> actors, Set<String> words) {}

  private static final class Group {
    final String action;
    final int order;
    final List<Member> members = new ArrayList<>();
    final Set<String> actors = new HashSet<>();
    final Set<String> words = new HashSet<>();
    @Nullable String date;
    @Nullable String firstPublished;

    Group(String action, int order) {
      this.action = action;
      this.order = order;
    }

    boolean accepts(Member m) {
      String d = m.event().date();
      if (!compatible(date, d)) {
        return false;
      }
      if (!actors.isEmpty() && !m.actors().isEmpty()) {
        for (String a : m.actors()) {
          if (actors.contains(a)) {
            return true;
          }
        }
        return false;
      }
      int common = 0;
      for (String w : m.words()) {
        if (words.contains(w)) {
          common++;
        }
      }
      return common * 2 >= Math.min(words.size(), m.words().size()) && common > 0;
    }

    void add(Member m) {
      members.add(m);
      actors.addAll(m.actors());
      words.addAll(m.words());
      String d = m.event().date();
      if (anchored(d) && (!anchored(date) || d.length() > date.length())) {
        date = d;
      } else if (date == null && d != null) {
        date = d;
      }
      String p = m.article().published();
      if (p != null && (firstPublished == null || p.compareTo(firstPublished) < 0)) {
        firstPublished = p;
      }
    }

    @Override
    public String toString() {
      return action + "@" + date;
    }
  }
}
