package org.sitrep.store;

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
import org.sitrep.core.model.Article;

/**
 * Kills a writing process mid-ingest and checks the store: readable, whole articles only, at least
 * what was reported committed; a rerun finishes the job without duplicates. Synchronises on the
 * child's stdout, never on sleeps.
 */
class StoreCrashIT {
  private static final int TOTAL = 3000;
  private static final int BATCH = 100;
  private static final int KILL_AFTER = 1000;

  @TempDir Path dir;

  private Process start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        StoreCrashChild.class.getName(), dir.toString(), Integer.toString(TOTAL), Integer.toString(BATCH));
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  @Test
  void killMidIngestLeavesWholeArticlesAndRerunFinishes() throws Exception {
    Process child = start();
    int committed = 0;
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= KILL_AFTER) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(committed).as("child output: %s", lines).isGreaterThanOrEqualTo(KILL_AFTER);

    int survived;
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      List<Article> all = store.all();
      survived = all.size();
      assertThat(survived).isBetween(committed, TOTAL);
      Set<String> ids = new HashSet<>();
      for (Article a : all) {
        assertThat(ids.add(a.id())).as("duplicate %s", a.id()).isTrue();
        int n = Integer.parseInt(a.id().substring(1));
        assertThat(a).as("article %s is whole", a.id()).isEqualTo(TestArticles.numbered(n));
      }
      assertThat(store.search(org.sitrep.core.corpus.SearchQuery.of("households")).total()).isEqualTo(survived);
    }

    Process rerun = start();
    String last = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(rerun.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        last = line;
      }
    }
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    assertThat(last).isEqualTo("done " + (TOTAL - survived));
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      List<Article> all = store.all();
      assertThat(all).hasSize(TOTAL);
      assertThat(all.stream().map(Article::id).distinct().count()).isEqualTo(TOTAL);
      assertThat(store.committedArticles()).isEqualTo(TOTAL);
    }
  }
}
