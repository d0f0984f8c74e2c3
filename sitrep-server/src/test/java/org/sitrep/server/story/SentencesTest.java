package org.sitrep.server.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final String TEXT = "Putin landed shortly before 3 a.m. local time. Kim met him.\n\n"
      + "\"This is a truly breakthrough document,\" Putin said. Analysts disagreed.";

  @Test
  void abbreviationsInsideASentenceDoNotEndIt() {
    int at = TEXT.indexOf("local");
    assertThat(Sentences.around(TEXT, at, at + 5)).isEqualTo("Putin landed shortly before 3 a.m. local time.");
  }

  @Test
  void aQuoteSpanWidensToItsSentence() {
    int start = TEXT.indexOf('"');
    int end = TEXT.indexOf(",\"") + 2;
    assertThat(Sentences.around(TEXT, start, end)).isEqualTo("\"This is a truly breakthrough document,\" Putin said.");
  }

  @Test
  void aWholeSentenceSpanStaysAsItIs() {
    int start = TEXT.indexOf("Kim");
    int end = TEXT.indexOf("him.") + 4;
    assertThat(Sentences.enclosing(TEXT, start, end)).containsExactly(start, end);
  }

  @Test
  void spansOutsideTheTextAreClamped() {
    assertThat(Sentences.around(TEXT, TEXT.length() - 3, TEXT.length() + 40)).isEqualTo("Analysts disagreed.");
  }
}
