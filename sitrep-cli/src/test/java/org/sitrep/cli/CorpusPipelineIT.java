package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} then every corpus command on a small corpus written for it (five articles on one
 * story and one unrelated, a reprint and an empty record), JSON against the golden files in
 * {@code golden/corpus/pipeline/}. NEEDS the whole pipeline including NLP and the corpus analysis:
 * skipped, naming the missing stage, until those are built; then generate the golden files once
 * with {@code -Dgolden.update=true} and review them.
 */
class CorpusPipelineIT {
  @TempDir Path dir;

  @Test
  void ingestThenEveryCorpusCommand() throws Exception {
    var missing = PipelineAvailability.missing(true);
    Assumptions.assumeTrue(missing.isEmpty(), () -> "needs the whole pipeline: " + missing.orElse(""));
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

    Golden.check(Cli.run("stories", "--data", data, "--format", "json").out(), "corpus/pipeline/stories.json");
    Golden.check(Cli.run("entities", "--data", data, "--format", "json").out(), "corpus/pipeline/entities.json");
    Golden.check(Cli.run("timeline", "--data", data, "--format", "json").out(), "corpus/pipeline/timeline.json");
    Golden.check(Cli.run("claims", "--data", data, "--format", "json").out(), "corpus/pipeline/claims.json");
    Golden.check(Cli.run("search", "fishing rights", "--data", data, "--format", "json").out(),
        "corpus/pipeline/search-fishing-rights.json");
    String story = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(Cli.run("stories", "--data", data, "--format", "json").out()).get(0).path("id").asText();
    Cli compare = Cli.run("compare", story, "--data", data, "--format", "json");
    assertThat(compare.exit()).isZero();
    Golden.check(compare.out(), "corpus/pipeline/compare-first-story.json");
  }

  @Test
  void ingestWithoutInputsIsAUsageError() {
    Cli r = Cli.run("ingest", "--data", dir.resolve("data").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
  }
}
