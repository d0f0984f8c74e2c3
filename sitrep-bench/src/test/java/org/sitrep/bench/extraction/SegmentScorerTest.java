package org.sitrep.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScorerTest {
  @Test
  void countsIncludedAndExcludedSegmentsAfterWhitespaceNormalisation() {
    SegmentScorer scorer = new SegmentScorer();
    int[] page = scorer.add(List.of("the  quick\nbrown", "missing part"), List.of("Impressum", "fox"),
        "The the quick   brown fox\n\njumps");
    assertThat(page).containsExactly(1, 1);
    SegmentScorer.Score s = scorer.score();
    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.tn()).isEqualTo(1);
    assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void emptyOutputCountsAllIncludedAsMissedAndAllExcludedAsAvoided() {
    SegmentScorer scorer = new SegmentScorer();
    scorer.add(List.of("a"), List.of("b", ""), "");
    SegmentScorer.Score s = scorer.score();
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.tn()).isEqualTo(2);
    assertThat(s.tp() + s.fp()).isZero();
  }

  @Test
  void matchingIsCaseSensitive() {
    SegmentScorer scorer = new SegmentScorer();
    assertThat(scorer.add(List.of("Berlin"), List.of(), "in berlin today")).containsExactly(0, 0);
  }
}
