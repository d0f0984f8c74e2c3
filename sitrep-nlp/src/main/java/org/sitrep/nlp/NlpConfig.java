package org.sitrep.nlp;

/**
 * Which CoreNLP annotators run, and bounds.
 *
 * @param dependencies run the dependency parser (events and speaker attribution need it)
 * @param fineGrainedNer CoreNLP's fine-grained NER (slower; off unless it pays)
 * @param maxChars longest text annotated; longer texts are cut at a paragraph boundary
 * @param dependenciesEverywhere parse every sentence; when false (the default) only sentences an
 *     extractor can use (quotes and their neighbours, reporting, claim and event verbs) are parsed
 */
public record NlpConfig(boolean dependencies, boolean fineGrainedNer, int maxChars,
    boolean dependenciesEverywhere) {
  public NlpConfig {
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be >= 1000, got " + maxChars);
    }
  }

  /** Dependencies, when on, only for the sentences that can use them. */
  public NlpConfig(boolean dependencies, boolean fineGrainedNer, int maxChars) {
    this(dependencies, fineGrainedNer, maxChars, false);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(true, false, 200_000);
  }
}
