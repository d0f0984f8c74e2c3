package org.sitrep.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedTimingTest {
  @Test
  void everyPageGoesToBothInAlternatingOrder() {
    List<String> calls = new ArrayList<>();
    PairedTiming t = PairedTiming.measure(List.of(1, 2), p -> calls.add("a" + p), p -> calls.add("b" + p), 4);
    int warm = 2 * (t.warmupsA() + t.warmupsB());
    assertThat(t.warmupsA()).isBetween(2, 8);
    assertThat(t.warmupsB()).isBetween(2, 8);
    assertThat(calls.subList(0, 2 * t.warmupsA())).allMatch(c -> c.startsWith("a"));
    assertThat(calls.subList(warm, calls.size())).containsExactly(
        "a1", "b1", "b2", "a2",
        "b1", "a1", "a2", "b2",
        "a1", "b1", "b2", "a2",
        "b1", "a1", "a2", "b2");
    assertThat(t.rounds()).extracting(PairedTiming.Round::aFirst).containsExactly(true, false, true, false);
    assertThat(t.pagesPerPass()).isEqualTo(2);
  }

  @Test
  void ratioIsTakenRoundByRoundAsTheFirstExtractorsSpeedOverTheSeconds() {
    PairedTiming t = new PairedTiming(10, 2, 2, List.of(
        new PairedTiming.Round(1.0, 2.0, 1.1, 2.2, true),
        new PairedTiming.Round(2.0, 2.0, 2.0, 2.0, false),
        new PairedTiming.Round(1.0, 1.5, -1, -1, true)));
    PairedTiming.Spread ratio = t.ratio();
    assertThat(ratio.median()).isCloseTo(1.5, within(1e-12));
    assertThat(ratio.min()).isCloseTo(1.0, within(1e-12));
    assertThat(ratio.max()).isCloseTo(2.0, within(1e-12));
    assertThat(t.aPagesPerCpuSecond().median()).isCloseTo(10.0, within(1e-12));
    assertThat(t.bPagesPerCpuSecond().median()).isCloseTo(5.0, within(1e-12));
    assertThat(t.rounds().get(2).processRatio()).isNaN();
  }

  @Test
  void spreadGivesMedianQuartilesAndRange() {
    PairedTiming.Spread s = PairedTiming.Spread.of(new double[] {9, 1, 5, 3, 7, 2, 8, 4, 6});
    assertThat(s.median()).isEqualTo(5);
    assertThat(s.lowerQuartile()).isEqualTo(3);
    assertThat(s.upperQuartile()).isEqualTo(7);
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(9);
    assertThat(PairedTiming.Spread.of(new double[] {4, 2}).median()).isEqualTo(3);
  }

  @Test
  void refusesNoRoundsAndNoValues() {
    assertThatThrownBy(() -> PairedTiming.measure(List.of(1), p -> { }, p -> { }, 0))
        .hasMessageContaining("rounds must be at least 1, got 0");
    assertThatThrownBy(() -> PairedTiming.Spread.of(new double[0])).hasMessageContaining("got none");
  }
}
