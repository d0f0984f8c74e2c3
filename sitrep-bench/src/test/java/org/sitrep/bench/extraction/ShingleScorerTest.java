package org.sitrep.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void identicalTextsScorePerfectly() {
    ShingleScorer.DocScore d = scorer.score("One two three four five.", "One, two; three four\nfive");
    assertThat(d.precision()).isEqualTo(1.0);
    assertThat(d.recall()).isEqualTo(1.0);
    assertThat(d.exact()).isTrue();
  }

  @Test
  void countsShingleMultisetsAndNormalisesPerDocument() {
    // gold shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
    ShingleScorer.DocScore d = scorer.score("a b c d e", "a b c d x");
    assertThat(d.tp()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(d.fp()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(d.fn()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(d.precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void shortTextsFormOneShingleAndEmptyPredictionsSkipPrecision() {
    assertThat(ShingleScorer.shingles(ShingleScorer.tokens("just two"))).hasSize(1);
    ShingleScorer.DocScore empty = scorer.score("a b c d e", "");
    assertThat(empty.precision()).isNaN();
    assertThat(empty.recall()).isEqualTo(0.0);
  }

  @Test
  void unicodeWordsAreTokens() {
    assertThat(ShingleScorer.tokens("Größe café_1 서울시, 폭염")).containsExactly("Größe", "café_1", "서울시", "폭염");
  }

  @Test
  void corpusF1ComesFromMeanPrecisionAndRecall() {
    List<ShingleScorer.DocScore> docs = List.of(scorer.score("a b c d e", "a b c d e"), scorer.score("a b c d e", ""));
    ShingleScorer.Score s = scorer.aggregate(docs);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(s.accuracy()).isEqualTo(0.5);
  }
}
