package org.sitrep.sources.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input under {@code src/test/resources/regression/<reader>/}: bad inputs (malformed
 * XML, truncated gzip, wrong charsets, deep nesting) and any input a fuzzing campaign found to
 * crash a reader. Each must give pages or clear failures, never an unexpected exception.
 */
class RegressionCorpusTest {
  /** Far above any real cost (milliseconds); only a hang reaches it. */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  static Stream<Path> inputs(String kind) throws IOException, URISyntaxException {
    Path dir = Path.of(RegressionCorpusTest.class.getResource("/regression/" + kind).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
      assertThat(list).as("regression inputs for " + kind).isNotEmpty();
      return list.stream();
    }
  }

  static Stream<Path> feeds() throws Exception {
    return inputs("feed");
  }

  static Stream<Path> warcs() throws Exception {
    return inputs("warc");
  }

  static Stream<Path> sitemaps() throws Exception {
    return inputs("sitemap");
  }

  static Stream<Path> htmls() throws Exception {
    return inputs("html");
  }

  static Stream<Path> extractors() throws Exception {
    return inputs("extractor");
  }

  static Stream<Path> jsonLines() throws Exception {
    return inputs("jsonl");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extractors")
  void extractor(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.extractor(bytes), "a hang on " + input.getFileName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonLines")
  void jsonl(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.jsonLines(bytes), "a hang on " + input.getFileName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("feeds")
  void feed(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.feed(bytes), "a hang on " + input.getFileName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warcs")
  void warc(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.warc(bytes), "a hang on " + input.getFileName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sitemaps")
  void sitemap(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.sitemap(bytes), "a hang on " + input.getFileName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("htmls")
  void html(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    assertTimeoutPreemptively(LIMIT, () -> InputHarness.html(bytes), "a hang on " + input.getFileName());
  }
}
