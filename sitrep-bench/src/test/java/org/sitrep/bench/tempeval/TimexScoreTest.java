package org.sitrep.bench.tempeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {
  @Test
  void tagsAreStrippedAndGoldSpansIndexThePlainText() {
    TimeMlDocument doc = TimeMlDocument.parseText("d", "2013-03-22",
        "He <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3>"
            + " &amp; <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1M\">a month</TIMEX3> ago.");
    assertThat(doc.text()).isEqualTo("He said Friday & a month ago.");
    assertThat(doc.gold()).containsExactly(
        new TimexSpan(8, 14, "DATE", "2013-03-22"), new TimexSpan(17, 24, "DURATION", "P1M"));
  }

  @Test
  void relaxedStrictValueAndTypeFiguresFollowTheOfficialDefinitions() {
    List<TimexSpan> gold = List.of(
        new TimexSpan(0, 6, "DATE", "2013-03-22"),
        new TimexSpan(10, 17, "DURATION", "P1M"),
        new TimexSpan(30, 34, "DATE", "2012"));
    List<TimexSpan> system = List.of(
        new TimexSpan(0, 6, "DATE", "2013-03-22"),      // strict, right value
        new TimexSpan(12, 17, "DURATION", "P30D"),      // relaxed, wrong value
        new TimexSpan(40, 45, "DATE", "2011"));         // spurious
    TimexScore s = TimexScore.of(gold, system);
    assertThat(s.relaxed()).isEqualTo(2);
    assertThat(s.strict()).isEqualTo(1);
    assertThat(s.relaxedPrecision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.relaxedF1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(0.5 * 2 / 3.0, within(1e-9));
    assertThat(s.typeF1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void creationTimesCountAsFreeMatches() {
    TimexScore s = TimexScore.of(List.of(new TimexSpan(0, 4, "DATE", "2012")), List.of())
        .withCopiedCreationTimes(1);
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.relaxedRecall()).isEqualTo(0.5);
    assertThat(s.relaxedPrecision()).isEqualTo(1.0);
  }

  @Test
  void theOfficialFiguresLeaveTheCreationTimesOut() {
    // The TE3 scorer skips tid t0: two documents, one gold timex found with the wrong value.
    TimexScore s = TimexScore.of(List.of(new TimexSpan(0, 4, "DATE", "2012")),
        List.of(new TimexSpan(0, 4, "DATE", "2013")));
    var r = new TempevalBenchmark.SplitResult("test", 2, 100, s, 0, 0, List.of("d [x]: bad"));
    assertThat(r.figures(false)).containsEntry("gold", 1).containsEntry("valueF1", 0.0);
    assertThat(r.figures(true)).containsEntry("gold", 3).containsEntry("valueF1", 66.67);
    assertThat(r.invalidValues()).containsExactly("d [x]: bad");
  }
}
