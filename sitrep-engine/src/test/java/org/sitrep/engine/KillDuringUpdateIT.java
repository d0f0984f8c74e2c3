package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.StorySummary;

/**
 * A writer killed with SIGKILL in the middle of its corpus updates leaves a store whose stories
 * hold exactly its committed articles (no half-updated story), and a rerun completes it with
 * nothing lost and nothing twice.
 */
class KillDuringUpdateIT {
  private static final int ARTICLES = 1_200;

  @TempDir Path dir;

  private Process start(Path data, int from, int to) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        KillTarget.class.getName(), data.toString(), Integer.toString(from), Integer.toString(to));
    pb.redirectErrorStream(true);
    return pb.start();
  }

  private static void assertConsistent(Engine engine, int expectedAtLeast) throws Exception {
    long stored = engine.corpus().search(SearchQuery.of("")).total();
    assertThat(stored).isGreaterThanOrEqualTo(expectedAtLeast);
    Set<String> inStories = new HashSet<>();
    int listed = 0;
    for (StorySummary s : engine.corpus().stories()) {
      inStories.addAll(s.articles());
      listed += s.articles().size();
    }
    assertThat(listed).as("an article in two stories").isEqualTo(inStories.size());
    assertThat((long) inStories.size()).as("stories hold exactly the stored articles").isEqualTo(stored);
    for (String id : inStories) {
      assertThat(engine.corpus().article(id)).as(id).isPresent();
    }
  }

  @Test
  void killedMidUpdateLeavesWholeBatchesAndARerunCompletes() throws Exception {
    Path data = dir.resolve("data");
    Process p = start(data, 0, ARTICLES);
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 300) {
            // the next chunk is being updated and written now
            Thread.sleep(40);
            p.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(committed).isGreaterThanOrEqualTo(300).isLessThan(ARTICLES);
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      assertConsistent(engine, committed);
    }
    Process rerun = start(data, 0, ARTICLES);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(rerun.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().forEach(lines::add);
    }
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(String.join("\n", lines)).isZero();
    try (Engine engine = Engine.openReadOnly(EngineConfig.at(data))) {
      assertConsistent(engine, ARTICLES);
      assertThat(engine.corpus().search(SearchQuery.of("")).total()).isEqualTo(ARTICLES);
    }
  }
}
