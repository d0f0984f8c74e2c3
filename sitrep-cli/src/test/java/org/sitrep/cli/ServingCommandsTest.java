package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of serve, brief and demo, caught before any store is opened. */
class ServingCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void pdfBriefNeedsAnOutputFile() {
    assertThat(run("brief", "s-1", "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--format pdf needs --output FILE");
  }

  @Test
  void briefRejectsUnknownFormats() {
    assertThat(run("brief", "s-1", "--format", "docx")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--format must be md, html or pdf, got 'docx'");
  }

  @Test
  void briefAndServeNeedAStore(@TempDir Path dir) {
    Path missing = dir.resolve("no-store");
    assertThat(run("brief", "s-1", "--data", missing.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no corpus store at " + missing);
    assertThat(run("serve", "--data", missing.toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void portsOutOfRangeAreUsageErrors(@TempDir Path dir) {
    assertThat(run("serve", "--data", dir.toString(), "--port", "70000")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("demo", "--port", "-1")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--port must be in [0,65535]");
  }

  @Test
  void demoNeedsItsCorpus(@TempDir Path dir) {
    assertThat(run("demo", "--samples", dir.resolve("nothing").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("demo corpus not found");
  }

  @Test
  void commandsAreRegistered() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("serve", "brief", "demo");
  }
}
