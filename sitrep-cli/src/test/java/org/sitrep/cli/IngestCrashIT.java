package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Article;
import org.sitrep.store.ArticleStore;

/**
 * Kills {@code sitrep ingest} in a child JVM once it has reported enough items on its progress
 * lines, then checks the store holds whole articles only and that a rerun finishes without
 * duplicates.
 */
class IngestCrashIT {
  private static final int TOTAL = 1500;
  private static final int KILL_AFTER = 600;
  private static final Pattern PROGRESS = Pattern.compile("^ingest: (\\d+)");

  @TempDir Path dir;

  private Process ingest(Path input) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", "--no-nlp", "--threads", "2", "--data", dir.resolve("data").toString(),
        input.toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  @Test
  void killedIngestLeavesWholeArticlesAndRerunFinishes() throws Exception {
    Path input = dir.resolve("many.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < TOTAL; i++) {
      lines.append("{\"url\":\"https://news.example/a/").append(i).append("\",\"outlet\":\"Harbour Times\",")
          .append("\"published\":\"2024-05-").append(String.format("%02d", 1 + i % 28)).append("\",")
          .append("\"text\":\"Report number ").append(i).append(" on the harbour\\n\\nDock workers in district ")
          .append(i % 13).append(" said the strike affected ").append(100 + i)
          .append(" ships this week. The port authority promised talks with the union on day ").append(i)
          .append(".\\n\\nResidents said shops near the quay had closed early.\"}\n");
    }
    Files.writeString(input, lines, StandardCharsets.UTF_8);

    Process child = ingest(input);
    int reported = 0;
    List<String> seen = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        seen.add(line);
        Matcher m = PROGRESS.matcher(line);
        if (m.find()) {
          reported = Integer.parseInt(m.group(1));
          if (reported >= KILL_AFTER) {
            child.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).as("child stderr: %s", seen).isGreaterThanOrEqualTo(KILL_AFTER);

    int survived;
    try (ArticleStore store = ArticleStore.openReadOnly(dir.resolve("data"))) {
      List<Article> all = store.all();
      survived = all.size();
      assertThat(survived).isLessThanOrEqualTo(TOTAL);
      Set<String> ids = new HashSet<>();
      for (Article a : all) {
        assertThat(ids.add(a.id())).isTrue();
        assertThat(a.text()).contains("Residents said shops near the quay had closed early.");
      }
    }

    Process rerun = ingest(input);
    rerun.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    try (ArticleStore store = ArticleStore.openReadOnly(dir.resolve("data"))) {
      assertThat(store.all()).hasSize(TOTAL);
      assertThat(store.all().stream().map(Article::id).distinct().count()).isEqualTo(TOTAL);
    }
    assertThat(survived).isLessThan(TOTAL);
  }
}
