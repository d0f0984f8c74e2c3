package org.sitrep.corpus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryDocsTest {
  private static final String NK = "country:north-korea";
  private static final String RU = "country:russia";

  @Test
  void differentNamesOfOneEntityInHeadlinesShareItsTermAtHeadlineWeight() {
    StoryDoc a = StoryDocs.of("a", "Beijing says Russia-DPRK ties a matter for two states", null,
        Map.of(NK, List.of("North Korea", "DPRK"), RU, List.of("Russia")), null);
    StoryDoc b = StoryDocs.of("b", "Tokyo voices concern over Russia-North Korea treaty", null,
        Map.of(NK, List.of("North Korea"), RU, List.of("Russia")), null);
    double named = 1 + Math.log(StoryDocs.TITLE_WEIGHT);
    assertThat(a.terms()).containsEntry(StoryDocs.ENTITY_PREFIX + NK, named).containsEntry(StoryDocs.ENTITY_PREFIX + RU, named);
    assertThat(b.terms()).containsEntry(StoryDocs.ENTITY_PREFIX + NK, named).containsEntry(StoryDocs.ENTITY_PREFIX + RU, named);
    // the words stay as well
    assertThat(a.terms()).containsKey("beij");
  }

  @Test
  void entitiesNotNamedInHeadlineOrLeadKeepTheBaseWeight() {
    StoryDoc d = StoryDocs.of("d", "Treaty signed", "The two leaders signed it.",
        Map.of(NK, List.of("North Korea")), null);
    assertThat(d.terms()).containsEntry(StoryDocs.ENTITY_PREFIX + NK, StoryDocs.ENTITY_WEIGHT);
  }

  @Test
  void acronymsMatchOnlyInCapitalsAndShorterFormsInsideLongerOnesDoNotCountTwice() {
    StoryDoc d = StoryDocs.of("d", "US envoy tells us North Korea talks are over", null,
        Map.of("country:us", List.of("US"), NK, List.of("North Korea", "Korea")), null);
    double once = 1 + Math.log(StoryDocs.TITLE_WEIGHT);
    assertThat(d.terms()).containsEntry(StoryDocs.ENTITY_PREFIX + "country:us", once)
        .containsEntry(StoryDocs.ENTITY_PREFIX + NK, once);
  }

  @Test
  void withoutFormsTheViewIsTheEntitySetOne() {
    StoryDoc plain = StoryDocs.of("p", "Putin lands in Pyongyang", "Lead words here.", Set.of(NK), 5L);
    StoryDoc formless = StoryDocs.of("p", "Putin lands in Pyongyang", "Lead words here.", Map.of(NK, List.of()), 5L);
    assertThat(formless).isEqualTo(plain);
  }
}
