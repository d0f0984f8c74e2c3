package org.sitrep.nlp.pack;

import java.util.function.IntPredicate;

/**
 * How a pack tells its paragraphs by their letters: those of its script are more than half of the
 * paragraph's letters and at least a few, and none of them belongs to a language it does not read.
 */
public final class ScriptShare {
  private ScriptShare() {}

  /**
   * True when the letters of {@code paragraph} that {@code ofScript} accepts are at least
   * {@code least} and more than half of its letters, and no letter is {@code excluded}.
   */
  public static boolean mostly(String paragraph, IntPredicate ofScript, IntPredicate excluded, int least) {
    int letters = 0;
    int inScript = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      if (excluded.test(cp)) {
        return false;
      }
      if (ofScript.test(cp)) {
        inScript++;
      }
    }
    return inScript >= least && inScript * 2 > letters;
  }

  /** Accepts the code points of {@code script}. */
  public static IntPredicate script(Character.UnicodeScript script) {
    return cp -> Character.UnicodeScript.of(cp) == script;
  }
}
