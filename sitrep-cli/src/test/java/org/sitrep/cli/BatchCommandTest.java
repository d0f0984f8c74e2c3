package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;

/**
 * {@code batch} through the real command line: the Spark job in a JVM of its own (local mode,
 * cleaning only, to stay quick) writes the store {@code ingest --no-nlp} writes.
 */
class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheStoreIngestWritesFromAJvmOfItsOwn() throws Exception {
    Path home = home();
    List<Path> pages = List.of(home.resolve("samples/demo/01-meridian-wire-summit.html"),
        home.resolve("samples/demo/03-deccan-morning-post-reprint.txt"), home.resolve("samples/demo/07-han-river-daily-seoul.html"));
    Path batch = dir.resolve("batch");
    String before = System.getProperty("sitrep.home");
    Cli r;
    try {
      System.setProperty("sitrep.home", home.toString());
      r = Cli.run("batch", "--master", "local[1]", "--no-nlp", "--data", batch.toString(),
          pages.get(0).toString(), pages.get(1).toString(), pages.get(2).toString());
    } finally {
      if (before == null) {
        System.clearProperty("sitrep.home");
      } else {
        System.setProperty("sitrep.home", before);
      }
    }
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("added 3, duplicates 0, failed 0", "corpus in " + batch + ": 3 articles");
    Path ingested = dir.resolve("ingest");
    try (Engine e = Engine.open(new EngineConfig(ingested, null, false, 1))) {
      e.ingest(pages, IngestListener.NONE);
    }
    try (Engine a = Engine.openReadOnly(EngineConfig.at(ingested)); Engine b = Engine.openReadOnly(EngineConfig.at(batch))) {
      assertThat(b.store().all()).extracting(Article::id).containsExactlyElementsOf(a.store().all().stream().map(Article::id).toList());
      assertThat(b.corpus().stories()).isEqualTo(a.corpus().stories());
    }
  }

  @Test
  void usageErrorsAndAMissingBuildAreOneClearLine() throws Exception {
    assertThat(Cli.run("batch").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("batch", "--partitions", "0", dir.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    String before = System.getProperty("sitrep.home");
    try {
      System.setProperty("sitrep.home", dir.toString());
      Cli r = Cli.run("batch", dir.toString());
      assertThat(r.exit()).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(r.err()).contains("the Spark job is not built").doesNotContain("\tat ");
    } finally {
      if (before == null) {
        System.clearProperty("sitrep.home");
      } else {
        System.setProperty("sitrep.home", before);
      }
    }
  }

  private static Path home() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("sitrep-spark"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }
}
