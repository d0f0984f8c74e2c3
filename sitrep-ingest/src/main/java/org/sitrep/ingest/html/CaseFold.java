package org.sitrep.ingest.html;

/**
 * Case folding as a case-insensitive Unicode pattern ({@code (?iu)}) compares characters: each code point
 * as the lower case of its upper case. A line folded once can then be matched by a pattern without
 * those flags, which spares the matcher two case conversions at every comparison of every
 * alternative; the pattern's own letters must be folded already (lower-case letters of the scripts
 * the patterns use are).
 */
final class CaseFold {
  private CaseFold() {}

  /** {@code s} with every code point folded; {@code s} itself when no code point changes. */
  static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 ? (c >= 'A' && c <= 'Z') : folded(s.codePointAt(i)) != s.codePointAt(i)) {
        break;
      }
      i += c < 0x80 ? 1 : Character.charCount(s.codePointAt(i));
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(folded(cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static int folded(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }
}
