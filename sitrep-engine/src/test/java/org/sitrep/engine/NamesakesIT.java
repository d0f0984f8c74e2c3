package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;

/**
 * The incremental corpus never merges namesakes: a byline author is not a subject, and a surname
 * two people share is no identity; whether the articles arrive together or one by one.
 */
class NamesakesIT {
  @TempDir Path dir;

  private static Entity person(String name, String text) {
    int at = text.indexOf(name);
    return new Entity("p-" + at, name, EntityType.PERSON, List.of(), List.of(new Mention(name, at, at + name.length())),
        List.of());
  }

  private static Article article(String id, List<String> authors, String text, String... people) {
    return new Article(id, "test:" + id, null, "Outlet " + id, "Report " + id, authors, "2024-06-19", "en", List.of(),
        null, text, java.util.Arrays.stream(people).map(p -> person(p, text)).toList(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  private static final Article BY_AUTHOR = article("a1", List.of("Daniel Kim"),
      "Daniel Kim Views\n\nPutin visited Pyongyang.", "Daniel Kim");
  private static final Article ABOUT_LEADER = article("b1", List.of(), "Kim welcomed Putin at the airport.", "Kim");
  private static final Article LEADER = article("c1", List.of(), "Kim Jong-un met Putin.", "Kim Jong-un");

  /** Entity name to the articles it counts. */
  private static Map<String, Integer> entities(Engine engine) throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    for (EntitySummary e : engine.corpus().entities(null)) {
      out.merge(e.name(), e.articles(), Integer::sum);
    }
    return out;
  }

  @Test
  void aBylineAuthorIsNeverTheLeaderTogetherOrOneByOne() throws Exception {
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("together"), null, false, 1))) {
      engine.addArticles(List.of(BY_AUTHOR, ABOUT_LEADER, LEADER));
      assertThat(entities(engine)).containsExactlyInAnyOrderEntriesOf(Map.of("Daniel Kim", 1, "Kim Jong-un", 2));
    }
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("apart"), null, false, 1))) {
      engine.addArticles(List.of(BY_AUTHOR));
      engine.addArticles(List.of(ABOUT_LEADER));
      assertThat(entities(engine)).containsExactlyInAnyOrderEntriesOf(Map.of("Daniel Kim", 1, "Kim", 1));
      engine.addArticles(List.of(LEADER));
      // the lone "Kim" is the leader once the leader is named in full, and still not the author
      assertThat(entities(engine)).containsExactlyInAnyOrderEntriesOf(Map.of("Daniel Kim", 1, "Kim Jong-un", 2));
    }
  }

  @Test
  void aSurnameTwoPeopleShareStaysWithItsArticle() throws Exception {
    Article both = article("a1", List.of(), "Kim Jong-un met Kim Yo-jong.", "Kim Jong-un", "Kim Yo-jong");
    Article b = article("b1", List.of(), "Kim said talks went well.", "Kim");
    Article c = article("c1", List.of(), "Kim left early.", "Kim");
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("data"), null, false, 1))) {
      engine.addArticles(List.of(both));
      engine.addArticles(List.of(b, c));
      List<EntitySummary> kims = engine.corpus().entities(null).stream().filter(e -> e.name().equals("Kim")).toList();
      assertThat(kims).hasSize(2).allSatisfy(k -> assertThat(k.articles()).isEqualTo(1));
      assertThat(entities(engine)).containsEntry("Kim Jong-un", 1).containsEntry("Kim Yo-jong", 1);
    }
  }
}
