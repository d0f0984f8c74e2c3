package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractionBenchCommandTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void missingSharedFolderIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "bench", "extraction", "--shared", dir.resolve("nothing").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("expected a folder with benchmarks/");
  }

  @Test
  void unknownPartIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("benchmarks"));
    StringWriter err = new StringWriter();
    assertThat(run(err, "bench", "extraction", "--shared", dir.toString(), "--only", "nonsense")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown part 'nonsense'");
  }

  @Test
  void isListedUnderBench() {
    CommandLine cl = Main.commandLine();
    assertThat(cl.getSubcommands().get("bench").getSubcommands()).containsKey("extraction");
  }
}
