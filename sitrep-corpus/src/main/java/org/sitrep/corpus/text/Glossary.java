package org.sitrep.corpus.text;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dictionary that reads the words of one script and glosses them in English, so that the corpus
 * analyses (story clustering, claim matching, framing terms) can compare an article in that
 * language with English ones. Found with {@link java.util.ServiceLoader} (see {@link Glossaries});
 * an implementation must be cheap to construct and load its dictionary when first asked for words.
 * Thread-safe.
 */
public interface Glossary {
  /** Stable kebab-case name of the dictionary ({@code cc-cedict}), shown where a gloss is explained. */
  String name();

  /** Whether this glossary reads the character {@code codePoint} (its script). */
  boolean covers(int codePoint);

  /**
   * The words of {@code run}, a text whose characters this glossary {@link #covers covers}, in
   * order and without gaps, each with its English gloss or null when the dictionary has none.
   */
  List<Word> words(String run);

  /**
   * One word of a run.
   *
   * @param start offset of its first character in the run
   * @param end offset after its last character
   * @param text the word as written
   * @param gloss its English gloss ("sign", "summit meeting"), or null
   */
  record Word(int start, int end, String text, @Nullable String gloss) {
    public Word {
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("word span must be 0 <= start <= end, got " + start + ".." + end);
      }
    }
  }
}
