package org.sitrep.corpus.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The installed {@link Glossary} implementations, and text read through them: the words of a
 * script a glossary covers become the content terms of their English glosses, every other
 * stretch is read by {@link Terms}. A text that no glossary covers gives exactly
 * {@link Terms#terms(String)}, so English analyses are unchanged by the glossaries installed.
 * Thread-safe.
 */
public final class Glossaries {
  private static final class Installed {
    static final List<Glossary> ALL = load();
  }

  private Glossaries() {}

  private static List<Glossary> load() {
    List<Glossary> out = new ArrayList<>();
    for (Glossary g : ServiceLoader.load(Glossary.class, Glossaries.class.getClassLoader())) {
      out.add(g);
    }
    out.sort(Comparator.comparing(Glossary::name));
    return List.copyOf(out);
  }

  /** The glossaries on the class path, by name. */
  public static List<Glossary> installed() {
    return Installed.ALL;
  }

  /** The glossary that reads {@code codePoint}, or null. */
  public static @Nullable Glossary of(int codePoint) {
    if (codePoint < 0x0370) {
      // Latin letters, digits and punctuation, the common case: read by Terms
      return null;
    }
    for (Glossary g : installed()) {
      if (g.covers(codePoint)) {
        return g;
      }
    }
    return null;
  }

  /**
   * One token of a text: a glossed word of a covered script ({@code gloss} may be null when the
   * dictionary lacks it), or a stretch of other text ({@code glossary} null).
   */
  public record Token(int start, int end, String text, @Nullable String gloss, @Nullable Glossary glossary) {}

  /**
   * The text cut into runs: each run a glossary covers is split into its words; the stretches
   * between them are returned whole, as one token each.
   */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int plainFrom = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      Glossary g = of(cp);
      if (g == null) {
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < text.length()) {
        int c = text.codePointAt(end);
        if (of(c) != g) {
          break;
        }
        end += Character.charCount(c);
      }
      if (plainFrom < i) {
        out.add(new Token(plainFrom, i, text.substring(plainFrom, i), null, null));
      }
      for (Glossary.Word w : g.words(text.substring(i, end))) {
        out.add(new Token(i + w.start(), i + w.end(), w.text(), w.gloss(), g));
      }
      i = end;
      plainFrom = end;
    }
    if (plainFrom < text.length()) {
      out.add(new Token(plainFrom, text.length(), text.substring(plainFrom), null, null));
    }
    return out;
  }

  /** True when some character of {@code text} is read by an installed glossary. */
  public static boolean covered(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (of(cp) != null) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Content terms of {@code text} in English: {@link Terms#terms(String)} of the text outside the
   * covered scripts, and of the gloss of each covered word the dictionary knows (words it does not
   * know are left out: they have no counterpart in another language).
   */
  public static List<String> terms(String text) {
    if (!covered(text)) {
      return Terms.terms(text);
    }
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text)) {
      if (t.glossary() == null) {
        out.addAll(Terms.terms(t.text()));
      } else if (t.gloss() != null) {
        out.addAll(Terms.terms(t.gloss()));
      }
    }
    return out;
  }
}
