package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.ClaimRef;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Perspective;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.SnapshotFile;

/**
 * The corpus commands on a real store holding hand-written articles and a hand-written snapshot
 * (what the corpus analysis persists): JSON against golden files, tables, errors. Needs no NLP
 * and no corpus analysis; {@link CorpusPipelineIT} covers the whole path.
 */
class CorpusCommandsTest {
  @TempDir Path dir;
  private String data;

  private static final String T1 = "Foreign ministers of Korea and Japan met in Seoul on Tuesday for trade talks. "
      + "Park Jin said the fishing dispute was settled.";
  private static final String T2 = "Japan denied that the fishing dispute was settled, officials in Tokyo said. "
      + "Talks will continue in July.";
  private static final String T3 = "The river flooded the lower town on Wednesday. Rescue teams arrived by boat.";

  private static Article article(String id, String outlet, String title, String text, String published, Entity... es) {
    return new Article(id, "test:" + id, "https://example.org/" + id, outlet, title, List.of(), published, "en",
        List.of(), null, text, List.of(es), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Entity entity(String name, EntityType type, String text) {
    int at = text.indexOf(name);
    return new Entity("e-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, type, List.of(),
        List.of(new Mention(name, at, at + name.length())), List.of());
  }

  @BeforeEach
  void store() throws Exception {
    Path d = dir.resolve("data");
    data = d.toString();
    try (ArticleStore store = ArticleStore.open(d)) {
      store.add(article("a1", "Harbour Times", "Ministers meet for trade talks", T1, "2024-06-18",
          entity("Korea", EntityType.COUNTRY, T1), entity("Japan", EntityType.COUNTRY, T1),
          entity("Park Jin", EntityType.PERSON, T1)), "KR");
      store.add(article("a2", "Island Daily", "Tokyo denies fishing deal", T2, "2024-06-19",
          entity("Japan", EntityType.COUNTRY, T2), entity("Tokyo", EntityType.LOCATION, T2)), "JP");
      store.add(article("a3", "Valley Post", "River floods lower town", T3, "2024-06-20"), "GB");
      store.commit();
    }
    SourceRef s1 = new SourceRef("a1", "Harbour Times", 81, 126);
    SourceRef s2 = new SourceRef("a2", "Island Daily", 0, 77);
    SourceRef s3 = new SourceRef("a3", "Valley Post", 0, 47);
    CorpusSnapshot snapshot = new CorpusSnapshot(
        List.of(new StorySummary("s-fishing", "Korea and Japan fishing dispute", List.of("a1", "a2"),
                List.of("Harbour Times", "Island Daily"), List.of("JP", "KR"), "2024-06-18", "2024-06-19", 2),
            new StorySummary("s-flood", "River floods lower town", List.of("a3"), List.of("Valley Post"),
                List.of("GB"), "2024-06-20", "2024-06-20", 1)),
        Map.of("a1", "s-fishing", "a2", "s-fishing", "a3", "s-flood"),
        List.of(new EntitySummary("japan", "Japan", EntityType.COUNTRY, List.of("Tokyo"), 2, List.of(),
                List.of(new SourceRef("a1", "Harbour Times", 0, 79), s2)),
            new EntitySummary("park-jin", "Park Jin", EntityType.PERSON, List.of("Park"), 1,
                List.of("Foreign Minister"), List.of(s1))),
        List.of(new TimelineItem("2024-06-18", "meet", List.of("Korea"), List.of("Japan"),
                "Foreign ministers of Korea and Japan met in Seoul on Tuesday for trade talks.",
                List.of(new SourceRef("a1", "Harbour Times", 0, 79))),
            new TimelineItem("2024-06-19", "flood", List.of(), "The river flooded the lower town on Wednesday.",
                List.of(s3))),
        List.of(new ClaimSummary("c1", "the fishing dispute was settled", "Park Jin", "disputed", List.of("Japan"),
            List.of("Harbour Times"), true, List.of(s1, s2))),
        Map.of("s-fishing", new Comparison("s-fishing", List.of(
            new Perspective("JP", List.of("Island Daily"), List.of(), List.of(),
                List.of(new ClaimRef("c1", "the fishing dispute was settled")), List.of("denied"), Map.of("Japan", 0.2)),
            new Perspective("KR", List.of("Harbour Times"), List.of("Park Jin"),
                List.of(new ClaimRef("c1", "the fishing dispute was settled")), List.of(), List.of("settled"),
                Map.of("Japan", 0.1))))));
    SnapshotFile.write(d, 3, snapshot);
  }

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as("exit of %s; stderr: %s", List.of(args), r.err()).isZero();
    return r;
  }

  @Test
  void jsonOutputsMatchGoldenFiles() throws Exception {
    Golden.check(ok("stories", "--data", data, "--format", "json").out(), "corpus/snapshot/stories.json");
    Golden.check(ok("entities", "--data", data, "--format", "json").out(), "corpus/snapshot/entities.json");
    Golden.check(ok("entities", "--data", data, "--format", "json", "--story", "s-flood").out(),
        "corpus/snapshot/entities-s-flood.json");
    Golden.check(ok("timeline", "--data", data, "--format", "json").out(), "corpus/snapshot/timeline.json");
    Golden.check(ok("claims", "--data", data, "--format", "json").out(), "corpus/snapshot/claims.json");
    Golden.check(ok("compare", "s-fishing", "--data", data, "--format", "json").out(), "corpus/snapshot/compare-s-fishing.json");
    Golden.check(ok("search", "fishing dispute", "--data", data, "--format", "json").out(), "corpus/snapshot/search-fishing.json");
  }

  @Test
  void tableOutputsMatchGoldenFiles() throws Exception {
    // the table width follows COLUMNS; the golden files are at the default width
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("COLUMNS") == null, "COLUMNS is set");
    Golden.check(ok("stories", "--data", data).out(), "corpus/snapshot/stories.txt");
    Golden.check(ok("entities", "--data", data).out(), "corpus/snapshot/entities.txt");
    Golden.check(ok("entities", "--data", data, "--story", "s-flood").out(), "corpus/snapshot/entities-s-flood.txt");
    Golden.check(ok("timeline", "--data", data).out(), "corpus/snapshot/timeline.txt");
    Golden.check(ok("claims", "--data", data).out(), "corpus/snapshot/claims.txt");
    Golden.check(ok("claims", "--data", data, "--contested").out(), "corpus/snapshot/claims-contested.txt");
    Golden.check(ok("compare", "s-fishing", "--data", data).out(), "corpus/snapshot/compare-s-fishing.txt");
    Golden.check(ok("search", "fishing dispute", "--data", data).out(), "corpus/snapshot/search-fishing.txt");
  }

  @Test
  void everyFactItemCarriesSources() throws Exception {
    for (String command : List.of("stories", "entities", "timeline", "claims")) {
      JsonNode items = SitrepJson.mapper().readTree(ok(command, "--data", data, "--format", "json").out());
      assertThat(items.isArray()).isTrue();
      assertThat(items.size()).isPositive();
      for (JsonNode item : items) {
        assertThat(item.path("sources").isArray()).as("%s item %s", command, item).isTrue();
        assertThat(item.path("sources").size()).as("%s item %s", command, item).isPositive();
        for (JsonNode s : item.path("sources")) {
          assertThat(s.fieldNames()).toIterable().contains("article", "outlet", "start", "end");
        }
      }
    }
  }

  @Test
  void storyFilterKeepsItemsSourcedInTheStory() throws Exception {
    JsonNode timeline = SitrepJson.mapper().readTree(ok("timeline", "--data", data, "--format", "json", "--story", "s-fishing").out());
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).path("action").asText()).isEqualTo("meet");
    JsonNode claims = SitrepJson.mapper().readTree(ok("claims", "--data", data, "--format", "json", "--story", "s-flood").out());
    assertThat(claims).isEmpty();
  }

  @Test
  void tablesAreAlignedAndReadable() {
    String stories = ok("stories", "--data", data).out();
    assertThat(stories).startsWith("2 stories\n");
    List<String> lines = stories.lines().toList();
    assertThat(lines.get(1)).startsWith("ID").contains("ARTICLES").contains("TITLE");
    int titleColumn = lines.get(1).indexOf("TITLE");
    assertThat(lines.get(2).substring(titleColumn)).startsWith("Korea and Japan fishing dispute");
    assertThat(lines.get(3).substring(titleColumn)).startsWith("River floods lower town");
    assertThat(ok("entities", "--data", data).out()).contains("Park Jin").contains("Foreign Minister");
    assertThat(ok("claims", "--data", data, "--contested").out()).contains("disputed").contains("yes");
    assertThat(ok("timeline", "--data", data).out()).contains("2024-06-18").contains("meet");
    assertThat(ok("compare", "s-fishing", "--data", data).out()).contains("== JP (Island Daily)").contains("omits");
    String search = ok("search", "fishing", "--data", data).out();
    assertThat(search).startsWith("2 hits (1-2)").contains("[fishing]").contains("outlet: ");
  }

  @Test
  void searchFiltersPagesAndFacets() throws Exception {
    JsonNode r = SitrepJson.mapper().readTree(ok("search", "fishing", "--data", data, "--format", "json",
        "--country", "jp").out());
    assertThat(r.path("total").asLong()).isEqualTo(1);
    assertThat(r.path("hits").get(0).path("article").asText()).isEqualTo("a2");
    JsonNode all = SitrepJson.mapper().readTree(ok("search", "--data", data, "--format", "json",
        "--from", "2024-06-19", "--limit", "1", "--offset", "1").out());
    assertThat(all.path("total").asLong()).isEqualTo(2);
    assertThat(all.path("hits")).hasSize(1);
    assertThat(all.path("hits").get(0).path("article").asText()).isEqualTo("a2");
    JsonNode entity = SitrepJson.mapper().readTree(ok("search", "--data", data, "--format", "json",
        "--entity", "Japan").out());
    assertThat(entity.path("facets").path("outlet").path("Harbour Times").asLong()).isEqualTo(1);
    assertThat(entity.path("facets").path("entity").path("Japan").asLong()).isEqualTo(2);
  }

  @Test
  void searchLikeAnArticleListsTheOthersMostAlikeFirst() throws Exception {
    JsonNode r = SitrepJson.mapper().readTree(ok("search", "--like", "a1", "--data", data, "--format", "json").out());
    assertThat(r.path("total").asLong()).isEqualTo(2);
    assertThat(r.path("hits").get(0).path("article").asText()).isEqualTo("a2");
    assertThat(r.toString()).doesNotContain("\"a1\"");
    Cli unknown = Cli.run("search", "--like", "zzz", "--data", data);
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("no article 'zzz'");
  }

  @Test
  void badQueriesAndUnknownStoriesAreUsageErrors() {
    Cli junk = Cli.run("search", "\"unclosed", "--data", data);
    assertThat(junk.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(junk.err()).contains("cannot parse query").doesNotContain("\tat ");
    Cli date = Cli.run("search", "x", "--from", "yesterday", "--data", data);
    assertThat(date.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err()).contains("ISO date");
    Cli limit = Cli.run("search", "x", "--limit", "0", "--data", data);
    assertThat(limit.exit()).isEqualTo(ExitCodes.USAGE);
    for (String[] args : List.of(new String[] {"compare", "nope", "--data", data},
        new String[] {"entities", "--story", "nope", "--data", data},
        new String[] {"timeline", "--story", "nope", "--data", data},
        new String[] {"claims", "--story", "nope", "--data", data})) {
      Cli r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("no story 'nope'").contains("./sitrep stories");
    }
    Cli format = Cli.run("stories", "--format", "yaml", "--data", data);
    assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void emptyStoreAnswersEmptyAndSuggestsIngest() throws Exception {
    Path empty = dir.resolve("empty-store");
    ArticleStore.open(empty).close();
    Cli r = Cli.run("stories", "--data", empty.toString(), "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("[ ]");
    assertThat(r.err()).contains("is empty").contains("./sitrep ingest");
  }

  @Test
  void missingStoreSuggestsIngest() {
    for (String command : List.of("stories", "entities", "timeline", "claims", "search")) {
      Cli r = Cli.run(command, "--data", dir.resolve("empty").toString());
      assertThat(r.exit()).as(command).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(r.err()).as(command).contains("no corpus in").contains("./sitrep ingest");
    }
  }
}
