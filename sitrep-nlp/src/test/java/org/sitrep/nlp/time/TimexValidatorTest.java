package org.sitrep.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValidatorTest {
  @Test
  void acceptsEveryTimexForm() {
    for (String v : new String[] {
        "2024", "2024-06", "2024-06-19", "XXXX-06-21", "2012-XX-XX", "XXXX-XX-XX", "199", "199X", "19",
        "19XX", "2024-W25", "2024-W05-WE", "XXXX-WXX-7", "2024-SU", "XXXX-WI", "2024-Q3", "XXXX-Q1",
        "2024-QX", "2024-H1", "2024-06-19T23:30", "2024-06-19T15:00:05Z", "2024-06-19T09:00+09:00",
        "2024-06-19T09:00-0500", "2012-XX-XXT20", "2024-06-19TMO", "XXXX-WXX-7TNI", "2024-06-19T24:00",
        "P3D", "PT2H30M", "PXY", "P1.5Y", "P2Q", "P1DE", "P1E", "PT3H7M35S", "P1Y6M", "PTXM",
        "PRESENT_REF", "PAST_REF", "FUTURE_REF"}) {
      assertThat(TimexValidator.problem(v)).as(v).isNull();
    }
  }

  @Test
  void rejectsWhatTimeMlHasNoFormFor() {
    for (String v : new String[] {
        "", "0800", "T08:00", "08:00", "PREV_IMMEDIATE", "THIS P1D", "XXXX", "2009/2010", "2024-02-30",
        "2024-13", "2024-W54", "2024-06-19T25:00", "2024-06-19T", "TMO", "P", "PT", "P1X", "NEXT_IMMEDIATE",
        "2024-06-19 T10:00", "OFFSET P-1D", "2024-06-19TXX:XX:XX.XXX"}) {
      assertThat(TimexValidator.isValid(v)).as(v).isFalse();
    }
    assertThat(TimexValidator.problem("XXXX")).contains("unknown year");
    assertThat(TimexValidator.problem("2024-02-30")).contains("no calendar day");
  }
}
