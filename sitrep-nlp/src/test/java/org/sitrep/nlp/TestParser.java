package org.sitrep.nlp;

import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.parse.ParsedText;

/** The one CoreNLP parser of a test JVM: loading it costs seconds and a gigabyte. */
public final class TestParser {
  private static CoreNlpParser parser;

  private TestParser() {}

  public static synchronized CoreNlpParser get() {
    if (parser == null) {
      parser = new CoreNlpParser(NlpConfig.defaults());
    }
    return parser;
  }

  public static ParsedText parse(String text) {
    return get().parse(text, "2024-06-21");
  }
}
