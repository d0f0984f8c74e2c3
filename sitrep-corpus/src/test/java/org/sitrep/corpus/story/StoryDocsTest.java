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
  void digitFiguresReadSeparatorsAndKoreanUnitsAndSkipTimes() {
    String ru = "СЕУЛ, 21 июня. КНДР отправила около 6700 контейнеров, или 1,500 вагонов, снаряды 152 мм; A320 и G7.";
    int day = ru.indexOf("21 июня");
    assertThat(StoryDocs.digitFigures(ru, List.of(new org.sitrep.core.model.TimeExpression("21 июня", "2024-06-21", day, day + 7))))
        .containsExactly(6700.0, 1500.0, 152.0);
    assertThat(StoryDocs.digitFigures("컨테이너 6천700개, 병력 1만2천 명, 1천500명, 3만 명, 152㎜", List.of()))
        .containsExactly(6700.0, 12000.0, 1500.0, 30000.0, 152.0);
  }

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

  @Test
  void anArticleViewAddsTheDaysAndFiguresOfItsLeadAndReadsChineseFormsWithoutSpaces() {
    String text = "新华社平壤6月19日电 普京19日抵达平壤。朝鲜已向俄罗斯运送约6700个集装箱。";
    int putin = text.indexOf("普京");
    int days = text.indexOf("19日抵达");
    int figure = text.indexOf("约6700");
    org.sitrep.core.model.Article a = new org.sitrep.core.model.Article("a1", "src", null, null,
        "普京抵达平壤", List.of(), "2024-06-19", "zh", List.of(), null, text,
        List.of(new org.sitrep.core.model.Entity("p1", "Vladimir Putin", org.sitrep.core.model.EntityType.PERSON,
            List.of("普京"), List.of(new org.sitrep.core.model.Mention("普京", putin, putin + 2)), List.of())),
        List.of(), List.of(),
        List.of(new org.sitrep.core.model.Quantity("约6700个集装箱", 6700, "集装箱", true, figure, figure + 10)),
        List.of(new org.sitrep.core.model.TimeExpression("19日", "2024-06-19", days, days + 3),
            new org.sitrep.core.model.TimeExpression("6月", "2024-06", 6, 8)),
        List.of(), List.of());
    StoryDoc d = StoryDocs.of(a, local -> local.equals("p1") ? "person:vladimir-putin" : null);
    // the headline and the lead name him: his term weighs as a headline word, though no space surrounds him
    assertThat(d.terms().get(StoryDocs.ENTITY_PREFIX + "person:vladimir-putin"))
        .isEqualTo(1 + Math.log(StoryDocs.TITLE_WEIGHT + 1));
    assertThat(d.terms()).containsKey(StoryDocs.DATE_PREFIX + "2024-06-19")
        .containsKey(StoryDocs.FIGURE_PREFIX + "6700")
        .doesNotContainKey(StoryDocs.DATE_PREFIX + "2024-06");
    assertThat(d.day()).isEqualTo(java.time.LocalDate.of(2024, 6, 19).toEpochDay());
  }

  @Test
  void aChineseLeadIsAsLongAsAnEnglishOne() {
    String zh = "一".repeat(300);
    assertThat(StoryDocs.lead(zh, 60)).hasSize(60 * StoryDocs.IDEOGRAPHS_PER_WORD);
    assertThat(StoryDocs.lead("one two three four", 2)).isEqualTo("one two ");
  }
}
