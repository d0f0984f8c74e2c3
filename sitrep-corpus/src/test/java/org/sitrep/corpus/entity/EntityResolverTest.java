package org.sitrep.corpus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.corpus.SummitFixtures;

class EntityResolverTest {
  private final EntityResolver resolver = new EntityResolver();
  private final List<EntitySummary> entities = resolver.resolve(SummitFixtures.articles(), Article::outlet);

  private Optional<EntitySummary> named(String name) {
    return entities.stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
  }

  @Test
  void aliasesAndSpellingVariantsMergeIntoOneEntity() {
    EntitySummary yoon = named("Yoon Suk Yeol").orElseThrow();
    assertThat(yoon.aliases()).contains("Yoon Suk-yeol", "President Yoon");
    assertThat(yoon.articles()).isEqualTo(3);
    assertThat(yoon.roles()).contains("President");
    EntitySummary kim = named("Kim Jong-un").orElseThrow();
    assertThat(kim.aliases()).contains("Kim Jong Un");
    assertThat(kim.articles()).isEqualTo(10);
    assertThat(kim.roles()).contains("North Korean leader", "General Secretary of the Workers' Party of Korea");
    assertThat(named("DPRK").orElseThrow().name()).isEqualTo("North Korea");
    assertThat(entities.stream().filter(e -> e.name().contains("Putin"))).hasSize(1);
  }

  @Test
  void peopleSharingANamePartStayApart() {
    EntitySummary choTaeyong = named("Cho Tae-yong").orElseThrow();
    EntitySummary choHyun = named("Cho Hyun").orElseThrow();
    assertThat(choTaeyong.id()).isNotEqualTo(choHyun.id());
    assertThat(choTaeyong.articles()).isEqualTo(2);
    assertThat(choHyun.articles()).isEqualTo(1);
    EntitySummary kimYoJong = named("Kim Yo Jong").orElseThrow();
    assertThat(kimYoJong.id()).isNotEqualTo(named("Kim Jong-un").orElseThrow().id());
    assertThat(kimYoJong.articles()).isEqualTo(1);
  }

  @Test
  void aOneWordNameSharedByTwoPeopleJoinsNeither() {
    Article a = article("a1", "Cho Tae-yong met Cho Hyun.", List.of(
        entity("p1", "Cho Tae-yong", 0, 12), entity("p2", "Cho Hyun", 17, 25)));
    Article b = article("b1", "Cho said talks went well.", List.of(entity("p1", "Cho", 0, 3)));
    EntityResolver r = new EntityResolver();
    List<EntitySummary> out = r.resolve(List.of(a, b), Article::outlet);
    assertThat(out).extracting(EntitySummary::name).containsExactlyInAnyOrder("Cho Tae-yong", "Cho Hyun", "Cho");
    // while a one-word name that fits one person joins that person
    Article c = article("c1", "Putin spoke.", List.of(entity("p1", "Putin", 0, 5)));
    Article d = article("d1", "Vladimir Putin spoke.", List.of(entity("p1", "Vladimir Putin", 0, 14)));
    List<EntitySummary> out2 = new EntityResolver().resolve(List.of(c, d), Article::outlet);
    assertThat(out2).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Vladimir Putin");
      assertThat(e.articles()).isEqualTo(2);
      assertThat(e.aliases()).containsExactly("Putin");
    });
  }

  @Test
  void aBylineAuthorSharingASurnameWithASubjectIsNeverMerged() {
    // the author's own article names only the author; another article knows the leader only as "Kim"
    Article byAuthor = new Article("a1", "test", null, "Dong-A", null, List.of("Daniel Kim"), "2024-06-19", "en",
        List.of(), null, "Daniel Kim Views\n\nPutin visited Pyongyang.", List.of(entity("p1", "Daniel Kim", 0, 10)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Article aboutLeader = article("b1", "Kim welcomed Putin at the airport.", List.of(entity("p1", "Kim", 0, 3)));
    EntityResolver r = new EntityResolver();
    List<EntitySummary> out = r.resolve(List.of(byAuthor, aboutLeader), Article::outlet);
    assertThat(out).extracting(EntitySummary::name).containsExactlyInAnyOrder("Daniel Kim", "Kim");
    assertThat(r.globalId("a1", "p1")).isNotEqualTo(r.globalId("b1", "p1"));
    // with the leader named in full elsewhere, the lone "Kim" is the leader, still not the author
    Article leader = article("c1", "Kim Jong-un met Putin.", List.of(entity("p1", "Kim Jong-un", 0, 11)));
    EntityResolver r2 = new EntityResolver();
    List<EntitySummary> out2 = r2.resolve(List.of(byAuthor, aboutLeader, leader), Article::outlet);
    assertThat(out2).extracting(EntitySummary::name).containsExactlyInAnyOrder("Daniel Kim", "Kim Jong-un");
    assertThat(r2.globalId("b1", "p1")).isEqualTo(r2.globalId("c1", "p1")).isNotEqualTo(r2.globalId("a1", "p1"));
  }

  @Test
  void aOneWordNameTwoPeopleShareIsNotOneEntityAcrossArticles() {
    Article a = article("a1", "Kim Jong-un met Kim Yo-jong.", List.of(
        entity("p1", "Kim Jong-un", 0, 11), entity("p2", "Kim Yo-jong", 16, 27)));
    Article b = article("b1", "Kim said talks went well.", List.of(entity("p1", "Kim", 0, 3)));
    Article c = article("c1", "Kim left early.", List.of(entity("p1", "Kim", 0, 3)));
    EntityResolver r = new EntityResolver();
    r.resolve(List.of(a, b, c), Article::outlet);
    assertThat(r.globalId("b1", "p1")).isNotEqualTo(r.globalId("c1", "p1"));
    assertThat(r.globalId("b1", "p1")).isNotEqualTo(r.globalId("a1", "p1")).isNotEqualTo(r.globalId("a1", "p2"));
  }

  @Test
  void sourcesPointAtTheSentenceOfTheFirstMention() {
    EntitySummary shin = named("Shin Won-sik").orElseThrow();
    assertThat(shin.sources()).hasSize(3);
    Article yna = SummitFixtures.byId().get("yna-1");
    var src = shin.sources().stream().filter(s -> s.article().equals("yna-1")).findFirst().orElseThrow();
    assertThat(yna.text().substring(src.start(), src.end())).startsWith("South Korea's Defense Minister Shin Won-sik")
        .endsWith("since last August.");
    assertThat(src.outlet()).isEqualTo("Yonhap");
  }

  private static Entity entity(String id, String name, int start, int end) {
    return new Entity(id, name, EntityType.PERSON, List.of(), List.of(new Mention(name, start, end)), List.of());
  }

  private static Article article(String id, String text, List<Entity> entities) {
    return new Article(id, "test", null, "Yonhap", null, List.of(), "2024-06-19", "en", List.of(), null, text,
        entities, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
