package org.sitrep.ingest;

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
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;

/**
 * Golden files of the article cleaner on text dumps: {@code golden/text-cleaner/<case>.txt} against
 * {@code <case>.expected.json}, the canonical JSON (sorted keys) of the clean document. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files; the diff is the review.
 */
class TextCleanerGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/text-cleaner");
  static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  static final ArticleCleaner CLEANER = new ArticleCleaner();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name) throws Exception {
    byte[] body = Files.readAllBytes(DIR.resolve(name + ".txt"));
    RawPage page = new RawPage(name + ".txt", null, ContentType.TEXT, body, StandardCharsets.UTF_8, null, null, null);
    CleanDocument doc = CLEANER.process(page, StageContext.defaults());
    String actual = CANONICAL.writeValueAsString(CANONICAL.convertValue(doc, Object.class)) + "\n";
    Path expected = DIR.resolve(name + ".expected.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      assertThat(Boolean.getBoolean("golden.update")).as("golden file %s was missing and has been written", expected).isTrue();
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
