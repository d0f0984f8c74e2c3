package org.sitrep.corpus.perspective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.corpus.text.Glossaries;
import org.sitrep.corpus.text.Terms;

/**
 * Distinctive terms of one group of texts against the rest: the weighted log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), over words and
 * two-word phrases. The prior is the pooled counts of all groups, scaled to {@link #PRIOR_MASS} pseudo-counts (a quarter of the tokens in small stories); a
 * term is kept when its z-score exceeds {@link #MIN_Z}, it occurs in at least two of the group's
 * texts when it has more than one, and at least twice when it has three or more. Words of a language a
 * dictionary glosses (Chinese) are counted under their English gloss and shown in the original with
 * it, 霸权 (hegemony), so one country's Chinese outlets and another's English ones are compared on one
 * scale. Thread-safe (stateless).
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

  /**
   * Glosses that Chinese news uses where English writes "said" (表示, 指出, 称, 说) or that only
   * join a sentence: never framing.
   */
  private static final Set<String> GENERIC_GLOSSES = Set.of("express", "point out", "state", "say", "speak",
      "indicate", "call", "according to", "still", "already", "now", "again", "currently", "recently",
      "at the same time", "will", "can", "must");

  /**
   * One feature of a text: the key it is counted under and the form it is shown in. English words
   * and phrases are their own key; a word a dictionary glosses (Chinese) is counted under its
   * gloss, so it meets the English word of the same meaning, and shown as written with the gloss:
   * 霸权 (hegemony).
   */
  record Feature(String key, String shown) {}

  /** Words (lower case, no stop words, no numbers) and adjacent two-word phrases of a text. */
  public static List<String> features(String text) {
    List<String> out = new ArrayList<>();
    for (Feature f : read(text)) {
      out.add(f.key());
    }
    return out;
  }

  /** The features of a text: its English words and phrases, and its glossed words. */
  static List<Feature> read(String text) {
    if (!Glossaries.covered(text)) {
      return words(text);
    }
    List<Feature> out = new ArrayList<>();
    for (Glossaries.Token t : Glossaries.tokens(text)) {
      if (t.glossary() == null) {
        out.addAll(words(t.text()));
        continue;
      }
      if (t.gloss() == null) {
        continue;
      }
      int cut = t.gloss().indexOf(';');
      String key = Terms.fold(cut < 0 ? t.gloss() : t.gloss().substring(0, cut)).strip();
      if (key.startsWith("the ")) {
        key = key.substring(4);
      }
      if (GENERIC_GLOSSES.contains(key)) {
        continue;
      }
      boolean content = false;
      for (String w : Terms.words(key)) {
        content |= w.length() >= 3 && !Terms.isStopWord(w) && !GENERIC.contains(w) && !Character.isDigit(w.charAt(0));
      }
      if (content) {
        out.add(new Feature(String.join(" ", Terms.words(key)), t.text() + " (" + key + ")"));
      }
    }
    return out;
  }

  private static List<Feature> words(String text) {
    List<Feature> out = new ArrayList<>();
    String prev = null;
    for (String w : Terms.words(text)) {
      boolean content = w.length() >= 3 && !Terms.isStopWord(w) && !GENERIC.contains(w)
          && !Character.isDigit(w.charAt(0));
      if (content) {
        out.add(new Feature(w, w));
        if (prev != null) {
          out.add(new Feature(prev + " " + w, prev + " " + w));
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
    // the forms a key is written in within the group, most frequent shown
    Map<String, Map<String, Integer>> shown = new HashMap<>();
    for (String t : group) {
      Set<String> seen = new HashSet<>();
      for (Feature feature : read(t)) {
        String f = feature.key();
        gi.merge(f, 1, Integer::sum);
        shown.computeIfAbsent(f, k -> new java.util.TreeMap<>()).merge(feature.shown(), 1, Integer::sum);
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
      out.add(shownForm(w, shown));
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

  /** The form a key is shown in: the one the group writes most (ties: the first in sorted order), or the key. */
  private static String shownForm(String key, Map<String, Map<String, Integer>> shown) {
    Map<String, Integer> forms = shown.get(key);
    if (forms == null || forms.size() == 1 && forms.containsKey(key)) {
      return key;
    }
    String best = key;
    int most = 0;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
