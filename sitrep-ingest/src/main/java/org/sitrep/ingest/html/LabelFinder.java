package org.sitrep.ingest.html;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that starts with one of a few literal labels ("Author", "published", "作者"), found over a
 * page's whole text. {@link Matcher#find()} tries every alternative at every position; this tries the
 * pattern only where one of the labels is spelled out, which finds the same matches at a fraction of
 * the cost on long texts. Immutable and thread-safe; a {@link Matcher} from {@link #matcher} is not.
 */
final class LabelFinder {
  private final Pattern pattern;
  private final List<String> labels;
  private final boolean ignoreCase;
  /** Whether an ASCII character (letter case folded when ignoring case) can start a label. */
  private final boolean[] asciiStart = new boolean[128];
  /** For each ASCII character, the labels it can start, in order (only those can be spelled there). */
  private final List<List<String>> byAsciiStart = new java.util.ArrayList<>();
  /** The characters outside ASCII that can start a label. */
  private final String otherStarts;

  /**
   * @param labels the literal labels, in the order the alternation tries them
   * @param tail the pattern that follows the label
   * @param ignoreCase whether labels match in any ASCII letter case, as the {@code (?i)} flag does
   */
  LabelFinder(List<String> labels, String tail, boolean ignoreCase) {
    this.labels = List.copyOf(labels);
    this.ignoreCase = ignoreCase;
    StringBuilder alternation = new StringBuilder(ignoreCase ? "(?i)(?:" : "(?:");
    StringBuilder others = new StringBuilder();
    for (int i = 0; i < this.labels.size(); i++) {
      String label = this.labels.get(i);
      if (label.isEmpty()) {
        throw new IllegalArgumentException("empty label in " + labels);
      }
      alternation.append(i == 0 ? "" : "|").append(Pattern.quote(label));
      char c = label.charAt(0);
      if (c < 128) {
        asciiStart[c] = true;
        if (ignoreCase) {
          asciiStart[Character.toLowerCase(c)] = true;
          asciiStart[Character.toUpperCase(c)] = true;
        }
      } else {
        others.append(c);
      }
    }
    this.pattern = Pattern.compile(alternation.append(')').append(tail).toString());
    this.otherStarts = others.toString();
    for (char c = 0; c < 128; c++) {
      List<String> starting = new java.util.ArrayList<>();
      for (String label : this.labels) {
        if (label.regionMatches(ignoreCase, 0, String.valueOf(c), 0, 1)) {
          starting.add(label);
        }
      }
      byAsciiStart.add(List.copyOf(starting));
    }
  }

  Pattern pattern() {
    return pattern;
  }

  Matcher matcher(String text) {
    return pattern.matcher(text);
  }

  /**
   * Finds the next match in {@code text} that starts at or after {@code from}, as {@link Matcher#find(int)}
   * would; on success the matcher holds the match.
   */
  boolean find(Matcher m, String text, int from) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? !asciiStart[c] : otherStarts.indexOf(c) < 0) {
        continue;
      }
      if (spellsLabel(text, i)) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a label is spelled at {@code i} (a superset of where the pattern's alternation matches). */
  private boolean spellsLabel(String text, int i) {
    char c = text.charAt(i);
    for (String label : c < 128 ? byAsciiStart.get(c) : labels) {
      if (text.regionMatches(ignoreCase, i, label, 0, label.length())) {
        return true;
      }
    }
    return false;
  }
}
