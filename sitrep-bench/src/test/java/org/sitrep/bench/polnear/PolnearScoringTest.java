package org.sitrep.bench.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Quote;
import org.sitrep.nlp.quote.QuoteExtractor.AttributedQuote;

class PolnearScoringTest {
  //                                        1         2         3         4         5         6
  //                              0123456789012345678901234567890123456789012345678901234567890123
  private static final String TEXT = "“We will win,” Smith said. Jones argued that taxes were “too high”.";
  private static final String ANN = String.join("\n",
      "T1\tContent 0 14\t“We will win,”",
      "T2\tSource 15 20\tSmith",
      "T3\tCue 21 25\tsaid",
      "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
      "T4\tSource 27 32\tJones",
      "T5\tCue 33 39\targued",
      "T6\tContent 40 66\tthat taxes were “too high”",
      "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
      "# a note");

  private static AttributedQuote quote(int start, int end, String speaker, int ss, int se) {
    return new AttributedQuote(new Quote(TEXT.substring(start + 1, end - 1), speaker, null, null, start, end),
        ss, se, -1, -1);
  }

  @Test
  void parsesRelationsAndTellsDirectQuotesApart() {
    List<GoldAttribution> gold = GoldAttribution.parse(ANN);
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).direct()).isTrue();
    assertThat(gold.get(0).source().cardinality()).isEqualTo(5);
    assertThat(gold.get(1).direct()).isFalse();
  }

  @Test
  void matchesByCoverageAndChecksTheSpeakerSpan() {
    List<GoldAttribution> gold = GoldAttribution.parse(ANN);
    List<AttributedQuote> found = List.of(quote(0, 14, "Smith", 15, 20), quote(56, 66, "Jones", 27, 32));
    PolnearBenchmark.Score s = PolnearBenchmark.score(TEXT, gold, found, 0.3, false);
    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fp()).isZero();
    assertThat(s.ignored()).isEqualTo(1); // the partial quote inside reported speech
    assertThat(s.fn()).isZero();
    assertThat(s.speakerCorrect()).isEqualTo(1);
  }

  @Test
  void aWrongSpeakerAndAMissedQuoteCount() {
    List<GoldAttribution> gold = GoldAttribution.parse(ANN);
    PolnearBenchmark.Score wrong = PolnearBenchmark.score(TEXT, gold,
        List.of(quote(0, 14, "Jones", 27, 32)), 0.3, false);
    assertThat(wrong.tp()).isEqualTo(1);
    assertThat(wrong.speakerCorrect()).isZero();
    PolnearBenchmark.Score none = PolnearBenchmark.score(TEXT, gold, List.of(), 0.3, false);
    assertThat(none.fn()).isEqualTo(1);
    assertThat(none.recall()).isZero();
  }
}
