package org.sitrep.corpus.text;

/** Sentence bounds in article text, for provenance spans. Thread-safe (stateless). */
public final class Sentences {
  private Sentences() {}

  /**
   * The half-open span {@code [start, end)} of the sentence containing {@code [from, to)}: from
   * after the previous sentence end (". ", "! ", "? " or a line break) to the next one.
   */
  public static int[] around(String text, int from, int to) {
    int f = Math.max(0, Math.min(from, text.length()));
    int t = Math.max(f, Math.min(to, text.length()));
    int s = f;
    while (s > 0) {
      char c = text.charAt(s - 1);
      if (c == '\n') {
        break;
      }
      if (s >= 2 && (text.charAt(s - 2) == '.' || text.charAt(s - 2) == '!' || text.charAt(s - 2) == '?')
          && Character.isWhitespace(c) && !abbreviation(text, s - 2)) {
        break;
      }
      s--;
    }
    while (s < f && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    int e = t;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (c == '\n') {
        break;
      }
      if ((c == '.' || c == '!' || c == '?') && (e + 1 == text.length() || Character.isWhitespace(text.charAt(e + 1)))
          && !abbreviation(text, e)) {
        e++;
        // keep a closing quote with its sentence
        while (e < text.length() && (text.charAt(e) == '"' || text.charAt(e) == '\u201d')) {
          e++;
        }
        break;
      }
      e++;
    }
    return new int[] {s, Math.max(e, t)};
  }

  /** True when the period at {@code dot} ends a short abbreviation ("Mr.", "U.S.", "Jan."). */
  private static boolean abbreviation(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int len = dot - w;
    if (len == 0) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(w))) {
      return true;
    }
    String word = text.substring(w, dot);
    return switch (word) {
      case "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Rep", "Sen", "St", "Jan", "Feb", "Mar", "Apr",
          "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "Prof", "Gov" -> true;
      default -> false;
    };
  }
}
