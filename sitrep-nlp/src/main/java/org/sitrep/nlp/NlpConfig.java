package org.sitrep.nlp;

/**
 * Which CoreNLP annotators run, and bounds.
 *
 * @param dependencies run the dependency parser (events and speaker attribution need it)
 * @param fineGrainedNer CoreNLP's fine-grained NER (slower; off unless it pays)
 * @param maxChars longest text annotated; longer texts are cut at a paragraph boundary
 */
public record NlpConfig(boolean dependencies, boolean fineGrainedNer, int maxChars) {
  public NlpConfig {
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be >= 1000, got " + maxChars);
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(true, false, 200_000);
  }
}
