package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = TextCleanerGoldenTest.CLEANER;
  private static final String STORY = String.join("\n", "Harbour Daily", "", "Port Workers End Strike",
      "", "SEOUL, Dec 29 (Yonhap) -- Port workers returned to work on Friday after unions and employers agreed a pay rise.",
      "", "The agreement also includes a commitment to hire two hundred crane operators over the next year.");

  private static CleanDocument clean(String text, String published) throws StageException {
    RawPage page = new RawPage("page.txt", null, ContentType.TEXT, text.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, published, null, null);
    return CLEANER.process(page, StageContext.defaults());
  }

  @Test
  void completesYearlessDatesFromTheSuppliedDate() throws StageException {
    CleanDocument doc = clean(STORY, "2025-01-02");
    assertThat(doc.dateline().date()).isEqualTo("2024-12-29");
    assertThat(doc.published()).isEqualTo("2024-12-29");
  }

  @Test
  void readsFeedStyleSuppliedDates() throws StageException {
    String text = STORY.replace("SEOUL, Dec 29 (Yonhap) -- ", "");
    assertThat(clean(text, "Wed, 19 Jun 2024 10:00:00 GMT").published()).isEqualTo("2024-06-19T10:00Z");
    assertThat(clean(text, "2024-06-19").published()).isEqualTo("2024-06-19");
    CleanDocument unreadable = clean(text, "soon");
    assertThat(unreadable.published()).isNull();
    assertThat(unreadable.warnings()).anyMatch(w -> w.contains("published-unreadable"));
  }

  @Test
  void idIsAHashOfTheFoldedBodyAndItsPublisher() throws StageException {
    CleanDocument a = clean(STORY, null);
    CleanDocument again = clean(STORY, "2024-12-29");
    CleanDocument furniture = clean(STORY.replace("Harbour Daily\n", "Harbour Daily\nMenu\nShare\n"), null);
    assertThat(a.outlet()).isEqualTo("Harbour Daily");
    assertThat(a.id()).isEqualTo(again.id()).isEqualTo(furniture.id())
        .isEqualTo(ArticleCleaner.id(a.text().toUpperCase(java.util.Locale.ROOT), "harbour daily"))
        .matches("[0-9a-f]{16}");
    assertThat(ArticleCleaner.id(a.text(), null)).isEqualTo(ArticleCleaner.id(a.text())).isNotEqualTo(a.id());
  }

  @Test
  void twoOutletsCopiesOfOneWireStoryAreTwoArticles() throws StageException {
    String wire = STORY.substring(STORY.indexOf("Port Workers"));
    CleanDocument first = cleanFrom(wire, "Harbour Daily", "https://www.harbourdaily.example/news/strike-ends");
    CleanDocument reprint = cleanFrom(wire, "Inland Courier", "https://inlandcourier.example/world/port-strike");
    CleanDocument sameUrlAgain = cleanFrom(wire, "Harbour Daily", "https://www.harbourdaily.example/news/strike-ends");
    CleanDocument feedLink = cleanFrom(wire, "Harbour Daily", "https://harbourdaily.example/news/strike-ends?utm_source=rss");
    assertThat(first.text()).isEqualTo(reprint.text());
    assertThat(first.id()).isNotEqualTo(reprint.id());
    assertThat(first.id()).isEqualTo(sameUrlAgain.id()).isEqualTo(feedLink.id());
    String uncredited = wire.substring(wire.indexOf("SEOUL")).replace(" (Yonhap)", "");
    CleanDocument byHost = cleanFrom(uncredited, null, "https://www.harbourdaily.example/news/strike-ends");
    CleanDocument otherHost = cleanFrom(uncredited, null, "https://inlandcourier.example/world/port-strike");
    assertThat(byHost.outlet()).isNotEqualTo(otherHost.outlet());
    assertThat(byHost.id()).isNotEqualTo(otherHost.id());
  }

  private static CleanDocument cleanFrom(String text, @org.jspecify.annotations.Nullable String outlet, String url) throws StageException {
    RawPage page = new RawPage("page.txt", url, ContentType.TEXT, text.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, null, outlet, null);
    return CLEANER.process(page, StageContext.defaults());
  }

  @Test
  void failsAPageWithoutAnArticle() {
    assertThatThrownBy(() -> clean("Home\nWorld\nBusiness\nShare on Facebook\nCopyright 2024", null))
        .isInstanceOfSatisfying(StageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CONTENT));
  }

  /** Issue 14, defect 3: a javascript: URL from any input was stored and rendered as the source link. */
  @Test
  void keepsOnlyHttpUrlsAsTheArticleLink() throws StageException {
    String html = "<html><head><title>Port Workers End Strike</title>"
        + "<link rel=\"canonical\" href=\"javascript:alert(document.cookie)\"></head><body><article><h1>Port Workers End Strike</h1>"
        + "<p>Port workers returned to work on Friday after unions and employers agreed a pay rise for the year.</p>"
        + "<p>The agreement also includes a commitment to hire two hundred crane operators over the next year.</p>"
        + "</article></body></html>";
    for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
        "file:///etc/passwd", "//evil.example/x", "vbscript:x", "https://a.example/x\njavascript:y"}) {
      RawPage page = new RawPage("crawl.jsonl:1", bad, ContentType.HTML, html.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, null, "Harbour Daily", null);
      CleanDocument doc = CLEANER.process(page, StageContext.defaults());
      assertThat(doc.url()).as(bad).isNull();
      assertThat(doc.warnings()).as(bad).anyMatch(w -> w.contains("url-dropped"));
    }
    RawPage good = new RawPage("crawl.jsonl:2", "https://www.harbourdaily.example/news/strike", ContentType.HTML,
        html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null, "Harbour Daily", null);
    assertThat(CLEANER.process(good, StageContext.defaults()).url()).isEqualTo("https://www.harbourdaily.example/news/strike");
    assertThat(WebUrl.httpOrNull("HTTP://Example.org")).isEqualTo("HTTP://Example.org");
    assertThat(WebUrl.httpOrNull("https://")).isNull();
    assertThat(WebUrl.httpOrNull("https:/x")).isNull();
  }
}
