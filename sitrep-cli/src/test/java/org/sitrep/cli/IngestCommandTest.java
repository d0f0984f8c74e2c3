package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/** The parts of {@code ingest} that need no pipeline: store refusal, usage, plain progress lines. */
class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void aStoreOfANewerFormatIsRefusedWithOneClearLine() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("FORMAT"), "sitrep-store 7\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("ingest", "--data", data.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err()).contains("newer Sitrep (format 7)").doesNotContain("\tat ");
    assertThat(Files.readString(data.resolve("FORMAT"))).isEqualTo("sitrep-store 7\n");
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("ingest").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("ingest", "--threads", "0", dir.toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void offATerminalProgressIsPlainLinesAndEveryFailureGetsOne() {
    StringWriter err = new StringWriter();
    IngestCommand.Progress progress = new IngestCommand.Progress(new PrintWriter(err), false);
    progress.expected(250);
    for (int i = 0; i < 250; i++) {
      if (i % 50 == 7) {
        progress.item(new ItemResult.Failed<>("in.jsonl#" + i, "article-cleaner", Reason.NO_CONTENT, "empty body"));
      } else {
        progress.item(new ItemResult.Ok<>("in.jsonl#" + i, IngestOutcome.ADDED));
      }
    }
    progress.finish();
    var lines = err.toString().lines().toList();
    assertThat(lines).filteredOn(l -> l.startsWith("in.jsonl#")).hasSize(5)
        .allMatch(l -> l.contains("empty body") && l.contains("no_content"));
    assertThat(lines).filteredOn(l -> l.startsWith("ingest: ")).hasSize(2)
        .first().asString().startsWith("ingest: 100/250  40%");
    assertThat(err.toString()).doesNotContain("\r");
  }

  @Test
  void onATerminalProgressIsABarRedrawnInPlaceAndFailuresClearIt() {
    StringWriter err = new StringWriter();
    IngestCommand.Progress progress = new IngestCommand.Progress(new PrintWriter(err), true);
    progress.expected(10);
    progress.item(new ItemResult.Ok<>("a", IngestOutcome.ADDED));
    assertThat(err.toString()).startsWith("\r\033[K[###").contains("1/10").contains(" 10%").contains("/s");
    progress.item(new ItemResult.Failed<>("b.html", "article-cleaner", Reason.NO_CONTENT, "empty body"));
    assertThat(err.toString()).contains("\r\033[Kb.html: empty body");
    // the bar comes back after the failure line
    assertThat(err.toString().substring(err.toString().indexOf("b.html"))).contains("2/10");
    progress.finish();
    assertThat(err.toString()).endsWith("\n");
  }
}
