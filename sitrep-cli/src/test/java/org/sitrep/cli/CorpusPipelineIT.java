package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} then every corpus command on a small corpus written for it (five articles on one
 * story and one unrelated, a reprint and an empty record), JSON against the golden files in
 * {@code golden/corpus/pipeline/}, after structural checks that hold whatever the analysis details.
 * Runs the whole pipeline including NLP; {@code -Dgolden.update=true} rewrites the golden files.
 */
class CorpusPipelineIT {
  @TempDir Path dir;

  @Test
  void ingestThenEveryCorpusCommand() throws Exception {
    Path input = dir.resolve("small.jsonl");
    try (var in = CorpusPipelineIT.class.getResourceAsStream("/corpus/small.jsonl")) {
      Files.copy(in, input);
    }
    String data = dir.resolve("data").toString();

    Cli first = Cli.run("ingest", "--data", data, "--threads", "2", input.toString());
    assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(first.out()).contains("added 5, duplicates 1, failed 1");
    assertThat(first.err().lines().filter(l -> l.contains("small.jsonl")).count()).isEqualTo(1);

    Cli again = Cli.run("ingest", "--data", data, input.toString());
    assertThat(again.out()).contains("added 0, duplicates 6, failed 1");

    var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
    var stories = json.readTree(ok("stories", "--data", data, "--format", "json"));
    var entities = json.readTree(ok("entities", "--data", data, "--format", "json"));
    var timeline = json.readTree(ok("timeline", "--data", data, "--format", "json"));
    var claims = json.readTree(ok("claims", "--data", data, "--format", "json"));
    var search = json.readTree(ok("search", "fishing rights", "--data", data, "--format", "json"));

    // the reports of the Seoul meeting form one story, from Korean and Japanese outlets among others
    com.fasterxml.jackson.databind.JsonNode fishing = null;
    for (var story : stories) {
      if (story.path("articles").size() >= 3 && story.path("outlets").toString().contains("Yonhap")) {
        fishing = story;
      }
    }
    assertThat(fishing).as("a story of the fishing reports in %s", stories).isNotNull();
    assertThat(fishing.path("countries").toString()).contains("KR").contains("JP");
    assertThat(fishing.path("outlets").toString()).contains("Yonhap").contains("Japan Times");
    // every fact points at a stored article
    String stored = ok("search", "--data", data, "--format", "json", "--limit", "1000");
    for (var list : java.util.List.of(stories, entities, timeline, claims)) {
      for (var item : list) {
        assertThat(item.path("sources").size()).as("sources of %s", item).isPositive();
        for (var src : item.path("sources")) {
          assertThat(stored).contains("\"" + src.path("article").asText() + "\"");
        }
      }
    }
    assertThat(entities.toString()).contains("Kamikawa");
    assertThat(search.path("total").asLong()).isEqualTo(4);
    String story = fishing.path("id").asText();
    var compare = json.readTree(ok("compare", story, "--data", data, "--format", "json"));
    assertThat(compare.path("story").asText()).isEqualTo(story);
    assertThat(compare.path("perspectives").size()).isGreaterThanOrEqualTo(2);

    Golden.check(ok("stories", "--data", data, "--format", "json"), "corpus/pipeline/stories.json");
    Golden.check(ok("entities", "--data", data, "--format", "json"), "corpus/pipeline/entities.json");
    Golden.check(ok("timeline", "--data", data, "--format", "json"), "corpus/pipeline/timeline.json");
    Golden.check(ok("claims", "--data", data, "--format", "json"), "corpus/pipeline/claims.json");
    Golden.check(ok("search", "fishing rights", "--data", data, "--format", "json"),
        "corpus/pipeline/search-fishing-rights.json");
    Golden.check(ok("compare", story, "--data", data, "--format", "json"), "corpus/pipeline/compare-fishing.json");
  }

  private static String ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as("%s: %s", String.join(" ", args), r.err()).isZero();
    return r.out();
  }

  @Test
  void ingestWithoutInputsIsAUsageError() {
    Cli r = Cli.run("ingest", "--data", dir.resolve("data").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
  }
}
