package org.sitrep.corpus.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.text.Terms;

/** Builds {@link StoryDoc}s from a headline and lead: the representation the product and the benchmark share. */
public final class StoryDocs {
  /** How many more times a headline term counts than a lead term. */
  public static final double TITLE_WEIGHT = 2.0;

  private StoryDocs() {}

  /**
   * The clustering view of one article: sublinear term frequency ({@code 1 + ln tf}) of headline
   * terms (weighted {@link #TITLE_WEIGHT}) and lead terms.
   */
  public static StoryDoc of(String id, @Nullable String title, @Nullable String lead, Set<String> entities,
      @Nullable Long day) {
    Map<String, Double> raw = new HashMap<>();
    if (title != null) {
      for (String t : Terms.terms(title)) {
        raw.merge(t, TITLE_WEIGHT, Double::sum);
      }
    }
    if (lead != null) {
      for (String t : Terms.terms(lead)) {
        raw.merge(t, 1.0, Double::sum);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    raw.forEach((t, tf) -> weights.put(t, 1 + Math.log(tf)));
    return new StoryDoc(id, weights, entities, day);
  }

  /** The first {@code maxWords} words of {@code text} (its lead). */
  public static String lead(String text, int maxWords) {
    int words = 0;
    int i = 0;
    boolean inWord = false;
    for (; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
        if (words > maxWords) {
          break;
        }
      }
      inWord = letter;
    }
    return text.substring(0, i);
  }
}
