package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static final String P1 =
      "The regional parliament voted on Thursday to extend the state of emergency for another thirty days, citing"
          + " continued flooding in the northern districts.";
  private static final String P2 =
      "Opposition members criticised the decision, saying the government had failed to explain why existing powers"
          + " were not sufficient to coordinate the relief effort.";
  private static final String P3 =
      "The vote passed by 54 to 31, with two abstentions, after a debate that lasted more than five hours and was"
          + " interrupted twice by protesters in the gallery.";

  private static List<String> paragraphs(String body) {
    String html = "<html><head><title>Emergency extended</title></head><body>" + body + "</body></html>";
    return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null).paragraphs();
  }

  private static String article() {
    return "<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
  }

  @Test
  void keepsParagraphsInReadingOrderWithNormalisedWhitespace() {
    List<String> out = paragraphs("<div><p>  " + P1.replace(" ", " \n\t ") + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void removesNavigationFooterAndCookieBanner() {
    List<String> out = paragraphs(
        "<nav><a href=\"/\">Home</a><a href=\"/world\">World news from every continent</a></nav>"
            + "<div class=\"cookie-banner\"><p>We use cookies to give you the best experience on our website. Accept?</p></div>"
            + article()
            + "<footer><p>Copyright 2024 Example Media Group. All rights reserved. Registered in England.</p></footer>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsLinkDenseBlocksButKeepsParagraphsWithInlineLinks() {
    String withLink = "Officials pointed to <a href=\"/report\">last year's report</a>, which found that warning"
        + " systems had failed in four of the eleven affected towns during the first night.";
    List<String> out = paragraphs("<div class=\"story\"><p>" + P1 + "</p><p>" + withLink + "</p><p>" + P2 + "</p>"
        + "<ul><li><a href=\"/a\">Flood map: see the affected districts</a></li>"
        + "<li><a href=\"/b\">Live: rescue teams reach villages</a></li></ul><p>" + P3 + "</p></div>");
    assertThat(out).contains(P1, P2, P3);
    assertThat(out).anyMatch(p -> p.startsWith("Officials pointed to last year's report, which found"));
    assertThat(out).noneMatch(p -> p.contains("Flood map"));
  }

  @Test
  void removesShareBarsRelatedStoriesAndCommentSections() {
    List<String> out = paragraphs(
        article().replace("</div>", "")
            + "<div class=\"social-share\"><span>Share this article</span><a href=\"#\">Facebook</a></div>"
            + "<div class=\"related-articles\"><h3>Related</h3><p><a href=\"/x\">Earlier: parliament debates"
            + " emergency powers</a></p></div></div>"
            + "<section id=\"comments\"><div class=\"comment-body\"><p>This is a disgrace and everybody in the"
            + " government should resign immediately, I have said so for years.</p></div></section>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsImageCaptionsAndHiddenElements() {
    List<String> out = paragraphs("<div class=\"story\"><p>" + P1 + "</p>"
        + "<figure><img src=\"a.jpg\"><figcaption>Sandbags along the river bank. Photo: Agency</figcaption></figure>"
        + "<p>" + P2 + "</p><div style=\"display: none\"><p>Subscribe today for unlimited access to all our"
        + " journalism for just one euro in the first month.</p></div><p>" + P3 + "</p></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsSubheadingsInsideTheBodyButNotTheHeadline() {
    List<String> out = paragraphs("<article><h1>Emergency extended</h1><p>" + P1 + "</p><h2>A long debate</h2><p>"
        + P2 + "</p><p>" + P3 + "</p><h3>More on this story</h3></article>");
    assertThat(out).containsExactly(P1, "A long debate", P2, P3);
  }

  @Test
  void lineBreakSeparatedTextBecomesParagraphs() {
    List<String> out = paragraphs("<td class=\"text\">" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</td>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void malformedHtmlNeverThrows() {
    List<String> inputs = List.of(
        "", "<", "<html", "</p></div></body>", "<p><p><p><div><span>text", "<!-- never closed",
        "<script>var x = '</div>';", "<table><tr><td><table><td>x", "\u0000\u0001binary\uFFFF",
        "<a href=\"x\"><a href=\"y\">nested</a></a>", "<svg><p>inside svg</p></svg>",
        "<html><body>" + "<div>".repeat(3000) + "deep" + "</div>".repeat(10) + "</body></html>",
        "<script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], \"author\": {{{</script>",
        "<meta charset=\"klingon\"><p>x</p>");
    for (String input : inputs) {
      assertThatCode(() -> EXTRACTOR.extract(input.getBytes(StandardCharsets.UTF_8), null, null))
          .as(input.length() > 40 ? input.substring(0, 40) : input)
          .doesNotThrowAnyException();
    }
    assertThatCode(() -> EXTRACTOR.extract(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x3C}, null, "not a url"))
        .doesNotThrowAnyException();
  }

  @Test
  void emptyPageGivesNoParagraphsAndAWarning() {
    ExtractedPage page = EXTRACTOR.extract("<html><body></body></html>".getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(page.paragraphs()).isEmpty();
    assertThat(page.warnings()).isNotEmpty();
  }

  @Test
  void nullBodyFailsAtOnce() {
    assertThatThrownBy(() -> EXTRACTOR.extract((byte[]) null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("body");
  }

  @Test
  void readsTheArticleShippedInsideNoscript() {
    List<String> out = paragraphs("<noscript><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></div></noscript><noscript><p>Please enable JavaScript.</p></noscript>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void dropsRubyAnnotations() {
    List<String> out = paragraphs("<div class=\"story\"><p>" + P1 + "</p><p><ruby>子<rt>こ</rt></ruby>どもの"
        + "<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができました。" + P2 + "</p><p>" + P3 + "</p></div>");
    assertThat(out).anyMatch(p -> p.startsWith("子どもの法律ができました。"));
    assertThat(out).noneMatch(p -> p.contains("ほうりつ") || p.contains("こど"));
  }

  @Test
  void dropsMultilingualFurnitureLinesInsideTheArticle() {
    List<String> out = paragraphs("<div class=\"story\"><p>- Anzeige -</p><p>" + P1 + "</p><p>4 min read</p><p>" + P2
        + "</p><p>Posted in World News</p><p>Asked 8 years, 2 months ago</p><p>" + P3
        + "</p><p>Möchten Sie den Artikel teilen?</p></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsTheArticleInsideALayoutNamedAfterItsSidebar() {
    List<String> out = paragraphs("<div class=\"row has-sidebar\"><div class=\"o-row c-fixed-sidebar-layout\">"
        + article() + "</div><div class=\"sidebar\"><p>Most read: a list of other stories from today.</p></div></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void endsTheArticleWhereItsCoreContainerEnds() {
    String bio = "Jane Smith has covered regional politics for the paper since 2009, and before that she reported on"
        + " courts and crime for a weekly magazine in the capital.";
    String promo = "Our morning briefing, free every weekday.";
    String body = "<div class=\"wrapper\"><div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><p>" + P1.replace("Thursday", "Friday") + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"bio\"><p>" + bio + "</p></div><div class=\"promo\"><p>" + promo + "</p></div></div>";
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    List<MainTextExtractor.Block> blocks = new ArrayList<>();
    MainTextExtractor.linearise(doc.selectFirst("div.wrapper"), blocks);
    assertThat(blocks).extracting(MainTextExtractor.Block::text).contains(bio, promo);

    List<MainTextExtractor.Block> trimmed = MainTextExtractor.trimOutsideCore(blocks);

    assertThat(trimmed).extracting(MainTextExtractor.Block::text)
        .containsExactly(P1, P2, P3, P1.replace("Thursday", "Friday"), P2, P3);
  }

  @Test
  void keepsBlocksOutsideTheCoreThatComeBeforeIt() {
    String standfirst = "A short standfirst that sits outside the story body but introduces the article for readers.";
    String body = "<div class=\"wrapper\"><div class=\"intro\"><p>" + standfirst + "</p></div>"
        + "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>";
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    List<MainTextExtractor.Block> blocks = new ArrayList<>();
    MainTextExtractor.linearise(doc.selectFirst("div.wrapper"), blocks);

    assertThat(MainTextExtractor.trimOutsideCore(blocks)).extracting(MainTextExtractor.Block::text)
        .containsExactly(standfirst, P1, P2, P3);
  }

  private static List<String> paragraphsAt(String url, String body) {
    String html = "<html><head><title>Emergency extended</title></head><body>" + body + "</body></html>";
    return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, url).paragraphs();
  }

  @Test
  void keepsAStandfirstSetApartBeforeTheBody() {
    String lead = "Lawmakers gave the government thirty more days of emergency powers as rivers kept rising.";
    List<String> out = paragraphs("<div class=\"page\"><div class=\"article-intro\"><p>" + lead + "</p></div>"
        + "<div class=\"article-main\"><div class=\"article-text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><p>" + P2 + "</p></div><div class=\"share\"><a href=\"/s\">Share</a></div></div>"
        + "<div class=\"more\"><p><a href=\"/a\">Other story</a></p><p><a href=\"/b\">And another</a></p></div></div>");
    assertThat(out).containsExactly(lead, P1, P2, P3, P2);
  }

  @Test
  void findsTheStandfirstBeforeTheChosenBodyButNotAPictureCaption() {
    String lead = "Lawmakers gave the government thirty more days of emergency powers as rivers kept rising.";
    Document doc = Jsoup.parse("<html><body><div class=\"page\"><div class=\"article-intro\"><p>" + lead
        + "</p></div><div class=\"article-main\"><div class=\"article-text\"><p>" + P1 + "</p><p>" + P2
        + "</p></div></div></div><div class=\"other\"><div class=\"top\"><img src=\"/flood.jpg\"><p>" + lead
        + "</p></div><div class=\"article-text\"><p>" + P1 + "</p></div></div></body></html>");
    MainTextExtractor.TextStats stats = new MainTextExtractor.TextStats();
    stats.measure(doc.body());

    assertThat(MainTextExtractor.leadBefore(doc.selectFirst("div.page div.article-text"), doc.body(), stats))
        .isSameAs(doc.selectFirst("div.article-intro"));
    assertThat(MainTextExtractor.leadBefore(doc.selectFirst("div.other div.article-text"), doc.body(), stats))
        .isNull();
  }

  @Test
  void aCaptionBesideAPictureIsNoStandfirst() {
    String caption = "Rescue workers carry sandbags along the river bank in the northern districts on Wednesday.";
    List<String> out = paragraphs("<div class=\"page\"><div class=\"top\"><img src=\"/flood.jpg\"><p>" + caption
        + "</p></div><div class=\"article-text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsLinkOnlyParagraphsCitingOtherSitesButNotTeasersForOwnPages() {
    List<String> out = paragraphsAt("https://www.news.example/politics/emergency",
        "<div class=\"story\"><p>" + P1 + "</p><p><a href=\"https://petitions.example.org/flood-relief\">"
            + "petitions.example.org/flood-relief</a></p><p>" + P2 + "</p>"
            + "<p><a href=\"https://www.news.example/politics/other-story\">Minister resigns over flood response</a></p>"
            + "<p>" + P3 + "</p></div>");
    assertThat(out).containsExactly(P1, "petitions.example.org/flood-relief", P2, P3);
  }

  @Test
  void siteOfKeepsTheLastTwoHostLabels() {
    assertThat(MainTextExtractor.siteOf("https://www.news.example/a/b?c=d")).isEqualTo("news.example");
    assertThat(MainTextExtractor.siteOf("http://blog.news.example:8080/x")).isEqualTo("news.example");
    assertThat(MainTextExtractor.siteOf("mailto:desk@news.example")).isEmpty();
  }

  @Test
  void furnitureLinesMatchCapitalisedUmlauts() {
    List<String> out = paragraphs("<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><h3>Ähnliche Beiträge</h3><p>Über den Autor</p></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  private static List<String> trimmedBox(String html) {
    Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
    List<MainTextExtractor.Block> blocks = new ArrayList<>();
    MainTextExtractor.linearise(doc.selectFirst("article"), blocks);
    return MainTextExtractor.trimTrailingBox(blocks).stream().map(MainTextExtractor.Block::text).toList();
  }

  @Test
  void aSmallTitledBoxAfterTheProseEndsTheArticle() {
    String bio = "Inga Brenner heads the social and community desk and tests kitchen gadgets when she is not selling"
        + " old furniture online.";
    List<String> out = trimmedBox("<article><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
        + P1 + "</p></div><div class=\"author-box\"><h4>Author</h4><p>" + bio + "</p></div></article>");
    assertThat(out).containsExactly(P1, P2, P3, P1);
  }

  @Test
  void aTrailingSectionAsLongAsTheArticleStays() {
    List<String> out = trimmedBox("<article><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
        + P1 + "</p></div><section><h2>What comes next</h2><p>" + P2 + "</p><p>" + P3 + "</p></section></article>");
    assertThat(out).containsExactly(P1, P2, P3, P1, "What comes next", P2, P3);
  }

  @Test
  void keepsAStandfirstSetAsABareDivInTheArticleHeader() {
    String lead = "Lawmakers gave the government thirty more days of emergency powers as the rivers kept rising.";
    List<String> out = paragraphs("<article><header><h1>Emergency extended</h1><div class=\"summary\">" + lead
        + "</div></header><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");
    assertThat(out).containsExactly(lead, P1, P2, P3);
  }

  @Test
  void teaserCardsAfterTheProseEndTheArticle() {
    StringBuilder cards = new StringBuilder("<div class=\"more-news\">");
    for (String teaser : List.of(
        "About three years ago, a young prospect started working out with some veterans at a local academy in town.",
        "Maybe the team has found its own repair squad to fix its problems, and not a moment too soon for the fans.",
        "Akin to the shark tattoo behind his left ear, the star receiver sensed blood in the water on Sunday afternoon.")) {
      cards.append("<article class=\"card\"><h5><a href=\"/x\">Headline</a></h5><div class=\"excerpt\">")
          .append(teaser).append("</div></article>");
    }
    cards.append("</div>");
    List<String> out = trimmedBox("<article><div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
        + P1 + "</p><p>" + P2 + "</p></div>" + cards + "</article>");
    assertThat(out).containsExactly(P1, P2, P3, P1, P2);
  }

  @Test
  void cookieNoticesInsideTheContentAreFurniture() {
    List<String> out = paragraphs("<div class=\"story\"><p>This website uses cookies. By continuing to use our website"
        + " without changing the settings, you are agreeing to our use of cookies.</p><p>" + P1 + "</p><p>" + P2
        + "</p><p>Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.</p><p>" + P3 + "</p></div>");
    assertThat(out).containsExactly(P1, P2, P3);
  }

  @Test
  void undoingThePrunesEditsRestoresTheParsedTreeNodeForNode() {
    Document doc = Jsoup.parse("<body><div id=a><p>one</p><noscript><p>two</p><p>three</p></noscript><p>four</p></div>"
        + "<aside><p>five</p></aside><div id=b>six<span>seven</span></div></body>");
    String before = doc.outerHtml();
    org.jsoup.nodes.Element noscript = doc.selectFirst("noscript");
    org.jsoup.nodes.Element aside = doc.selectFirst("aside");
    org.jsoup.nodes.Element two = doc.selectFirst("noscript > p");
    MainTextExtractor.Edits edits = new MainTextExtractor.Edits();
    edits.unwrap(noscript);
    edits.remove(two);
    edits.remove(aside);
    edits.remove(doc.selectFirst("span"));
    assertThat(doc.body().text()).isEqualTo("one three four six");
    edits.undo();
    assertThat(doc.outerHtml()).isEqualTo(before);
    assertThat(noscript.parent()).isSameAs(doc.selectFirst("div#a"));
    assertThat(two.parent()).isSameAs(noscript);
    assertThat(aside.siblingIndex()).isEqualTo(1);
  }

  @Test
  void theRelaxedPassReadsTheTextTheStrictPassPruned() {
    // the article's container is named like a sidebar: the strict pass prunes it, finds too little, and the
    // relaxed pass must see it again
    String html = "<html><head><title>Emergency extended</title></head><body><div class=\"sidebar\"><p>" + P1
        + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
    Document doc = Jsoup.parse(html);
    List<String> out = new MainTextExtractor().extract(doc, "Emergency extended");
    assertThat(out).containsExactly(P1, P2, P3);
  }
}
