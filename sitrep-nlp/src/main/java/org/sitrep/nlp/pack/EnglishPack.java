package org.sitrep.nlp.pack;

import java.util.Locale;
import java.util.Set;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.nlp.NlpAnnotator;
import org.sitrep.nlp.NlpConfig;

/** English: {@link NlpAnnotator} (CoreNLP's English models and our extractors) as a pack. */
public final class EnglishPack implements LanguagePack {
  private final NlpAnnotator annotator;

  public EnglishPack(NlpConfig config) {
    this.annotator = new NlpAnnotator(config);
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument doc, StageContext ctx) throws StageException {
    return new AnnotatedDocument(doc, annotator.process(doc, ctx));
  }

  /** The provider listed for {@link java.util.ServiceLoader}. */
  public static final class Provider implements LanguagePackProvider {
    /** Words that make up a good share of any English prose and of little else. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "is",
        "was", "that", "for", "on", "with", "by", "a", "an", "has", "have", "said", "from", "as");

    @Override
    public String language() {
      return "en";
    }

    /**
     * A paragraph of Latin letters (nine in ten letters at least) in which English function words
     * make up a tenth of the words.
     */
    @Override
    public boolean recognizes(String paragraph) {
      int letters = 0;
      int latin = 0;
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (c < 0x250) {
            latin++;
          }
        }
      }
      if (letters < 20 || latin * 10 < letters * 9) {
        return false;
      }
      String[] words = paragraph.toLowerCase(Locale.ROOT).split("[^a-z']+");
      int n = 0;
      int function = 0;
      for (String w : words) {
        if (!w.isEmpty()) {
          n++;
          if (FUNCTION_WORDS.contains(w)) {
            function++;
          }
        }
      }
      return n >= 4 && function * 10 >= n;
    }

    @Override
    public LanguagePack load(NlpConfig config) {
      return new EnglishPack(config);
    }
  }
}
