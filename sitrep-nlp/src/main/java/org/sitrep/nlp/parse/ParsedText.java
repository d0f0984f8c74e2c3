package org.sitrep.nlp.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's analysis of one text, as our typed records. Offsets index {@link #text()}.
 *
 * @param docDate the ISO date the text was anchored to (SUTime's document date), or null
 */
public record ParsedText(
    String text, @Nullable String docDate, List<Sentence> sentences, List<TimexMention> timexes) {
  public ParsedText {
    sentences = List.copyOf(sentences);
    timexes = List.copyOf(timexes);
  }

  /** The sentence whose span contains {@code offset}, or null. */
  public @Nullable Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
