package org.sitrep.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quantity.QuantityExtractor;
import org.sitrep.nlp.testing.NerEntities;
import org.sitrep.nlp.testing.SharedParser;
import org.sitrep.nlp.time.TimeNormalizer;

/** The shared seed pages (skipped where absent): seed 000 is a Korea Times editorial of 21 June 2024. */
class SeedArticleIT {
  private static final Path SEEDS = Path.of("/work/shared/seeds");

  /** The first paragraph that reads as prose: long, with a full stop. Cleaning is not this module's job. */
  static String firstProseParagraph(String page) {
    for (String p : page.split("\\n\\s*\\n")) {
      String t = p.strip();
      if (t.length() > 200 && t.contains(". ")) {
        return t;
      }
    }
    return page;
  }

  @Test
  void koreaTimesEditorialOf21June2024() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS);
    Path seed;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seed = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElse(null);
    }
    assumeTrue(seed != null, "seed 000 absent");
    String text = firstProseParagraph(Files.readString(seed, StandardCharsets.UTF_8));
    ParsedText parsed = SharedParser.get().parse(text, "2024-06-21");
    List<TimeExpression> times = new TimeNormalizer().normalize(parsed, "2024-06-21");
    assertThat(times).filteredOn(t -> t.text().equals("Wednesday"))
        .extracting(TimeExpression::value).containsOnly("2024-06-19");
    assertThat(times).filteredOn(t -> t.text().equals("Thursday"))
        .extracting(TimeExpression::value).containsOnly("2024-06-20");
    List<Event> events = new EventExtractor().extract(parsed, NerEntities.of(parsed), times);
    assertThat(events).filteredOn(e -> e.action().equals("sign")).first().satisfies(e -> {
      assertThat(e.actors()).contains("Vladimir Putin", "Kim Jong-un");
      assertThat(e.date()).isEqualTo("2024-06-19");
    });
    assertThat(new QuantityExtractor().extract(parsed)).allSatisfy(q ->
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
  }

  @Test
  void everySeedRunsThroughWithSpansInsideTheText() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS);
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) {
      String text = firstProseParagraph(Files.readString(seed, StandardCharsets.UTF_8));
      ParsedText parsed = SharedParser.get().parse(text, null);
      List<TimeExpression> times = new TimeNormalizer().normalize(parsed, null);
      for (TimeExpression t : times) {
        assertThat(text.substring(t.start(), t.end())).as(seed.toString()).isEqualTo(t.text());
      }
      for (Event e : new EventExtractor().extract(parsed, NerEntities.of(parsed), times)) {
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
  }
}
