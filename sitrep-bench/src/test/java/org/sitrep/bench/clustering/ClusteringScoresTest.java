package org.sitrep.bench.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  @Test
  void scoresAHandComputedExample() {
    // gold {0,1}{2,3}; predicted {0,1}{2}{3}
    ClusteringScores s = ClusteringScores.of(new int[] {0, 0, 1, 1}, new int[] {5, 5, 7, 9});
    // MI = 4 ln2, H(gold) = 4 ln2, H(pred) = 6 ln2 (as sums over documents): NMI = 4 / sqrt(24)
    assertThat(s.nmi()).isCloseTo(4 / Math.sqrt(24), within(1e-12));
    assertThat(s.predictedClusters()).isEqualTo(3);
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.bcubedPrecision()).isCloseTo(1.0, within(1e-12));
    assertThat(s.bcubedRecall()).isCloseTo(0.75, within(1e-12));
    assertThat(s.pairPrecision()).isCloseTo(1.0, within(1e-12));
    assertThat(s.pairRecall()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void identicalPartitionsScoreOne() {
    ClusteringScores s = ClusteringScores.of(new int[] {1, 1, 2, 3, 3, 3}, new int[] {9, 9, 4, 0, 0, 0});
    assertThat(s.nmi()).isCloseTo(1.0, within(1e-12));
    assertThat(s.bcubedF1()).isCloseTo(1.0, within(1e-12));
    assertThat(s.pairF1()).isCloseTo(1.0, within(1e-12));
  }
}
