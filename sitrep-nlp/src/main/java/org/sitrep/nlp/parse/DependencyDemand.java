package org.sitrep.nlp.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.claim.ClaimExtractor;
import org.sitrep.nlp.event.EventExtractor;
import org.sitrep.nlp.quote.SourceResolver;

/**
 * Decides which sentences can use a dependency parse: those holding or next to a quotation mark,
 * those with a reporting, claim or event verb, a light verb with an event noun ("held talks"),
 * "according" or a hedging adverb ("reportedly"), or a person name followed by a comma (an apposition giving a role). The other
 * sentences feed no extractor that reads dependencies, so parsing them is wasted time.
 */
final class DependencyDemand {
  private static final Set<String> VERB_LEMMAS = verbLemmas();

  private DependencyDemand() {}

  /** One sentence as the parser sees it before dependency parsing. */
  record Words(String text, List<String> words, List<String> lemmas, List<String> tags,
      List<String> ner) {}

  /** Which of {@code sentences} to parse, by index. */
  static boolean[] select(List<Words> sentences) {
    int n = sentences.size();
    boolean[] quoted = new boolean[n];
    boolean[] chosen = new boolean[n];
    for (int i = 0; i < n; i++) {
      quoted[i] = hasQuoteMark(sentences.get(i).text());
      chosen[i] = quoted[i] || hasCue(sentences.get(i));
    }
    for (int i = 0; i < n; i++) {
      if (quoted[i]) {
        if (i > 0) {
          chosen[i - 1] = true;
        }
        if (i + 1 < n) {
          chosen[i + 1] = true;
        }
      }
    }
    return chosen;
  }

  private static boolean hasQuoteMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u201A', '\u2039',
            '\u203A' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean hasCue(Words s) {
    boolean lightVerb = false;
    for (int i = 0; i < s.words().size(); i++) {
      String lemma = s.lemmas().get(i).toLowerCase(Locale.ROOT);
      String word = s.words().get(i).toLowerCase(Locale.ROOT);
      if (s.tags().get(i).startsWith("VB")) {
        if (VERB_LEMMAS.contains(lemma)) {
          return true;
        }
        lightVerb |= EventExtractor.lightVerbLemmas().contains(lemma);
      } else if (lightVerb && EventExtractor.lightNouns().contains(word)) {
        return true;
      }
      if (ClaimExtractor.cueWords().contains(word)) {
        return true;
      }
      if (s.ner().get(i).equals("PERSON") && i + 1 < s.words().size()
          && s.words().get(i + 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> verbLemmas() {
    Set<String> all = new HashSet<>(SourceResolver.CUES);
    all.addAll(ClaimExtractor.cueLemmas());
    all.addAll(EventExtractor.actionLemmas());
    return Set.copyOf(all);
  }
}
