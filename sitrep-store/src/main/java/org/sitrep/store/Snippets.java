package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Highlighted snippets: the window of an article's text holding the most query terms, HTML-escaped,
 * with each matching word wrapped in {@code <mark>}. Terms are matched after analysis, so "talks"
 * marks "talk" and "talked", and in the language a paragraph was indexed in. Thread-safe.
 */
final class Snippets {
  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";
  private static final int WINDOW = 220;

  private final TextLanguages languages;

  Snippets(TextLanguages languages) {
    this.languages = languages;
  }

  /** The analysed query terms of the title and text fields, by language key. */
  static Map<String, Set<String>> terms(Query query) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Map<String, Set<String>> out = new HashMap<>();
    for (Term t : terms) {
      String lang = TextLanguages.languageOfField(t.field());
      if (lang != null) {
        out.computeIfAbsent(lang, k -> new HashSet<>()).add(t.text());
      }
    }
    return out;
  }

  /**
   * The best window of {@code text} for {@code terms} (by language key), each paragraph analysed
   * in the language it was indexed in; its start when there is no match.
   */
  String snippet(String text, @Nullable String articleLanguage, Map<String, Set<String>> terms) {
    List<int[]> matches = new ArrayList<>();
    if (!terms.isEmpty()) {
      for (TextLanguages.Run run : TextLanguages.runs(text, articleLanguage)) {
        Set<String> wanted = terms.getOrDefault(run.language(), Set.of());
        if (wanted.isEmpty()) {
          continue;
        }
        try (TokenStream ts = languages.analyzer(run.language())
            .tokenStream(TextLanguages.textField(run.language()), text.substring(run.start(), run.end()))) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            if (wanted.contains(term.toString())) {
              int start = run.start() + offset.startOffset();
              int end = run.start() + offset.endOffset();
              int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
              if (last != null && last[1] == start) {
                last[1] = end; // adjacent matches (the characters of one name) are one mark
              } else if (last == null || start >= last[1]) {
                matches.add(new int[] {start, end});
              }
            }
          }
          ts.end();
        } catch (IOException e) {
          throw new UncheckedIOException("snippets: cannot analyse text", e);
        }
      }
    }
    int begin = 0;
    if (!matches.isEmpty()) {
      int best = 0;
      int bestCount = 0;
      for (int i = 0, j = 0; i < matches.size(); i++) {
        if (j < i) {
          j = i;
        }
        while (j + 1 < matches.size() && matches.get(j + 1)[1] - matches.get(i)[0] <= WINDOW) {
          j++;
        }
        if (j - i + 1 > bestCount) {
          bestCount = j - i + 1;
          best = i;
        }
      }
      begin = wordStart(text, Math.max(0, matches.get(best)[0] - 40));
    }
    int end = wordEnd(text, Math.min(text.length(), begin + WINDOW));
    StringBuilder sb = new StringBuilder();
    if (begin > 0) {
      sb.append("… ");
    }
    int pos = begin;
    for (int[] m : matches) {
      if (m[0] < begin || m[1] > end) {
        continue;
      }
      escape(sb, text, pos, m[0]);
      sb.append(OPEN);
      escape(sb, text, m[0], m[1]);
      sb.append(CLOSE);
      pos = m[1];
    }
    escape(sb, text, pos, end);
    if (end < text.length()) {
      sb.append(" …");
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  private static int wordStart(String text, int i) {
    if (i == 0) {
      return 0;
    }
    int j = i;
    while (j > 0 && j > i - 20 && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length() && j < i + 20 && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static void escape(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
  }
}
