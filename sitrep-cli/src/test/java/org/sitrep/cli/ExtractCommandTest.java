package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The extract command in-process, through picocli, with captured output. */
class ExtractCommandTest {
  private static final String STORY = String.join("\n",
      "Harbour Daily",
      "Home | World | Business",
      "",
      "Port Workers End Strike After Pay Deal",
      "By Jane Doe",
      "Published: June 21, 2024",
      "",
      "Port workers returned to work on Friday after unions and employers agreed a pay rise of six percent, ending a strike that had halted shipping for nine days.",
      "",
      "The agreement also includes a commitment to hire two hundred additional crane operators over the next year, union leaders said.",
      "",
      "Please enter your comment!",
      "Related Articles");
  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }

    List<String> outLines() {
      return out.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOneJsonArticlePerLine() throws IOException {
    Path page = Files.writeString(dir.resolve("story.txt"), STORY);
    Run run = run("extract", "--no-nlp", page.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(1);
    JsonNode article = new ObjectMapper().readTree(run.outLines().getFirst());
    assertThat(article.get("title").asText()).isEqualTo("Port Workers End Strike After Pay Deal");
    assertThat(article.get("authors").get(0).asText()).isEqualTo("Jane Doe");
    assertThat(article.get("published").asText()).isEqualTo("2024-06-21");
    assertThat(article.get("outlet").asText()).isEqualTo("Harbour Daily");
    assertThat(article.get("language").asText()).isEqualTo("en");
    assertThat(article.get("source").asText()).isEqualTo(page.toString());
    assertThat(article.get("text").asText()).startsWith("Port workers returned").doesNotContain("Please enter", "Related");
    assertThat(article.get("entities").isArray()).isTrue();
  }

  @Test
  void reportsEachBadInputOnOneLineAndGoesOn() throws IOException {
    Path good = Files.writeString(dir.resolve("b-good.txt"), STORY);
    Path empty = Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("c-binary.txt"), new byte[] {0x1f, 0x00, 0x7f, 0x00, 0x12, 0x00});
    Path menu = Files.writeString(dir.resolve("d-menu.txt"),
        "Harbour Daily\nHome | World | Business\nLatest News\nShare on Facebook\nCopyright 2024 Harbour Daily\n");
    Path missing = dir.resolve("e-missing.txt");
    Run run = run("extract", "--no-nlp", empty.toString(), good.toString(), binary.toString(), menu.toString(),
        missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines().getFirst()).contains("\"title\":\"Port Workers End Strike After Pay Deal\"");
    List<String> errors = run.errLines();
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0)).startsWith(empty + ": empty file");
    assertThat(errors.get(1)).startsWith(binary + ": binary file");
    assertThat(errors.get(2)).startsWith(menu + ": no article text found");
    assertThat(errors.get(3)).startsWith(missing + ": no such file or directory");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void printsInInputOrderWhateverTheNumberOfThreads() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("batch"));
    try (var demo = Files.list(Path.of("..", "samples", "demo"))) {
      for (Path page : demo.sorted().toList()) {
        Files.copy(page, folder.resolve(page.getFileName()));
      }
    }
    Files.write(folder.resolve("e-empty.txt"), new byte[0]);
    Files.write(folder.resolve("m-binary.txt"), new byte[] {0x1f, 0x00, 0x7f, 0x00, 0x12, 0x00});
    Run one = run("extract", "--no-nlp", "--threads", "1", folder.toString());
    Run four = run("extract", "--no-nlp", "--threads", "4", folder.toString());
    assertThat(one.code()).isEqualTo(1);
    assertThat(four.code()).isEqualTo(1);
    assertThat(one.outLines()).hasSizeGreaterThan(10);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.errLines()).isEqualTo(one.errLines()).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    List<String> sources = new java.util.ArrayList<>();
    for (String line : four.outLines()) {
      sources.add(json.readTree(line).get("source").asText());
    }
    assertThat(sources).isSorted();
  }

  @Test
  void rejectsZeroThreadsAsUsage() throws IOException {
    Path page = Files.writeString(dir.resolve("story.txt"), STORY);
    Run run = run("extract", "--threads", "0", page.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be at least 1");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void namesTheBadLineOfAJsonLinesFile() throws IOException {
    String record = new ObjectMapper().writeValueAsString(java.util.Map.of(
        "url", "https://harbour.example/strike", "text", STORY, "published", "2024-06-21", "outlet", "Harbour Daily"));
    Path jsonl = Files.writeString(dir.resolve("crawl.jsonl"), record + "\n{broken\n" + record + "\n");
    Run run = run("extract", "--no-nlp", jsonl.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.errLines()).singleElement().asString().startsWith(jsonl + ":2: bad JSON record");
    assertThat(run.outLines().getFirst()).contains("\"url\":\"https://harbour.example/strike\"");
  }

  @Test
  void usesPublishedWhereThePageStatesNone() throws IOException {
    Path page = Files.writeString(dir.resolve("story.txt"), STORY.replace("Published: June 21, 2024\n", ""));
    Run run = run("extract", "--no-nlp", "--published", "2024-06-20", "--outlet", "Other Name", page.toString());
    JsonNode article = new ObjectMapper().readTree(run.outLines().getFirst());
    assertThat(article.get("published").asText()).isEqualTo("2024-06-20");
    assertThat(article.get("outlet").asText()).isEqualTo("Other Name");
  }

  @Test
  void rejectsABadDateAsUsage() throws IOException {
    Path page = Files.writeString(dir.resolve("story.txt"), STORY);
    Run run = run("extract", "--published", "yesterday", page.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--published expects an ISO date");
  }

  @Test
  void extractsTheBundledSampleDumps() {
    Path samples = Path.of("../samples");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples), "samples folder not found");
    Run run = run("extract", "--no-nlp", samples.resolve("port-strike-dump.txt").toString(),
        samples.resolve("crawl.jsonl").toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.outLines()).hasSize(3);
  }
}
