package org.sitrep.corpus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;

class CapitalActorsTest {
  private static final String TEXT = "Moscow and Pyongyang signed the pact in Moscow. Washington said it was a threat.";

  private static Article article(List<Entity> entities, List<Event> events, List<Claim> claims) {
    return new Article("a", "test", null, "Wire", "Pact", List.of(), "2024-06-19", "en", List.of(), null, TEXT,
        entities, List.of(), claims, List.of(), List.of(), events, List.of());
  }

  @Test
  void capitalsAsActorsBecomeTheirCountriesButPlacesStay() {
    Event sign = new Event("sign", List.of("Moscow", "Pyongyang"), "the pact", null, "Moscow", TEXT.substring(0, 47), 0, 47);
    Claim threat = new Claim(TEXT.substring(48), "Washington", ClaimStatus.ASSERTED, List.of("Moscow"), 48, TEXT.length());
    Article out = new CapitalActors(Capitals.bundled()).apply(article(List.of(), List.of(sign), List.of(threat)));
    assertThat(out.events().get(0).actors()).containsExactly("Russia", "North Korea");
    assertThat(out.events().get(0).place()).isEqualTo("Moscow");
    assertThat(out.claims().get(0).claimant()).isEqualTo("United States");
    assertThat(out.claims().get(0).deniedBy()).containsExactly("Russia");
  }

  @Test
  void capitalsAsTargetsBecomeTheirCountriesAndKeepTheOtherFields() {
    Event warn = new Event("warn", List.of("Pyongyang"), List.of("Washington", "Seoul"), null, "2024-06-19", null,
        TEXT.substring(0, 47), 0, 47);
    Article out = new CapitalActors(Capitals.bundled()).apply(article(List.of(), List.of(warn), List.of()));
    Event e = out.events().get(0);
    assertThat(e.actors()).containsExactly("North Korea");
    assertThat(e.targets()).containsExactly("United States", "South Korea");
    assertThat(e.date()).isEqualTo("2024-06-19");
  }

  @Test
  void aPersonOrOrganisationWithACapitalsNameStaysItself() {
    Entity person = new Entity("p1", "Washington", EntityType.PERSON, List.of(),
        List.of(new Mention("Washington", 48, 58)), List.of());
    Claim c = new Claim(TEXT.substring(48), "Washington", ClaimStatus.ASSERTED, List.of(), 48, TEXT.length());
    Article in = article(List.of(person), List.of(), List.of(c));
    assertThat(new CapitalActors(Capitals.bundled()).apply(in)).isSameAs(in);
  }

  @Test
  void theTableKnowsAboutTwoHundredCapitalsIgnoringCaseAndAccents() {
    Capitals t = Capitals.bundled();
    assertThat(t.size()).isGreaterThan(190);
    assertThat(t.countryOf("the Kyiv")).map(Capitals.Country::iso).contains("UA");
    assertThat(t.countryOf("BOGOTA")).map(Capitals.Country::name).contains("Colombia");
    assertThat(t.countryOf("Bogotá")).map(Capitals.Country::name).contains("Colombia");
    assertThat(t.countryOf("Busan")).isEmpty();
    // a city state is its own country, not a capital to rewrite
    assertThat(t.countryOf("Singapore")).isEmpty();
  }
}
