package org.sitrep.nlp.pack;

import org.sitrep.nlp.NlpConfig;

/**
 * Service-provider entry of a language pack, listed in {@code
 * META-INF/services/org.sitrep.nlp.pack.LanguagePackProvider}. Instantiating a provider must be cheap:
 * models are loaded only by {@link #load}, which {@link LanguagePacks} calls once, when the first
 * article in the language arrives.
 */
public interface LanguagePackProvider {
  /** ISO 639-1 code of the language (the stable key packs are found by). */
  String language();

  /**
   * Whether {@code paragraph} is plainly written in this language, from its script alone (a paragraph
   * of Han characters for Chinese). Used to hand the paragraphs of a mixed-language article to their
   * own packs; a provider that cannot tell from the script answers false.
   */
  boolean recognizes(String paragraph);

  /** Loads the models and returns the pack (seconds and hundreds of megabytes). */
  LanguagePack load(NlpConfig config);
}
