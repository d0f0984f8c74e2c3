package org.sitrep.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Quote;
import org.sitrep.nlp.TestParser;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;

class QuoteExtractorIT {
  private static List<Quote> quotes(String text) {
    ParsedText parsed = TestParser.parse(text);
    List<Quote> qs = new QuoteExtractor().extract(parsed, new EntityExtractor().extract(parsed));
    for (Quote q : qs) {
      assertThat(text.substring(q.start() + 1, q.end() - 1)).contains(q.text());
    }
    return qs;
  }

  @Test
  void cueAfterTheQuoteNamesTheSpeakerWithRole() {
    List<Quote> qs = quotes("South Korea's Defence Minister Ahn Gyu-back spoke on Monday. "
        + "\"The security landscape has reached unprecedented instability,\" Ahn said.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The security landscape has reached unprecedented instability,");
      assertThat(q.speaker()).isEqualTo("Ahn Gyu-back");
      assertThat(q.speakerId()).isEqualTo("person:ahn-gyu-back");
      assertThat(q.speakerRole()).isEqualTo("Defence Minister");
    });
  }

  @Test
  void organisationsSpeakAndCueBeforeTheQuote() {
    List<Quote> qs = quotes("The Global Times argued, “U.S. policymakers must realize that they cannot "
        + "command everything.”");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Global Times");
      assertThat(q.speakerId()).isEqualTo("organization:global-times");
    });
  }

  @Test
  void pronounsAndSurnamesResolveToTheFullName() {
    List<Quote> qs = quotes("Wang Junsheng, a researcher at the Chinese Academy of Social Sciences, "
        + "spoke first. Wang emphasized, “Cooperation is not surprising.” Later he added, "
        + "«The dialogue will help both sides.»");
    assertThat(qs).hasSize(2).allSatisfy(q -> {
      assertThat(q.speaker()).isEqualTo("Wang Junsheng");
      assertThat(q.speakerRole()).isEqualTo("a researcher at the Chinese Academy of Social Sciences");
    });
  }

  @Test
  void unnamedSourcesAndOtherMarks() {
    List<Quote> qs = quotes("A senior official told reporters, 'We are ready for talks at any time.' "
        + "The ministry said 「the door remains open to everyone」 in its statement.");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker()).isEqualTo("A senior official");
    assertThat(qs.get(0).speakerId()).isNull();
    assertThat(qs.get(1).text()).isEqualTo("the door remains open to everyone");
  }

  @Test
  void aQuoteOverParagraphsIsOneQuoteAndApostrophesAreNotQuotes() {
    String text = "The editorial board wrote: “We recognize that many voters distrust her.\n\n"
        + "“We are not blind to those flaws,” the board added. Korea's 'sunshine' era isn't back.";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).contains("distrust her").contains("not blind");
  }

  @Test
  void aSpeakerNamedOnlyByRoleIsThePersonHoldingIt() {
    List<Quote> qs = quotes("Foreign Ministry spokesperson Lin Jian said on Thursday that the talks "
        + "were a matter for two sovereign states. \"We have no information on the relevant details,\" "
        + "the spokesperson said.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Lin Jian");
      assertThat(q.speakerId()).isEqualTo("person:lin-jian");
    });
  }

  @Test
  void anUnnamedSpokespersonSpeaksForTheOrganisation() {
    List<Quote> qs = quotes("A spokesperson for the Ministry of National Defence said on Saturday that "
        + "the claim is a groundless slander. \"We have never exported any weapons to Russia and have no "
        + "intention to do so,\" the spokesperson said.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Ministry of National Defence");
      assertThat(q.speakerId()).isEqualTo("organization:ministry-of-national-defence");
      assertThat(q.speakerRole()).isEqualTo("spokesperson");
    });
  }

  @Test
  void theyIsAConjoinedSubjectBeforeItOrStaysUnresolved() {
    List<Quote> qs = quotes("Russia and North Korea signed a treaty on Wednesday. "
        + "\"Our two countries have become allies,\" they said in a joint statement.");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Russia and North Korea");
      assertThat(q.speakerId()).isNull();
    });
    List<Quote> single = quotes("Putin arrived in Pyongyang on Wednesday. "
        + "\"Our two countries have become allies,\" they said in a joint statement.");
    assertThat(single).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("they"));
  }

  @Test
  void theStatementSpeaksForTheOrganisationThatIssuedIt() {
    List<Quote> qs = quotes("The Ministry of Foreign Affairs of the Republic of Korea reported that its "
        + "representatives conveyed their concerns to China on June 18.\n\n"
        + "\u201cOur side expressed deep concern over the visit of Russian President Vladimir Putin to North Korea,\u201d "
        + "the statement said.");
    assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ministry of Foreign Affairs"));
  }

  @Test
  void aParticipleCueSkipsAReducedRelativeToTheRealSubject() {
    List<Quote> qs = quotes("Meanwhile, the Global Times evaluated the China-South Korea diplomatic security "
        + "dialogue held in Seoul on June 18, reporting, \u201cIt is a concrete sign that China-South Korea "
        + "relations are rising from the bottom due to joint efforts.\u201d");
    assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Global Times"));
  }
}
