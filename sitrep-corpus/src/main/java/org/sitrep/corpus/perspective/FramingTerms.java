package org.sitrep.corpus.perspective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.corpus.text.Terms;

/**
 * Distinctive terms of one group of texts against the rest: the weighted log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), over words and
 * two-word phrases. The prior is the pooled counts of all groups, scaled to {@link #PRIOR_MASS} pseudo-counts (a quarter of the tokens in small stories); a
 * term is kept when its z-score exceeds {@link #MIN_Z}, it occurs in at least two of the group's
 * texts when it has more than one, and at least twice when it has three or more. Thread-safe (stateless).
 */
public final class FramingTerms {
  /** Total pseudo-count of the prior, at most (a quarter of the tokens for small stories). */
  public static final double PRIOR_MASS = 100;
  /** Least z-score of a distinctive term (about one standard deviation: a ranking, not a test). */
  public static final double MIN_Z = 1.0;

  /** Words common to all news writing, never framing. */
  private static final Set<String> GENERIC = Set.of("year", "years", "last", "first", "week", "weeks", "month",
      "months", "day", "days", "today", "time", "since", "earlier", "later", "news", "reported", "report", "reports",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "told", "added", "also");

  private FramingTerms() {}

  /** Words (lower case, no stop words, no numbers) and adjacent two-word phrases of a text. */
  public static List<String> features(String text) {
    List<String> out = new ArrayList<>();
    String prev = null;
    for (String w : Terms.words(text)) {
      boolean content = w.length() >= 3 && !Terms.isStopWord(w) && !GENERIC.contains(w)
          && !Character.isDigit(w.charAt(0));
      if (content) {
        out.add(w);
        if (prev != null) {
          out.add(prev + " " + w);
        }
        prev = w;
      } else {
        prev = null;
      }
    }
    return out;
  }

  /**
   * The top {@code limit} distinctive terms of {@code group} (texts of one country) against
   * {@code rest} (texts of the others), most distinctive first.
   */
  public static List<String> distinctive(List<String> group, List<String> rest, int limit) {
    Map<String, Integer> gi = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    Map<String, Integer> ri = new HashMap<>();
    for (String t : group) {
      Set<String> seen = new HashSet<>();
      for (String f : features(t)) {
        gi.merge(f, 1, Integer::sum);
        if (seen.add(f)) {
          docs.merge(f, 1, Integer::sum);
        }
      }
    }
    for (String t : rest) {
      for (String f : features(t)) {
        ri.merge(f, 1, Integer::sum);
      }
    }
    if (gi.isEmpty() || ri.isEmpty()) {
      return List.of();
    }
    double ni = gi.values().stream().mapToInt(Integer::intValue).sum();
    double nj = ri.values().stream().mapToInt(Integer::intValue).sum();
    double total = ni + nj;
    double mass = Math.min(PRIOR_MASS, total / 4);
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    int minDocs = group.size() > 1 ? 2 : 1;
    int minCount = group.size() >= 3 ? 2 : 1;
    for (Map.Entry<String, Integer> e : gi.entrySet()) {
      String w = e.getKey();
      int yi = e.getValue();
      int yj = ri.getOrDefault(w, 0);
      if (yi < minCount || docs.getOrDefault(w, 0) < minDocs) {
        continue;
      }
      double aw = mass * (yi + yj) / total;
      double li = Math.log((yi + aw) / (ni + mass - yi - aw));
      double lj = Math.log((yj + aw) / (nj + mass - yj - aw));
      double z = (li - lj) / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
      if (z > MIN_Z) {
        scored.add(Map.entry(w, z));
      }
    }
    // equal scores: the phrase first, since it says more than its words apart
    scored.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -Math.round(e.getValue() * 1e6) / 1e6)
        .thenComparing(e -> e.getKey().contains(" ") ? 0 : 1).thenComparing(Map.Entry::getKey));
    List<String> out = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (Map.Entry<String, Double> e : scored) {
      String w = e.getKey();
      // a phrase and its own words say the same thing: keep whichever ranks first
      if (covered.contains(w) || (w.contains(" ") && covered.containsAll(List.of(w.split(" "))))) {
        continue;
      }
      out.add(w);
      for (String part : w.split(" ")) {
        covered.add(part);
      }
      if (w.contains(" ")) {
        covered.add(w);
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }
}
