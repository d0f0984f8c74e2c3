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
  /**
   * Weight of each entity the article mentions, as a term of its own: spelling variants of a name
   * ("Yoon Suk-yeol", "President Yoon") meet, and entities common to the corpus weigh little (IDF).
   */
  public static final double ENTITY_WEIGHT = 1.0;
  /** Prefix that keeps entity terms apart from words. */
  static final String ENTITY_PREFIX = "\u0001";

  private StoryDocs() {}

  /**
   * The clustering view of one article: sublinear term frequency ({@code 1 + ln tf}) of headline
   * terms (weighted {@link #TITLE_WEIGHT}) and lead terms, and its entities ({@link #ENTITY_WEIGHT}).
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
    for (String e : entities) {
      weights.put(ENTITY_PREFIX + e, ENTITY_WEIGHT);
    }
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
