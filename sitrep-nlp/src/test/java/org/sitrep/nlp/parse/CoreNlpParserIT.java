package org.sitrep.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.NlpConfig;

class CoreNlpParserIT {
  private static CoreNlpParser parser;

  @BeforeAll
  static void load() {
    parser = new CoreNlpParser(NlpConfig.defaults());
  }

  @Test
  void tokensCarryOffsetsIntoTheOriginalText() {
    String text = "Russian President Vladimir Putin visited Pyongyang on Wednesday.\n\nKim Jong-un met him.";
    ParsedText parsed = parser.parse(text, "2024-06-21");
    assertThat(parsed.sentences()).hasSize(2);
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
      }
    }
    Token putin = parsed.sentences().get(0).tokens().get(3);
    assertThat(putin.word()).isEqualTo("Putin");
    assertThat(putin.ner()).isEqualTo("PERSON");
  }

  @Test
  void dependencyTreeHasOneRootPerSentenceAndTheSubject() {
    ParsedText parsed = parser.parse("Putin signed the treaty.", null);
    Sentence s = parsed.sentences().get(0);
    assertThat(s.children(-1)).hasSize(1);
    int verb = s.children(-1).get(0).dependent();
    assertThat(s.tokens().get(verb).lemma()).isEqualTo("sign");
    assertThat(s.children(verb)).anySatisfy(d -> {
      assertThat(d.relation()).isEqualTo("nsubj");
      assertThat(s.tokens().get(d.dependent()).word()).isEqualTo("Putin");
    });
  }

  @Test
  void sutimeAnchorsRelativeDatesToTheDocumentDate() {
    ParsedText parsed = parser.parse("The treaty was signed on Wednesday.", "2024-06-21");
    assertThat(parsed.timexes()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Wednesday");
      assertThat(t.type()).isEqualTo("DATE");
      assertThat(t.value()).startsWith("2024-06");
    });
  }

  @Test
  void sutimeRulesRunOnlyWhereATemporalCueIs() {
    assertThat(parser.selectiveTimeRules()).isTrue();
  }

  @Test
  void theParserScoresWithTheTransposedOutputLayer() {
    assertThat(parser.transposedParserOutput()).isTrue();
  }

  @Test
  void timesWithoutDigitsAreFoundAndNumbersWithoutTimesStillTagged() {
    ParsedText parsed = parser.parse("At the time, the treaty was new. Three soldiers died last summer.\n\n"
        + "Two hundred people marched. Kim Jong-un welcomed the guests.", "2024-06-21");
    assertThat(parsed.timexes()).extracting(TimexMention::text).contains("time", "last summer");
    List<Token> march = parsed.sentences().get(2).tokens();
    assertThat(march.get(0).ner()).isEqualTo("NUMBER");
    assertThat(march.get(0).normalizedNer()).isEqualTo("200.0");
    assertThat(parsed.sentences().get(3).tokens().get(0).ner()).isEqualTo("PERSON");
  }
}
