package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Dateline;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.StageContext;

/** The reader and cleaner over the five real scraped pages in the shared seeds folder (skipped when absent). */
class SeedsIT {
  private static final Map<String, CleanDocument> DOCS = new HashMap<>();

  @BeforeAll
  static void cleanSeeds() throws Exception {
    Path seeds = Stream.of(Path.of("../../shared/seeds"), Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
        .filter(Files::isDirectory).findFirst().orElse(null);
    Assumptions.assumeTrue(seeds != null, "shared seeds folder not present");
    ArticleCleaner cleaner = new ArticleCleaner();
    try (Stream<ItemResult<RawPage>> pages = new InputReader().read(seeds)) {
      for (ItemResult<RawPage> item : pages.toList()) {
        assertThat(item).as(item.source()).isInstanceOf(ItemResult.Ok.class);
        RawPage page = ((ItemResult.Ok<RawPage>) item).value();
        String name = Path.of(page.source()).getFileName().toString().substring(0, 3);
        DOCS.put(name, cleaner.process(page, StageContext.defaults()));
      }
    }
    assertThat(DOCS).hasSize(5);
  }

  @Test
  void boilerplateIsGone() {
    List<String> furniture = List.of("Thailand Recorder", "Latest News From Thailand", "EDITORIAL from",
        "Please enter your comment", "Please enter your name", "More Articles Like This", "Must Read",
        "Frontier India News Network", "Quick access to main page", "Views", "Reuters/News1",
        "content@viewusglobal.com", "Comments0", "Latest Stories", "Weekly Best Articles", "You May Also Like",
        "Popular Now", "Must-Reads", "BUSINESS", "Synopsis", "Key Takeaways", "Increased Security Threats",
        "首页", "云上岭南", "来源", "发表时间", "Source :", "Source:", "文丨", "钱克锦", "Pizza or Nightmare");
    for (CleanDocument doc : DOCS.values()) {
      for (String line : furniture) {
        assertThat(doc.text()).as(doc.source()).doesNotContain(line);
      }
      assertThat(doc.title() == null || !doc.text().startsWith(doc.title())).isTrue();
      assertThat(doc.language()).isEqualTo("en");
    }
  }

  @Test
  void bodiesStayWhole() {
    assertThat(DOCS.get("000").text()).startsWith("Russian President Vladimir Putin and North Korean leader")
        .endsWith("threaten the security of the Korean Peninsula.");
    assertThat(DOCS.get("001").text()).startsWith("The visit of Russian President Vladimir Putin")
        .endsWith("Russia may be aiding the Chinese efforts through consultations.");
    assertThat(DOCS.get("002").text()).startsWith("As Russian President Vladimir Putin is visiting Pyongyang")
        .endsWith("It will also serve the role of crisis prevention and management.”");
    assertThat(DOCS.get("003").text()).startsWith("Russian President Vladimir Putin is scheduled")
        .contains("\n\nI. Increasing military cooperation between Russia and DPRK\n\n")
        .endsWith("naturally cause significant concern in the West.");
    assertThat(DOCS.get("004").text()).startsWith("Seoul, Dec 29 (NationPress) South Korea's Defence Minister")
        .endsWith("dialogue with North Korea and other relevant nations.");
    assertThat(DOCS.get("001").text().split("\n\n")).hasSize(13);
    assertThat(DOCS.get("002").text().split("\n\n")).hasSize(11);
    assertThat(DOCS.get("003").text().split("\n\n")).hasSize(14);
    assertThat(DOCS.get("004").text().split("\n\n")).hasSize(12);
  }

  @Test
  void splitWordsAreRepaired() {
    String text = DOCS.get("000").text();
    assertThat(text).contains("military operations in Ukraine", "move is regrettable, as",
        "a permanent member of", "South Korea, for its part")
        .doesNotContain("operatio ns", "regrettab le", "permane nt", "Sou th");
  }

  @Test
  void repairLeavesRepairedTextAlone() {
    org.sitrep.ingest.repair.TextRepair repair = org.sitrep.ingest.repair.TextRepair.english();
    int changes = 0;
    int paragraphs = 0;
    for (CleanDocument doc : DOCS.values()) {
      for (String paragraph : doc.text().split("\n\n")) {
        org.sitrep.ingest.repair.TextRepair.Repaired again = repair.repair(paragraph, true);
        changes += again.joins() + again.mojibake();
        paragraphs++;
      }
    }
    // False joins on clean news text: the seeds' bodies after repair hold no further "split words".
    assertThat(paragraphs).isGreaterThan(40);
    assertThat(changes).isZero();
  }

  @Test
  void metadataIsRead() {
    CleanDocument d0 = DOCS.get("000");
    assertThat(d0.title()).isNull();
    assertThat(d0.outlet()).isEqualTo("Thailand Recorder");
    assertThat(d0.credits()).containsExactly("Korea Times", "Yonhap News Agency");

    CleanDocument d1 = DOCS.get("001");
    assertThat(d1.title()).isEqualTo("Putin’s North Korea Visit Sparks Concerns in Seoul, Silence from Beijing");
    assertThat(d1.authors()).containsExactly("Frontier India News Network");
    assertThat(d1.outlet()).isEqualTo("Frontier India");

    CleanDocument d2 = DOCS.get("002");
    assertThat(d2.title()).isEqualTo("Putin Strengthens Bonds with North Korea Amid NATO Tensions");
    assertThat(d2.authors()).containsExactly("Daniel Kim");
    assertThat(d2.credits()).isEmpty();

    CleanDocument d3 = DOCS.get("003");
    assertThat(d3.title()).isEqualTo("Analysis: Putin's visit to DPRK raises Western concerns");
    assertThat(d3.authors()).containsExactly("钱克锦");
    assertThat(d3.published()).isEqualTo("2024-06-18T23:30");
    assertThat(d3.outlet()).isEqualTo("Lingnan on the Cloud");
    assertThat(d3.credits()).containsExactly("Yangcheng Evening News");

    CleanDocument d4 = DOCS.get("004");
    assertThat(d4.title()).isEqualTo("Is South Korea's Defence Minister Highlighting a New Threat Around the Korean Peninsula?");
    assertThat(d4.dateline()).isEqualTo(new Dateline("Seoul", "XXXX-12-29"));
    assertThat(d4.credits()).containsExactly("NationPress");
    // the dateline gives month and day only: a partial date beats none
    assertThat(d4.published()).isEqualTo("XXXX-12-29");
  }

  @Test
  void idsAreStableHashesOfTheBody() {
    for (CleanDocument doc : DOCS.values()) {
      assertThat(doc.id()).matches("[0-9a-f]{16}").isEqualTo(ArticleCleaner.id(doc.text(), new ArticleCleaner().publisher(doc.outlet(), doc.url())));
    }
  }
}
