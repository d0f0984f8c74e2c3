package org.sitrep.nlp.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.nlp.TestParser;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quote.QuoteExtractor;

class ClaimExtractorIT {
  private static List<Claim> claims(String text) {
    ParsedText parsed = TestParser.parse(text);
    List<Entity> es = new EntityExtractor().extract(parsed);
    return new ClaimExtractor().extract(parsed, es, new QuoteExtractor().extract(parsed, es));
  }

  @Test
  void hedgesAreReported() {
    List<Claim> cs = claims("Russia is said to be providing satellite technology to North Korea. "
        + "The two nations have reportedly engaged in military exchanges. "
        + "According to Yonhap, the talks lasted two hours.");
    assertThat(cs).extracting(Claim::status).containsExactly(
        ClaimStatus.REPORTED, ClaimStatus.REPORTED, ClaimStatus.REPORTED);
    assertThat(cs.get(2).claimant()).isEqualTo("Yonhap News Agency");
  }

  @Test
  void aDatelineTakenForTheSubjectIsNotTheClaimant() {
    List<Claim> cs = claims("SEOUL, June 20 - South Korea condemned on Thursday the military pact signed by Russia "
        + "and North Korea and said it would reconsider its policy of not supplying weapons directly to Ukraine.");
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.claimant()).isEqualTo("South Korea"));
  }

  @Test
  void theMinisterIsTheHeadOfTheMinistryNamedEarlier() {
    List<Claim> cs = claims("The head of South Korea's Foreign Ministry, Cho Tae-yong, expressed a measured view, "
        + "emphasizing that negotiations should not undermine peace. South Korea's Foreign Minister stated that "
        + "Seoul is closely monitoring the visit.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(1).claimant()).isEqualTo("Cho Tae-yong");
  }

  @Test
  void claimsAndAssertionsNameTheirClaimant() {
    List<Claim> cs = claims("South Korean officials claimed that Pyongyang sent troops to Russia. "
        + "Russian President Vladimir Putin said that the treaty was defensive.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).status()).isEqualTo(ClaimStatus.ALLEGED);
    assertThat(cs.get(1).status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(cs.get(1).claimant()).isEqualTo("Vladimir Putin");
  }

  @Test
  void aPersonInAppositionIsTheClaimant() {
    List<Claim> cs = claims("The head of South Korea's Foreign Ministry, Cho Tae-yong, said that "
        + "Seoul would respond to the treaty.");
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.claimant()).isEqualTo("Cho Tae-yong");
      assertThat(c.status()).isEqualTo(ClaimStatus.ASSERTED);
    });
  }

  @Test
  void aLaterDenialMarksTheEarlierClaim() {
    List<Claim> cs = claims("ROK sources have claimed that the DPRK delivered 6,700 containers of "
        + "weapons to Russia. Both Russia and the DPRK have denied these claims, calling them "
        + "\"mad rumors.\"");
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(ClaimStatus.DENIED);
      assertThat(c.deniedBy()).containsExactly("Russia", "North Korea");
      assertThat(c.text()).startsWith("ROK sources have claimed");
    });
  }

  @Test
  void twoAttributionsInOneSentenceAreTwoClaims() {
    List<Claim> cs = claims("South Korean officials said the treaty was a grave threat, while Russian "
        + "President Vladimir Putin claimed that the pact was purely defensive.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).claimant()).isEqualTo("South Korean officials");
    assertThat(cs.get(0).text()).isEqualTo("South Korean officials said the treaty was a grave threat");
    assertThat(cs.get(1).claimant()).isEqualTo("Vladimir Putin");
    assertThat(cs.get(1).status()).isEqualTo(ClaimStatus.ALLEGED);
    assertThat(cs.get(1).text()).startsWith("Russian President Vladimir Putin claimed");
  }

  @Test
  void anAccusationIsAClaimAndTheDenialAfterItMarksIt() {
    List<Claim> cs = claims("Kim said the treaty raised ties to the level of an alliance. "
        + "The United States and South Korea have accused North Korea of supplying artillery shells "
        + "to Russia. Moscow and Pyongyang have both denied the accusations.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(cs.get(1).claimant()).isEqualTo("United States and South Korea");
    assertThat(cs.get(1).status()).isEqualTo(ClaimStatus.DENIED);
    assertThat(cs.get(1).deniedBy()).containsExactly("Moscow", "Pyongyang");
  }

  @Test
  void aRejectionInsideTheClaimSentenceMarksThatSentence() {
    List<Claim> cs = claims("Secretary of State Antony Blinken said that Russia was desperate for "
        + "partners. Administration officials said North Korean missiles had been fired at Ukrainian "
        + "cities this year, an accusation Moscow and Pyongyang reject.");
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(cs.get(1).status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(cs.get(1).claimant()).isEqualTo("Administration officials");
  }

  @Test
  void aNegatedOrModalAttributionIsNoSecondClaim() {
    List<Claim> cs = claims("The host said he did not mention the hacking in the segment, because no "
        + "one can credibly state that they have evidence of it.");
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.claimant()).isEqualTo("The host"));
  }
}
