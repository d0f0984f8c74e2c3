package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages under {@code src/test/resources/golden/html-extractor}: each {@code <case>.html} is
 * extracted and compared with {@code <case>.expected.json} (canonical JSON, sorted keys). Run with
 * {@code -Dgolden.update=true} to rewrite the expected files; the diff is the review.
 */
class HtmlExtractorGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/html-extractor");
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  static List<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    byte[] html = Files.readAllBytes(DIR.resolve(name + ".html"));
    ExtractedPage page = EXTRACTOR.extract(html, null, "https://news.example/" + name);
    String actual = JSON.writeValueAsString(page) + "\n";
    Path expected = DIR.resolve(name + ".expected.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extractionIsDeterministic(String name) throws IOException {
    byte[] html = Files.readAllBytes(DIR.resolve(name + ".html"));
    assertThat(EXTRACTOR.extract(html, null, null)).isEqualTo(EXTRACTOR.extract(html, null, null));
  }
}
