package org.sitrep.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into comparable terms: lower-cased word tokens without accents, stop words removed,
 * Snowball (Porter2) English stems. Thread-safe.
 *
 * <p>NOTE: hyphens and apostrophes join word parts ("Suk-yeol" becomes "sukyeol", "Kim's" becomes
 * "kim"), so romanisation variants of Korean names compare equal.
 */
public final class Terms {
  private static final Set<String> STOP = loadStopWords();
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

  private Terms() {}

  /** Word tokens of {@code text}: lower case, accents removed, hyphens and apostrophes joined. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String folded = fold(text);
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if ((c == '-' || c == '\'' || c == '\u2019') && cur.length() > 0
          && i + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(i + 1))) {
        if (c != '-' && i + 2 <= folded.length()
            && (i + 2 == folded.length() || !Character.isLetterOrDigit(folded.charAt(i + 2)))
            && folded.charAt(i + 1) == 's') {
          // possessive 's: drop it
          i++;
          flush(cur, out);
        }
        // otherwise join the parts
      } else if ((c == ',' || c == '.') && cur.length() > 0 && i + 1 < folded.length()
          && Character.isDigit(folded.charAt(i + 1)) && Character.isDigit(cur.charAt(cur.length() - 1))) {
        // digit group separator or decimal point inside a number: keep the number whole
        if (c == '.') {
          cur.append('.');
        }
      } else {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  /** Content terms of {@code text}: stemmed words without stop words and one-letter tokens. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (w.length() < 2 || STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  /** True for a stop word (lower case). */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /** The Snowball English stem of a lower-case word; numbers are kept as they are. */
  public static String stem(String word) {
    if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
      return word;
    }
    EnglishStemmer s = STEMMER.get();
    s.setCurrent(word);
    s.stem();
    return s.getCurrent();
  }

  /** Lower case without accents ("Pyongyang" and "Pyŏngyang" fold alike). */
  public static String fold(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static Set<String> loadStopWords() {
    Set<String> set = new HashSet<>();
    try (InputStream in = Terms.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus: resource stopwords.txt missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          set.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corpus: cannot read stopwords.txt", e);
    }
    return Set.copyOf(set);
  }
}
