package org.sitrep.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalCueTest {
  @Test
  void digitsMonthsWeekdaysUnitsAndVagueTimesAreCues() {
    assertThat(TemporalCue.isCue("2016", "CD")).isTrue();
    assertThat(TemporalCue.isCue("3pm", "NN")).isTrue();
    assertThat(TemporalCue.isCue("Sept.", "NNP")).isTrue();
    assertThat(TemporalCue.isCue("Wednesday", "NNP")).isTrue();
    assertThat(TemporalCue.isCue("decades", "NNS")).isTrue();
    assertThat(TemporalCue.isCue("now", "RB")).isTrue();
    assertThat(TemporalCue.isCue("time", "NN")).isTrue(); // "at the time"
    assertThat(TemporalCue.isCue("sixties", "NNS")).isTrue();
    assertThat(TemporalCue.isCue("Christmas", "NNP")).isTrue();
  }

  @Test
  void hyphenatedAndPeriodicWordsAreCues() {
    assertThat(TemporalCue.isCue("three-month", "JJ")).isTrue();
    assertThat(TemporalCue.isCue("mid-March", "NNP")).isTrue();
    assertThat(TemporalCue.isCue("semiannual", "JJ")).isTrue();
    assertThat(TemporalCue.isCue("Daily", "NNP")).isTrue();
  }

  @Test
  void ambiguousWordsAreCuesOnlyAsNouns() {
    assertThat(TemporalCue.isCue("May", "NNP")).isTrue();
    assertThat(TemporalCue.isCue("may", "MD")).isFalse();
    assertThat(TemporalCue.isCue("fall", "VB")).isFalse();
    assertThat(TemporalCue.isCue("fall", "NN")).isTrue();
    assertThat(TemporalCue.isCue("sat", "VBD")).isFalse();
  }

  @Test
  void ordinaryWordsAreNot() {
    assertThat(TemporalCue.isCue("Putin", "NNP")).isFalse();
    assertThat(TemporalCue.isCue("signed", "VBD")).isFalse();
    assertThat(TemporalCue.isCue("three", "CD")).isFalse();
    assertThat(TemporalCue.isCue("treaty", "NN")).isFalse();
    assertThat(TemporalCue.isCue("-", ":")).isFalse();
  }
}
