package org.sitrep.server.story;

/** Finds the sentence around a span, for citing the whole sentence behind a narrower fact. */
public final class Sentences {
  private Sentences() {}

  /**
   * The half-open span of the sentence that encloses {@code [start, end)} in {@code text}: back to
   * the previous sentence end or paragraph break, forward to the next one. Spans outside the text
   * are clamped.
   */
  public static int[] enclosing(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int begin = s;
    while (begin > 0 && !boundaryBefore(text, begin)) {
      begin--;
    }
    int finish = e;
    if (finish > s && isTerminal(text.charAt(finish - 1))) {
      return new int[] {begin, finish};
    }
    while (finish < text.length() && !boundaryAfter(text, finish)) {
      finish++;
    }
    if (finish < text.length() && text.charAt(finish) != '\n') {
      finish++;
      while (finish < text.length() && isCloser(text.charAt(finish))) {
        finish++;
      }
    }
    return new int[] {begin, finish};
  }

  /** The text of the sentence around the span, trimmed. */
  public static String around(String text, int start, int end) {
    int[] span = enclosing(text, start, end);
    return text.substring(span[0], span[1]).strip();
  }

  private static boolean boundaryBefore(String text, int i) {
    char prev = text.charAt(i - 1);
    if (prev == '\n') {
      return true;
    }
    if (Character.isWhitespace(prev) && i >= 2) {
      char p2 = text.charAt(i - 2);
      if (isTerminal(p2) || (isCloser(p2) && i >= 3 && isTerminal(text.charAt(i - 3)))) {
        return Character.isUpperCase(text.charAt(i)) || isOpener(text.charAt(i));
      }
    }
    return false;
  }

  private static boolean boundaryAfter(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if (!isTerminal(c)) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && isCloser(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    // "3 a.m. local time" goes on; a sentence ends where the next one starts with a capital or a quote
    return j >= text.length() || text.charAt(j) == '\n' || Character.isUpperCase(text.charAt(j))
        || isOpener(text.charAt(j)) || Character.isDigit(text.charAt(j));
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(';
  }
}
