package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final String BODY =
      "<p>The ministry confirmed on Tuesday that the new rules will apply from the first of July, after months of"
          + " negotiations with industry groups and unions.</p>";

  private static ExtractedPage page(String head, String body, String url) {
    String html = "<html" + "><head>" + head + "</head><body>" + body + BODY + "</body></html>";
    return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, url);
  }

  private static ExtractedPage page(String head, String body) {
    return page(head, body, null);
  }

  @Test
  void titleFromHeadlineMatchingTheTitleTagWithoutSiteSuffix() {
    ExtractedPage p = page("<title>New rules from July | Daily Ledger</title>", "<h1>New rules from July</h1>");
    assertThat(p.title()).isEqualTo("New rules from July");
    assertThat(p.siteName()).isEqualTo("Daily Ledger");
  }

  @Test
  void titleFromOpenGraphAndSiteNameFromItsTag() {
    ExtractedPage p = page("<title>Daily Ledger - New rules from July</title>"
        + "<meta property=\"og:title\" content=\"New rules from July\"><meta property=\"og:site_name\" content=\"Daily Ledger\">", "");
    assertThat(p.title()).isEqualTo("New rules from July");
    assertThat(p.siteName()).isEqualTo("Daily Ledger");
  }

  @Test
  void titleTagSplitUsesTheKnownSiteName() {
    ExtractedPage p = page("<title>Budget: what changes – and what does not | Ledger</title>"
        + "<meta name=\"application-name\" content=\"Ledger\">", "");
    assertThat(p.title()).isEqualTo("Budget: what changes – and what does not");
  }

  @Test
  void blogNameInH1IsNotTheTitle() {
    ExtractedPage p = page("<title>Morning walks | Notes from the valley</title>",
        "<h1>Notes from the valley</h1><h2 class=\"entry-title\">Morning walks</h2>");
    assertThat(p.title()).isEqualTo("Morning walks");
  }

  @Test
  void titleFromJsonLdHeadline() {
    ExtractedPage p = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Ministry sets date for new rules\"}</script>", "");
    assertThat(p.title()).isEqualTo("Ministry sets date for new rules");
  }

  @Test
  void authorsFromJsonLdListAndGraph() {
    ExtractedPage p = page("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"L\"},"
        + "{\"@type\":[\"NewsArticle\"],\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
        + "{\"@type\":\"Person\",\"name\":\"Lee Chan\"}]}]}</script>", "");
    assertThat(p.authors()).containsExactly("Ana Ruiz", "Lee Chan");
  }

  @Test
  void authorsFromMetaAreCleanedOfPrefixesAndRoles() {
    assertThat(page("<meta name=\"author\" content=\"By Sam Reid, Staff Writer\">", "").authors())
        .containsExactly("Sam Reid");
    assertThat(page("<meta name=\"author\" content=\"Von Anna Berg und Jonas Weil\">", "").authors())
        .containsExactly("Anna Berg", "Jonas Weil");
    assertThat(page("<meta name=\"author\" content=\"https://social.example/sam\">", "").authors()).isEmpty();
  }

  @Test
  void authorsFromRelAuthorAndBylineClass() {
    assertThat(page("", "<a rel=\"author\" href=\"/p/1\">Maria Keane</a>").authors()).containsExactly("Maria Keane");
    assertThat(page("", "<div class=\"byline\">By Tom Okafor | 3 June 2024</div>").authors())
        .containsExactly("Tom Okafor");
    assertThat(page("", "<span class=\"author\">AuthorAndreas Kalt</span>").authors()).containsExactly("Andreas Kalt");
  }

  @Test
  void publishedFromMetaJsonLdTimeAndUrl() {
    assertThat(page("<meta property=\"article:published_time\" content=\"2024-06-18T07:45:00+01:00\">", "").published())
        .isEqualTo("2024-06-18T07:45+01:00");
    assertThat(page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2023-11-02\"}"
        + "</script>", "").published()).isEqualTo("2023-11-02");
    assertThat(page("", "<time datetime=\"2022-03-04\">4 March</time>").published()).isEqualTo("2022-03-04");
    assertThat(page("", "", "https://news.example/2021/05/07/some-story/").published()).isEqualTo("2021-05-07");
  }

  @Test
  void publishedFromVisibleTextPatterns() {
    assertThat(page("", "<div class=\"info\">发表时间:2024-06-18 23:30 来源:东方日报</div>").published())
        .isEqualTo("2024-06-18T23:30");
    assertThat(page("", "<p class=\"date\">Veröffentlicht am 18.06.2024</p>").published()).isEqualTo("2024-06-18");
    assertThat(page("", "<span class=\"post-date\">June 21, 2024</span>").published()).isEqualTo("2024-06-21");
    assertThat(page("", "<span class=\"datum\">3. März 2020</span>").published()).isEqualTo("2020-03-03");
  }

  @Test
  void modifiedDateIsOnlyAFallback() {
    ExtractedPage p = page("<meta property=\"article:modified_time\" content=\"2024-07-01\">"
        + "<meta name=\"date\" content=\"2024-06-30\">", "");
    assertThat(p.published()).isEqualTo("2024-06-30");
    assertThat(page("<meta property=\"article:modified_time\" content=\"2024-07-01\">", "").published())
        .isEqualTo("2024-07-01");
  }

  @Test
  void canonicalUrlAndLanguage() {
    String html = "<html lang=\"pt-BR\"><head><link rel=\"canonical\" href=\"/a/b\"></head><body>" + BODY + "</body></html>";
    ExtractedPage p = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://site.example/x?y=1");
    assertThat(p.canonicalUrl()).isEqualTo("https://site.example/a/b");
    assertThat(p.htmlLanguage()).isEqualTo("pt");
    ExtractedPage og = page("<meta property=\"og:url\" content=\"https://site.example/og\">", "");
    assertThat(og.canonicalUrl()).isEqualTo("https://site.example/og");
    assertThat(og.htmlLanguage()).isNull();
  }

  @Test
  void dateNormalisationRejectsImpossibleDates() {
    assertThat(MetadataExtractor.normaliseDate("2024-02-30")).isNull();
    assertThat(MetadataExtractor.normaliseDate("31.13.2020")).isNull();
    assertThat(MetadataExtractor.normaliseDate("1850-01-01")).isNull();
    assertThat(MetadataExtractor.normaliseDate("2024年6月18日")).isEqualTo("2024-06-18");
  }

  @Test
  void bylineLeftoversAreNotPartOfTheName() {
    // a written date and what follows it, with the weekday before it
    assertThat(MetadataExtractor.cleanAuthors(List.of("By Nora Lindqvist 8 March 2021, 5:03 pm"))).containsExactly("Nora Lindqvist");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Von Jonas Feld Fr, 12. Juni 2020"))).containsExactly("Jonas Feld");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Ruth Abend am Samstag"))).containsExactly("Ruth Abend");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Posted by Ivo Brandt on June 3, 2019"))).containsExactly("Ivo Brandt");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Mara Quell Stand"))).containsExactly("Mara Quell");
    // a handle after the name, a degree split off by a comma, a label before it
    assertThat(MetadataExtractor.cleanAuthors(List.of("Lucas Arrieta @larrieta"))).containsExactly("Lucas Arrieta");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Tessa Moor, PhD; Ken Ubaldo, MD, MPH"))).containsExactly("Tessa Moor", "Ken Ubaldo");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Interview: Pia Marten", "Artikel von: gartenfreunde"))).containsExactly("Pia Marten", "gartenfreunde");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Eingestellt von der Kiezreporter"))).containsExactly("der Kiezreporter");
    // an entity the page escaped twice is a letter, not a separator
    assertThat(MetadataExtractor.cleanAuthors(List.of("Redacci&oacute;n Diario Norte"))).containsExactly("Redacción Diario Norte");
    // a user name with digits is a byline; a date, a count or an image label is not
    assertThat(MetadataExtractor.cleanAuthors(List.of("riverfox1984"))).containsExactly("riverfox1984");
    assertThat(MetadataExtractor.cleanAuthors(List.of("link78", "image2", "12 comments"))).isEmpty();
    // a two-letter name is not taken for a degree
    assertThat(MetadataExtractor.cleanAuthors(List.of("Ma, Lin"))).containsExactly("Ma", "Lin");
  }

  @Test
  void authorsFromMetaFieldsOfOtherVocabularies() {
    assertThat(page("<meta property=\"og:article:author\" content=\"Selma Voss\">", "").authors()).containsExactly("Selma Voss");
    assertThat(page("<meta name=\"shareaholic:article_author_name\" content=\"Arno Pike\">", "").authors())
        .containsExactly("Arno Pike");
    // an app banner's "author" is not the article's
    assertThat(page("<meta name=\"smartbanner:author\" content=\"Get the app\">", "").authors()).isEmpty();
  }

  @Test
  void authorCleaningDropsNonNames() {
    assertThat(MetadataExtractor.cleanAuthors(List.of("Posted by Anna Weber on 12.03.2020"))).containsExactly("Anna Weber");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Posted by admin on 12.03.2020"))).isEmpty();
    assertThat(MetadataExtractor.cleanAuthors(List.of("wordpressadmin", "Administrator"))).isEmpty();
    assertThat(MetadataExtractor.cleanAuthors(List.of("Reuters Staff"))).isEmpty();
    assertThat(MetadataExtractor.cleanAuthors(List.of("@handle", "  "))).isEmpty();
  }

  @Test
  void sectionSegmentsNextToTheSiteNameGoToo() {
    ExtractedPage forum = page("<title>Upgrade breaks mobile data? | Phones | Forum | Ledger.example</title>", "",
        "https://www.ledger.example/forum/4711");
    assertThat(forum.title()).isEqualTo("Upgrade breaks mobile data?");
    ExtractedPage blog = page("<title>Ledger Notes » Blog Archive » Interning small integers in Python</title>",
        "<h1>Ledger Notes</h1>", "https://ledgernotes.example/2019/10/interning");
    assertThat(blog.title()).isEqualTo("Interning small integers in Python");
  }

  @Test
  void aSeriesPrefixStaysWhenNoSiteNameWasFound() {
    ExtractedPage p = page("<title>Patch notes - Release 4.47.4 - Tagundnachtgleiche bugfix build</title>", "",
        "https://game.example/threads/3976");
    assertThat(p.title()).isEqualTo("Release 4.47.4 - Tagundnachtgleiche bugfix build");
  }

  @Test
  void headingsLoseTheSiteNameTheyCarry() {
    ExtractedPage p = page("<title>EU taxonomy: gas is not sustainable | Federal Agency</title>"
        + "<meta property=\"og:site_name\" content=\"Federal Agency\">",
        "<h1>EU taxonomy: gas is not sustainable | Federal Agency</h1>");
    assertThat(p.title()).isEqualTo("EU taxonomy: gas is not sustainable");
  }

  @Test
  void jsonLdHeadlineBeatsADecoratedOpenGraphTitle() {
    ExtractedPage p = page("<meta property=\"og:title\" content=\"Workout of the week | Medley pyramid - SWIMMER\">"
        + "<meta property=\"og:site_name\" content=\"SWIMMER\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Medley pyramid\"}</script>",
        "");
    assertThat(p.title()).isEqualTo("Medley pyramid");
  }

  @Test
  void splitsCjkTitlesJoinedByABareHyphen() {
    ExtractedPage p = page("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>", "", "http://www.xinhua.example/local/1.htm");
    assertThat(p.title()).isEqualTo("武汉的声音：有英勇的你，才有英雄的城！");
  }

  @Test
  void bylinePrefixesNeverEatTheStartOfAName() {
    assertThat(MetadataExtractor.cleanAuthors(List.of("Dieter Sieckmeyer"))).containsExactly("Dieter Sieckmeyer");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Von Debora Weiss"))).containsExactly("Debora Weiss");
    assertThat(MetadataExtractor.cleanAuthors(List.of("di Marco Rossi"))).containsExactly("Marco Rossi");
    assertThat(MetadataExtractor.cleanAuthors(List.of("von lupa"))).containsExactly("lupa");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Autor: ferienblog.example"))).containsExactly("ferienblog.example");
  }

  @Test
  void jsonLdAuthorGivenByReferenceIsResolvedInTheGraph() {
    ExtractedPage p = page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Article\",\"headline\":\"New rules from July\","
        + "\"author\":{\"@id\":\"https://blog.example/#/schema/person/1\"}},"
        + "{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"https://blog.example/#/schema/person/1\","
        + "\"name\":\"Helga Fahrner\"}]}</script>", "");
    assertThat(p.authors()).containsExactly("Helga Fahrner");
  }

  @Test
  void theDateInThePathOverridesAPageDateBeforeItOrLongAfterIt() {
    String url = "https://blog.example/2019/10/22/soldering-old-devices/";
    assertThat(page("<meta property=\"article:published_time\" content=\"2009-04-11T18:06:00+02:00\">", "", url)
        .published()).isEqualTo("2019-10-22");
    assertThat(page("<meta property=\"article:published_time\" content=\"2021-03-01\">", "", url).published())
        .isEqualTo("2019-10-22");
    // an update a few days later, or the same day with a time, stays
    assertThat(page("<meta property=\"article:published_time\" content=\"2019-10-25T08:00:00+02:00\">", "", url)
        .published()).isEqualTo("2019-10-25T08:00+02:00");
  }
  @Test
  void bylineInThePostsOwnFooterIsRead() {
    String post = "<title>Repairing an old radio | Workbench notes</title>";
    ExtractedPage p = page(post, "<div class=\"site\"><main><article class=\"post hentry\">"
        + "<h1 class=\"entry-title\">Repairing an old radio</h1>" + BODY
        + "<footer class=\"entry-footer post-footer\"><span class=\"byline\">Posted by Ina Kowalski</span></footer>"
        + "</article></main><footer class=\"site-footer\"><span class=\"author\">Theme by Max Ortner</span></footer></div>");
    assertThat(p.authors()).containsExactly("Ina Kowalski");
    // the page's own footer is still furniture
    ExtractedPage pageFooter = page(post, "<div class=\"site\"><main><article class=\"post hentry\">"
        + "<h1 class=\"entry-title\">Repairing an old radio</h1></article></main>"
        + "<footer class=\"site-footer\"><span class=\"author\">Max Ortner</span></footer></div>");
    assertThat(pageFooter.authors()).isEmpty();
    // a post with no headline found: its footer still belongs to it, a sidebar does not
    ExtractedPage noHeadline = page("", "<div class=\"sidebar\"><span class=\"author\">Lena Brock</span></div>"
        + "<article><p>Text of the post.</p><footer><span class=\"author\">Ina Kowalski</span></footer></article>");
    assertThat(noHeadline.authors()).containsExactly("Ina Kowalski");
  }

  @Test
  void aContainerHoldingTheHeadlineIsNotFurnitureWhateverItsName() {
    ExtractedPage p = page("<title>Governor names a judge</title>",
        "<article class=\"article sticky-sidebar-parent\"><header><h1>Governor names a judge</h1>"
        + "<div class=\"byline\">By Emma Radu</div></header></article>"
        + "<aside class=\"sidebar\"><div class=\"byline\">By Otto Sand</div></aside>");
    assertThat(p.authors()).containsExactly("Emma Radu");
    ExtractedPage sidebarOnly = page("<title>Governor names a judge</title>",
        "<article><h1>Governor names a judge</h1></article>"
        + "<aside class=\"sidebar\"><div class=\"byline\">By Otto Sand</div></aside>");
    assertThat(sidebarOnly.authors()).isEmpty();
  }
  @Test
  void unmarkedBylineLinesNextToTheHeadlineAreRead() {
    String head = "<title>Neue Regeln ab Juli</title>";
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p>Von Anna Muster am 3. März 2021</p>").authors())
        .containsExactly("Anna Muster");
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><div>Von Anna Muster, 03.03.2021</div>").authors())
        .containsExactly("Anna Muster");
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p><span>By</span><a href=\"/a/jd\">Jane Doe</a> | March 3, 2021</p>")
        .authors()).containsExactly("Jane Doe");
    assertThat(page(head, "<div><p>11.12.2019 - Amelie Loevenich</p><h1>Neue Regeln ab Juli</h1></div>").authors())
        .containsExactly("Amelie Loevenich");
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p><em>Written by: Julie Mollins and Petra de la Cruz</em></p>")
        .authors()).containsExactly("Julie Mollins", "Petra de la Cruz");
  }

  @Test
  void linesThatOnlyLookLikeBylinesAreNot() {
    String head = "<title>Neue Regeln ab Juli</title>";
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p>By Monday, the ministry will publish the list</p>").authors()).isEmpty();
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p>Von Berlin aus fuhr der Zug weiter</p>").authors()).isEmpty();
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><p>21.01.2022 Aktuelle Meldung</p><p>250 Gramm Mehl</p>"
        + "<p>18.02.2022, 10:27 | Recht &amp; Gesetz</p>").authors()).isEmpty();
    // far below the headline, or in the page's furniture, a line is no byline
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1>" + "<p>Der Text der Meldung geht hier weiter.</p>".repeat(40)
        + "<p>Von Anna Muster</p>").authors()).isEmpty();
    assertThat(page(head, "<h1>Neue Regeln ab Juli</h1><div class=\"sidebar\"><p>Von Anna Muster</p></div>").authors()).isEmpty();
  }
  @Test
  void aBylineNamingTheSiteGivesWayToAWriterNamedOnThePage() {
    String head = "<title>Goats ruled this island | Daily Ledger</title><meta property=\"og:site_name\" content=\"Daily Ledger\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"Daily Ledger\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Ledger\"}}</script>";
    assertThat(page(head, "<h1>Goats ruled this island</h1><p>By Michael Hingston</p>", "https://dailyledger.example/goats")
        .authors()).containsExactly("Michael Hingston");
    // with no writer on the page, or only words that name no one, the site's name stays
    assertThat(page(head, "<h1>Goats ruled this island</h1>", "https://dailyledger.example/goats").authors())
        .containsExactly("Daily Ledger");
    assertThat(page(head, "<h1>Goats ruled this island</h1><div class=\"author\">Endlich mehr Ziegen wagen</div>",
        "https://dailyledger.example/goats").authors()).containsExactly("Daily Ledger");
    // a blog that signs with its own name: the byline names the site again
    String blog = "<title>Konsumsparen: mein Fazit</title><meta property=\"og:site_name\" content=\"Frau Sabienes\">"
        + "<meta name=\"author\" content=\"Frau Sabienes\">";
    assertThat(page(blog, "<h1>Konsumsparen: mein Fazit</h1><span class=\"byline\">Frau Sabienes</span>"
        + "<h2>Mein Motto</h2><p>Von Jahr zu Jahr</p>").authors()).containsExactly("Frau Sabienes");
  }

  @Test
  void creditsLabelsAndBracketsAreNotNames() {
    assertThat(MetadataExtractor.cleanAuthors(List.of("Foto: Ingo Schneider", "Quelle: Statista", "Stand", "Mehr"))).isEmpty();
    assertThat(MetadataExtractor.cleanAuthors(List.of("Eberhard Fuhr (Pressesprecher des Verbands)"))).containsExactly("Eberhard Fuhr");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Limespacer ·"))).containsExactly("Limespacer");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Autor/in: Korinna Hennig"))).containsExactly("Korinna Hennig");
    assertThat(MetadataExtractor.cleanAuthors(List.of("Recipe by Lena Brock"))).containsExactly("Lena Brock");
    // a weekday left by a cut date is no name; a registered association's "e.V." is not split off as a name
    assertThat(MetadataExtractor.cleanAuthors(List.of("Donnerstag, 4. November 2021"))).isEmpty();
    assertThat(MetadataExtractor.cleanAuthors(List.of("Verein der Gartenfreunde e.V."))).containsExactly("Verein der Gartenfreunde e.V.");
  }
  @Test
  void bylinesSplitOverTwoLinesAndUserNamesAreRead() {
    String head = "<title>Tomaten richtig schneiden</title>";
    String h1 = "<h1>Tomaten richtig schneiden</h1>";
    assertThat(page(head, h1 + "<div>Von</div><div><a href=\"/u/1\">Anna Muster</a></div>").authors()).containsExactly("Anna Muster");
    assertThat(page(head, h1 + "<p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p>").authors()).containsExactly("rasos");
    assertThat(page(head, h1 + "<p>von Marianne1</p><p>am 20.09.2020</p>").authors()).containsExactly("Marianne1");
    assertThat(page(head, h1 + "<p>Kochen | By Cara Stiles | April 13, 2020</p>").authors()).containsExactly("Cara Stiles");
    assertThat(page(head, h1 + "<dl><dt>Themenstarter</dt><dd>Pepemaus</dd></dl>").authors()).containsExactly("Pepemaus");
    // a user name yields to a line that names a person; a date word is no user name
    assertThat(page(head, h1 + "<p>Gespeichert von human am 7. Juli 2019</p><p>Blog Beitrag von Margarita Koreneva</p>")
        .authors()).containsExactly("Margarita Koreneva");
    assertThat(page(head, h1 + "<p>Von</p><p>am 3. Februar 2022</p>").authors()).isEmpty();
  }
}
