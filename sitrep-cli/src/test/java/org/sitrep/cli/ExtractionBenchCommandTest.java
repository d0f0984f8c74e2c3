package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
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

  /** The speed part times the extractor and the extract --no-nlp path on the same pages and writes both figures. */
  @Test
  void speedPartMeasuresTheProductPathBesideTheExtractor() throws Exception {
    Path html = Files.createDirectories(dir.resolve("shared/benchmarks/article-extraction/html"));
    Path samples = Path.of(System.getProperty("user.dir")).resolve("../samples/demo").normalize();
    for (String page : new String[] {"01-meridian-wire-summit.html", "04-chollima-daily-treaty.html"}) {
      Files.copy(samples.resolve(page), html.resolve(page));
    }
    String home = System.getProperty("sitrep.home");
    System.setProperty("sitrep.home", dir.toString());
    StringWriter out = new StringWriter();
    int status;
    try {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(new StringWriter()));
      status = cl.execute("bench", "extraction", "--shared", dir.resolve("shared").toString(), "--only", "speed");
    } finally {
      if (home == null) {
        System.clearProperty("sitrep.home");
      } else {
        System.setProperty("sitrep.home", home);
      }
    }
    assertThat(status).isZero();
    assertThat(out.toString()).contains("extractor alone").contains("product path (extract --no-nlp --threads 1");
    JsonNode speed = SitrepJson.mapper().readTree(dir.resolve("bench-results/extraction.json").toFile()).path("speed");
    assertThat(speed.path("pagesPerCpuSecond").asDouble()).isPositive();
    assertThat(speed.path("productPath").path("pagesPerCpuSecond").asDouble()).isPositive();
    assertThat(speed.path("productPath").path("articlesPerPass").asInt()).isEqualTo(2);
  }

  @Test
  void isListedUnderBench() {
    CommandLine cl = Main.commandLine();
    assertThat(cl.getSubcommands().get("bench").getSubcommands()).containsKey("extraction");
  }
}
