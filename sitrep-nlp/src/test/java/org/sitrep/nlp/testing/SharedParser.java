package org.sitrep.nlp.testing;

import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.parse.CoreNlpParser;

/** One real CoreNLP parser per test JVM: the models load once (about ten seconds). */
public final class SharedParser {
  private static CoreNlpParser parser;

  private SharedParser() {}

  public static synchronized CoreNlpParser get() {
    if (parser == null) {
      parser = new CoreNlpParser(NlpConfig.defaults());
    }
    return parser;
  }
}
