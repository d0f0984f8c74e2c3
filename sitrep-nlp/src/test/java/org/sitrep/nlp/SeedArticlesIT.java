package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Quote;
import org.sitrep.nlp.claim.ClaimExtractor;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quote.QuoteExtractor;

/** Facts a careful reader lists from the real scraped pages in ../shared/seeds (skipped when absent). */
class SeedArticlesIT {
  private static final Path SEEDS = Path.of("../../shared/seeds");

  private record Result(List<Entity> entities, List<Quote> quotes, List<Claim> claims) {
    Optional<Entity> named(String name) {
      return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
  }

  /** The seed text from its first prose paragraph (a line of more than 15 words) on. */
  private static Result run(String prefix) throws IOException {
    Path dir = Files.isDirectory(SEEDS) ? SEEDS : Path.of("../shared/seeds");
    assumeTrue(Files.isDirectory(dir), "seed pages not present");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    assumeTrue(file != null, "seed " + prefix + " not present");
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    int offset = 0;
    for (String line : raw.split("\n", -1)) {
      if (line.split("\\s+").length > 15) {
        break;
      }
      offset += line.length() + 1;
    }
    ParsedText parsed = TestParser.parse(raw.substring(Math.min(offset, raw.length())));
    List<Entity> es = new EntityExtractor().extract(parsed);
    List<Quote> qs = new QuoteExtractor().extract(parsed, es);
    return new Result(es, qs, new ClaimExtractor().extract(parsed, es, qs));
  }

  @Test
  void editorialOnThePutinKimSummit() throws IOException {
    Result r = run("000_");
    Entity putin = r.named("Vladimir Putin").orElseThrow();
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.aliases()).contains("Putin");
    Entity kim = r.named("Kim Jong-un").orElseThrow();
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.aliases()).contains("Kim");
    assertThat(r.named("Korean Central News Agency").orElseThrow().type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(r.claims()).anySatisfy(c -> {
      assertThat(c.claimant()).isEqualTo("Korean Central News Agency");
    });
    assertThat(r.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("The channel is open on our side");
      assertThat(q.speaker()).isEqualTo("Vladimir Putin");
    });
    assertThat(r.claims()).filteredOn(c -> c.text().contains("reportedly engaged"))
        .singleElement().extracting(Claim::status).isEqualTo(ClaimStatus.REPORTED);
    assertThat(r.claims()).filteredOn(c -> c.text().contains("is said to be providing"))
        .singleElement().extracting(Claim::status).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void chineseExpertsAreQuotedByFullName() throws IOException {
    Result r = run("002_");
    assertThat(r.quotes()).filteredOn(q -> q.text().startsWith("The close communication"))
        .singleElement().satisfies(q -> {
          assertThat(q.speaker()).isEqualTo("Da Zhigang");
          assertThat(q.speakerRole()).startsWith("Director of the Northeast Asia Research Institute");
        });
    assertThat(r.quotes()).filteredOn(q -> q.text().startsWith("U.S. policymakers"))
        .singleElement().extracting(Quote::speaker).isEqualTo("Global Times");
    // the raw page's sign-off names its author: a person of its own, merged with no other Kim
    r.named("Daniel Kim").ifPresent(author -> assertThat(author.aliases()).isEmpty());
  }

  @Test
  void theDeniedContainerClaim() throws IOException {
    Result r = run("003_");
    Entity nk = r.named("North Korea").orElseThrow();
    assertThat(nk.aliases()).contains("DPRK", "Democratic People's Republic of Korea");
    assertThat(r.named("South Korea").orElseThrow().aliases()).contains("ROK", "Republic of Korea");
    assertThat(r.claims()).filteredOn(c -> c.text().contains("6,700 containers"))
        .singleElement().satisfies(c -> {
          assertThat(c.status()).isEqualTo(ClaimStatus.DENIED);
          assertThat(c.deniedBy()).containsExactlyInAnyOrder("Russia", "North Korea");
        });
  }

  @Test
  void ministersSharingNoNameAreApart() throws IOException {
    Result r = run("004_");
    assertThat(r.named("Cho Hyun").orElseThrow().roles()).contains("Foreign Minister");
    assertThat(r.quotes()).filteredOn(q -> q.text().startsWith("The two summits"))
        .singleElement().extracting(Quote::speaker).isEqualTo("Cho Hyun");
    assertThat(r.quotes()).filteredOn(q -> q.text().startsWith("The security landscape"))
        .singleElement().satisfies(q -> {
          assertThat(q.speaker()).isEqualTo("Ahn Gyu-back");
          assertThat(q.speakerRole()).isEqualTo("Defence Minister");
        });
  }
}
