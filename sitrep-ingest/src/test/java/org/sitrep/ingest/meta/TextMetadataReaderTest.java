package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Dateline;
import org.sitrep.ingest.text.DumpLayout;

class TextMetadataReaderTest {
  private final TextMetadataReader reader = new TextMetadataReader();
  private static final String P = "The ministers said feasibility studies for the line should be completed within two years.";

  @Test
  void takesADatelineOnALineOfItsOwnOutOfTheStory() {
    DumpLayout layout = new DumpLayout(List.of("Railway Talks to Speed Up"),
        List.of("HANOI, June 19 (Xinhua) --", P), List.of(), List.of());
    TextMetadata meta = reader.read(layout, LocalDate.parse("2024-06-20"), null);
    assertThat(meta.body()).containsExactly(P);
    assertThat(meta.dateline()).isEqualTo(new Dateline("Hanoi", "2024-06-19"));
    assertThat(meta.credits()).containsExactly("Xinhua");
    assertThat(meta.published()).isEqualTo("2024-06-19");
  }

  @Test
  void keepsADatelineThatOpensTheFirstParagraph() {
    String first = "SEOUL, June 19 (Yonhap) -- " + P;
    TextMetadata meta = reader.read(new DumpLayout(List.of(), List.of(first), List.of(), List.of()), null, null);
    assertThat(meta.body()).containsExactly(first);
    assertThat(meta.dateline()).isEqualTo(new Dateline("Seoul", "XXXX-06-19"));
    assertThat(meta.published()).isNull();
    assertThat(meta.partialPublished().value()).isEqualTo("XXXX-06-19");
  }

  @Test
  void takesAWireCreditOffTheLastParagraph() {
    TextMetadata meta = reader.read(new DumpLayout(List.of(), List.of(P, "Talks resume next week. (AP)"), List.of(),
        List.of()), null, null);
    assertThat(meta.body()).containsExactly(P, "Talks resume next week.");
    assertThat(meta.credits()).containsExactly("AP");
  }

  @Test
  void picksTheHeadlineNearestTheStoryAndTheSiteNameAboveIt() {
    DumpLayout layout = new DumpLayout(List.of("Skip to main content", "Harbour Daily", "Home | World | Business",
        "Port Workers End Strike After Pay Deal", "By Jane Doe", "Updated: June 22, 2024", "Published: June 21, 2024"),
        List.of(P), List.of(), List.of());
    TextMetadata meta = reader.read(layout, null, null);
    assertThat(meta.title()).isEqualTo("Port Workers End Strike After Pay Deal");
    assertThat(meta.outlet()).isEqualTo("Harbour Daily");
    assertThat(meta.authors()).containsExactly("Jane Doe");
    assertThat(meta.published()).isEqualTo("2024-06-21");
  }

  @Test
  void namesTheOutletFromTheUrlHostWhenThePageShowsNoSiteName() {
    DumpLayout layout = new DumpLayout(List.of("Port Workers End Strike After Pay Deal"), List.of(P), List.of(),
        List.of("Follow Harbour Daily News on X"));
    TextMetadata meta = reader.read(layout, null, "https://www.harbourdaily.example/news/1");
    assertThat(meta.outlet()).isEqualTo("Harbour Daily");
  }
}
