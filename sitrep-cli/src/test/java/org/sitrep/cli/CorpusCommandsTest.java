package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ArticleStore;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Event;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;

/**
 * The corpus commands on a real store holding hand-written annotated articles, added through the
 * corpus update as ingest adds them after the NLP: JSON against golden files, tables, errors.
 * Needs no NLP; {@link CorpusPipelineIT} covers the whole path.
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
    int meet = T1.indexOf(".") + 1;
    int said = T1.indexOf("Park Jin said");
    int denied = T2.indexOf(",");
    Article a1 = withFacts(article("a1", "Harbour Times", "Korea and Japan settle fishing dispute", T1, "2024-06-18",
            entity("Korea", EntityType.COUNTRY, T1), entity("Japan", EntityType.COUNTRY, T1),
            withRole(entity("Park Jin", EntityType.PERSON, T1), "Foreign Minister")),
        List.of(new Event("meet", List.of("Korea"), List.of("Japan"), "trade talks", "2024-06-18", "Seoul",
            T1.substring(0, meet), 0, meet)),
        List.of(new Claim("the fishing dispute was settled", "Park Jin", ClaimStatus.ASSERTED, List.of(), said,
            T1.length())));
    Article a2 = withFacts(article("a2", "Island Daily", "Japan denies fishing dispute settled", T2, "2024-06-19",
            entity("Japan", EntityType.COUNTRY, T2), entity("Tokyo", EntityType.LOCATION, T2)),
        List.of(),
        List.of(new Claim("the fishing dispute was settled", null, ClaimStatus.DENIED, List.of("Japan"), 0, denied)));
    Article a3 = withFacts(article("a3", "Valley Post", "River floods lower town", T3, "2024-06-20"),
        List.of(new Event("flood", List.of(), List.of(), "the lower town", "2024-06-19", null,
            T3.substring(0, T3.indexOf(".") + 1), 0, T3.indexOf(".") + 1)),
        List.of());
    Path outlets = dir.resolve("outlets.txt");
    java.nio.file.Files.writeString(outlets, """
        Harbour Times | KR | commercial | harbour.example |
        Island Daily | JP | commercial | island.example |
        Valley Post | GB | commercial | valley.example |
        """);
    try (Engine engine = Engine.open(new EngineConfig(d, outlets, false, 1))) {
      engine.addArticles(List.of(a1, a2, a3));
      for (StorySummary s : engine.corpus().stories()) {
        if (s.articles().contains("a1")) {
          fishing = s.id();
        } else {
          flood = s.id();
        }
      }
    }
  }

  private String fishing;
  private String flood;

  private static Entity withRole(Entity e, String role) {
    return new Entity(e.id(), e.name(), e.type(), e.aliases(), e.mentions(), List.of(role));
  }

  private static Article withFacts(Article a, List<Event> events, List<Claim> claims) {
    return new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.authors(), a.published(), a.language(),
        a.credits(), a.dateline(), a.text(), a.entities(), a.quotes(), claims, a.quantities(), a.times(), events,
        a.warnings());
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
    Golden.check(ok("entities", "--data", data, "--format", "json", "--story", flood).out(),
        "corpus/snapshot/entities-s-flood.json");
    Golden.check(ok("timeline", "--data", data, "--format", "json").out(), "corpus/snapshot/timeline.json");
    Golden.check(ok("claims", "--data", data, "--format", "json").out(), "corpus/snapshot/claims.json");
    Golden.check(ok("compare", fishing, "--data", data, "--format", "json").out(), "corpus/snapshot/compare-s-fishing.json");
    Golden.check(ok("search", "fishing dispute", "--data", data, "--format", "json").out(), "corpus/snapshot/search-fishing.json");
  }

  @Test
  void tableOutputsMatchGoldenFiles() throws Exception {
    // the table width follows COLUMNS; the golden files are at the default width
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("COLUMNS") == null, "COLUMNS is set");
    Golden.check(ok("stories", "--data", data).out(), "corpus/snapshot/stories.txt");
    Golden.check(ok("entities", "--data", data).out(), "corpus/snapshot/entities.txt");
    Golden.check(ok("entities", "--data", data, "--story", flood).out(), "corpus/snapshot/entities-s-flood.txt");
    Golden.check(ok("timeline", "--data", data).out(), "corpus/snapshot/timeline.txt");
    Golden.check(ok("claims", "--data", data).out(), "corpus/snapshot/claims.txt");
    Golden.check(ok("claims", "--data", data, "--contested").out(), "corpus/snapshot/claims-contested.txt");
    Golden.check(ok("compare", fishing, "--data", data).out(), "corpus/snapshot/compare-s-fishing.txt");
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
    JsonNode timeline = SitrepJson.mapper().readTree(ok("timeline", "--data", data, "--format", "json", "--story", fishing).out());
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).path("action").asText()).isEqualTo("meet");
    JsonNode claims = SitrepJson.mapper().readTree(ok("claims", "--data", data, "--format", "json", "--story", flood).out());
    assertThat(claims).isEmpty();
  }

  @Test
  void tablesAreAlignedAndReadable() {
    String stories = ok("stories", "--data", data).out();
    assertThat(stories).startsWith("2 stories\n");
    List<String> lines = stories.lines().toList();
    assertThat(lines.get(1)).startsWith("ID").contains("ARTICLES").contains("TITLE");
    int titleColumn = lines.get(1).indexOf("TITLE");
    assertThat(lines.get(2).substring(titleColumn)).startsWith("Korea and Japan settle fishin");
    assertThat(lines.get(3).substring(titleColumn)).startsWith("River floods lower town");
    assertThat(ok("entities", "--data", data).out()).contains("Park Jin").contains("Foreign Minister");
    assertThat(ok("claims", "--data", data, "--contested").out()).contains("Park Jin").contains("yes");
    assertThat(ok("timeline", "--data", data).out()).contains("2024-06-18").contains("meet");
    assertThat(ok("compare", fishing, "--data", data).out()).contains("== JP (Island Daily)").contains("== KR (Harbour Times)");
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
