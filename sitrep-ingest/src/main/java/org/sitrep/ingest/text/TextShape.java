package org.sitrep.ingest.text;

import java.util.regex.Pattern;

/** Measures of a line's shape: words, scripts, sentence endings, capitalisation. Stateless. */
public final class TextShape {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?=[\\s\"'”’)\\]]|$)");

  private TextShape() {}

  /** Whitespace-separated tokens; a CJK run counts one word per two characters. */
  public static int words(String text) {
    String s = text.strip();
    int words = 0;
    int length = 0;
    int cjk = 0;
    // Tokens are the runs between ASCII whitespace (what "\\s+" splits on), counted in one pass.
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (length > 0) {
          words += cjk > 0 ? Math.max(1, (cjk + 1) / 2) + (length - cjk > 2 ? 1 : 0) : 1;
        }
        length = 0;
        cjk = 0;
      } else {
        length++;
        if (isCjk(c)) {
          cjk++;
        }
      }
    }
    return words;
  }

  /** Whether {@code c} is a Han, kana or Hangul character. */
  public static boolean isCjk(char c) {
    if (c < '\u1100') {
      return false; // below Hangul Jamo, the first block of these scripts
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** Share of letters that are CJK, in [0,1]; 0 for a line without letters. */
  public static double cjkRatio(String text) {
    int letters = 0;
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (isCjk(c)) {
          cjk++;
        }
      }
    }
    return letters == 0 ? 0 : (double) cjk / letters;
  }

  /** Whether the line ends as a sentence does (period, question or exclamation mark, closing quote). */
  public static boolean endsSentence(String text) {
    String s = text.strip();
    while (!s.isEmpty() && "\"'”’)]»".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return !s.isEmpty() && ".!?:;。！？".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Sentence ends inside the line. */
  public static int sentenceEnds(String text) {
    return (int) SENTENCE_END.matcher(text).results().count();
  }

  /** Share of words of four letters or more that start with a capital: near 1 for Title Case headlines. */
  public static double titleCaseRatio(String text) {
    int long_ = 0;
    int capital = 0;
    for (String token : SPACES.split(text.strip())) {
      String word = token.replaceAll("^[^\\p{L}]+", "");
      if (word.length() >= 4) {
        long_++;
        if (Character.isUpperCase(word.charAt(0))) {
          capital++;
        }
      }
    }
    return long_ == 0 ? 0 : (double) capital / long_;
  }

  /** Whether the line starts with a list bullet ("•", "-", "*", "·", "▪"). */
  public static boolean bulleted(String text) {
    String s = text.strip();
    return !s.isEmpty() && "•-*·▪►‣◦–".indexOf(s.charAt(0)) >= 0
        && (s.length() == 1 || Character.isWhitespace(s.charAt(1)));
  }

  /** The text without a leading bullet. */
  public static String unbulleted(String text) {
    return bulleted(text) ? text.strip().substring(1).strip() : text.strip();
  }
}
