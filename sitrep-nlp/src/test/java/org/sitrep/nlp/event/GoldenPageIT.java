package org.sitrep.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quantity.QuantityExtractor;
import org.sitrep.nlp.testing.NerEntities;
import org.sitrep.nlp.testing.SharedParser;
import org.sitrep.nlp.time.TimeNormalizer;

/**
 * Times, quantities and events of one page we wrote, against its reviewed golden JSON. Run with
 * {@code -Dgolden.update=true} to rewrite the expected file; the diff is the review.
 */
class GoldenPageIT {
  private static final String ARTICLE_DATE = "2024-06-21";

  @Test
  void summitPage() throws IOException, URISyntaxException {
    Path input = Path.of(getClass().getResource("/golden/time-event/summit.txt").toURI());
    String text = Files.readString(input, StandardCharsets.UTF_8);
    ParsedText parsed = SharedParser.get().parse(text, ARTICLE_DATE);
    List<TimeExpression> times = new TimeNormalizer().normalize(parsed, ARTICLE_DATE);
    List<Entity> entities = NerEntities.of(parsed);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("times", times);
    out.put("quantities", new QuantityExtractor().extract(parsed));
    out.put("events", new EventExtractor().extract(parsed, entities, times));
    String actual = SitrepJson.pretty().writeValueAsString(out) + "\n";
    Path expected = Path.of("src/test/resources/golden/time-event/summit.expected.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
