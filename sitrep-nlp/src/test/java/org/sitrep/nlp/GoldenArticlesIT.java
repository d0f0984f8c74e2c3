package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.claim.ClaimExtractor;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quote.QuoteExtractor;

/**
 * Golden pages: {@code golden/nlp/<case>.txt} through entities, quotes and claims must give
 * {@code <case>.expected.json}; {@code -Dgolden.update=true} rewrites the expected files.
 */
class GoldenArticlesIT {
  private static final Path DIR = Path.of("src/test/resources/golden/nlp");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    ParsedText parsed = TestParser.parse(text);
    List<Entity> entities = new EntityExtractor().extract(parsed);
    List<Quote> quotes = new QuoteExtractor().extract(parsed, entities);
    List<Claim> claims = new ClaimExtractor().extract(parsed, entities, quotes);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entities", entities);
    out.put("quotes", quotes);
    out.put("claims", claims);
    String actual = SitrepJson.pretty().writeValueAsString(out) + "\n";
    Path expected = DIR.resolve(name + ".expected.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
