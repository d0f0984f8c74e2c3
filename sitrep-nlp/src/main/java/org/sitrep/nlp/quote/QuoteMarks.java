package org.sitrep.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks: straight and curly double quotes, guillemets, low-high German
 * quotes, CJK corner brackets, and single quotes where they open and close a quotation rather than
 * mark an apostrophe. A quotation that runs over paragraphs (the next paragraph reopening the quote
 * without closing the previous one) is one span. Single quotes nested in a double quote are part of
 * it. Stateless and thread-safe.
 */
final class QuoteMarks {
  /** A quotation: [begin, end) includes the marks; the content is [begin + 1, end - 1). */
  record Span(int begin, int end) {}

  private QuoteMarks() {}

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    char closer = 0;
    char opener = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        char want = closerFor(c, text, i);
        if (want != 0) {
          open = i;
          opener = c;
          closer = want;
        } else if ((c == '‘' || c == '\'') && opensSingle(text, i)) {
          int end = closeSingle(text, i, c == '‘' ? '’' : '\'');
          if (end > 0) {
            out.add(new Span(i, end + 1));
            i = end;
          }
        }
        continue;
      }
      if (c == '\n' && paragraphBreak(text, i)) {
        int next = i;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < n && text.charAt(next) == opener && opener != '"' || next < n && opener == '"'
            && text.charAt(next) == '"' && unbalanced(text, open, i)) {
          i = next; // the quote goes on in the next paragraph
          continue;
        }
        open = -1;
        continue;
      }
      if (c == closer || (closer == '”' && c == '“' && opener == '„')) {
        if (closer == '"' && !closesStraight(text, i)) {
          continue;
        }
        out.add(new Span(open, i + 1));
        open = -1;
      } else if (c == opener && opener != '"') {
        open = i; // two openers in a row: the first was stray
      }
    }
    return out;
  }

  private static char closerFor(char c, String text, int i) {
    return switch (c) {
      case '“' -> '”';
      case '„' -> '”';
      case '«' -> '»';
      case '「' -> '」';
      case '『' -> '』';
      case '"' -> opensStraight(text, i) ? '"' : 0;
      default -> 0;
    };
  }

  private static boolean opensStraight(String text, int i) {
    return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean closesStraight(String text, int i) {
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
  }

  private static boolean paragraphBreak(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** An odd number of straight quotes since the quote opened: the paragraph left it open. */
  private static boolean unbalanced(String text, int open, int end) {
    int count = 0;
    for (int k = open; k < end; k++) {
      if (text.charAt(k) == '"') {
        count++;
      }
    }
    return count % 2 == 1;
  }

  private static boolean opensSingle(String text, int i) {
    if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-:".indexOf(p) >= 0;
  }

  private static int closeSingle(String text, int open, char closer) {
    int limit = Math.min(text.length(), open + 400);
    for (int k = open + 2; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return -1;
      }
      if (c != closer) {
        continue;
      }
      char prev = text.charAt(k - 1);
      char next = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
      if (Character.isLetter(next) || Character.isDigit(next) || Character.isWhitespace(prev)) {
        continue; // an apostrophe inside a word (don't, Korea's)
      }
      if (prev == 's' && Character.isWhitespace(next) && k + 2 < text.length()
          && Character.isLowerCase(text.charAt(k + 2)) && text.substring(open, k).indexOf(' ') < 0) {
        continue; // a plural possessive (states' rights)
      }
      return k;
    }
    return -1;
  }
}
