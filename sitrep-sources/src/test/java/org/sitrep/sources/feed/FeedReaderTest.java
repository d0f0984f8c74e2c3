package org.sitrep.sources.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageException;

class FeedReaderTest {
  static final String BODY = "<p>" + "The minister said the talks would resume next week in the capital. ".repeat(20) + "</p>";

  static String rss2(String extraItem) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Example World</title><link>https://example.com/</link><description>d</description>
        <item><title>Talks to resume</title><link>https://example.com/a.html</link><guid>a-1</guid>
          <pubDate>Wed, 19 Jun 2024 08:30:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
          <description>Short summary.</description>
          <content:encoded><![CDATA[%s]]></content:encoded></item>
        <item><title>Only a summary</title><link>https://example.com/b.html</link>
          <pubDate>Wed, 19 Jun 2024 09:00:00 GMT</pubDate><description>Just a teaser.</description></item>
        %s
        </channel></rss>
        """.formatted(BODY, extraItem);
  }

  private final FeedReader reader = new FeedReader();

  @Test
  void rss2FullTextAndSummaryItems() throws Exception {
    ParsedFeed feed = reader.parse(rss2("").getBytes(StandardCharsets.UTF_8), "world.xml");
    assertThat(feed.kind()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("Example World");
    assertThat(feed.items()).hasSize(2);
    FeedItem full = feed.items().get(0);
    assertThat(full.link()).isEqualTo("https://example.com/a.html");
    assertThat(full.published()).isEqualTo("2024-06-19T08:30:00Z");
    assertThat(full.authors()).containsExactly("Jane Roe");
    assertThat(full.fullText()).isTrue();
    assertThat(full.contentChars()).isGreaterThan(1000);
    FeedItem summary = feed.items().get(1);
    assertThat(summary.fullText()).isFalse();
    assertThat(summary.key()).isEqualTo("https://example.com/b.html");
  }

  @Test
  void fullTextEntryBecomesAPageAndSummaryIsAClearFailure(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("world.xml");
    Files.writeString(file, rss2(""));
    List<ItemResult<RawPage>> items = reader.pages(file).toList();
    assertThat(items).hasSize(2);
    RawPage page = ((ItemResult.Ok<RawPage>) items.get(0)).value();
    assertThat(page.source()).isEqualTo(file + "#1");
    assertThat(page.url()).isEqualTo("https://example.com/a.html");
    assertThat(page.published()).isEqualTo("2024-06-19T08:30:00Z");
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(html).contains("<title>Talks to resume</title>", "rel=\"canonical\"", "Jane Roe", "talks would resume");
    ItemResult.Failed<RawPage> failed = (ItemResult.Failed<RawPage>) items.get(1);
    assertThat(failed.reason()).isEqualTo(Reason.NO_CONTENT);
    assertThat(failed.message()).contains("https://example.com/b.html", "summary", "sitrep watch");
  }

  /**
   * Issue 14, defect 8: a DOCTYPE with an internal entity block ended the sniffer's scan at the
   * first '>' inside the block, so the feed was read as an HTML page and stored as one junk article.
   */
  @Test
  void aDoctypeWithAnInternalSubsetIsStillAFeed(@TempDir Path dir) throws Exception {
    String doctype = "<!DOCTYPE rss [\n  <!-- entities > here -->\n  <!ENTITY nbsp \"&#160;\">\n"
        + "  <!ENTITY arrow '->'>\n  <!ENTITY br \"]>\">\n]>\n";
    String feed = rss2("").replaceFirst("\\?>\n", "?>\n" + java.util.regex.Matcher.quoteReplacement(doctype));
    assertThat(feed).contains("<!ENTITY nbsp");
    assertThat(FeedFormat.looksLikeFeed(feed.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FeedFormat.looksLikeFeed("<!DOCTYPE html [ <!ENTITY x \"y\"> ]><html><body>x</body></html>"
        .getBytes(StandardCharsets.UTF_8))).isFalse();
    Path file = dir.resolve("world.xml");
    Files.writeString(file, feed);
    List<ItemResult<RawPage>> items;
    try (var stream = new org.sitrep.ingest.InputReader().read(file)) {
      items = stream.toList();
    }
    // read as a feed: the DOCTYPE is refused (entities can expand without bound) with one clear
    // failure naming it, never stored as an HTML page of junk
    assertThat(items).singleElement().isInstanceOfSatisfying(ItemResult.Failed.class, f -> {
      assertThat(f.stage()).isEqualTo("feed-reader");
      assertThat(f.message()).contains("is a feed with a DOCTYPE", "Remove the <!DOCTYPE");
    });
  }

  @Test
  void rss1RdfFeed() throws Exception {
    String rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel rdf:about="https://example.org/rss"><title>RDF News</title><link>https://example.org/</link>
            <description>d</description><items><rdf:Seq><rdf:li resource="https://example.org/x"/></rdf:Seq></items></channel>
          <item rdf:about="https://example.org/x"><title>X happened</title><link>https://example.org/x</link>
            <dc:date>2024-06-19T10:00:00Z</dc:date><description>Brief.</description></item>
        </rdf:RDF>
        """;
    ParsedFeed feed = reader.parse(rdf.getBytes(StandardCharsets.UTF_8), "rdf.xml");
    assertThat(feed.kind()).isEqualTo("rss_1.0");
    assertThat(feed.items()).singleElement().satisfies(i -> {
      assertThat(i.link()).isEqualTo("https://example.org/x");
      assertThat(i.published()).isEqualTo("2024-06-19T10:00:00Z");
      assertThat(i.fullText()).isFalse();
    });
  }

  @Test
  void atomWithHtmlContent() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-06-19T10:00:00Z</updated>
          <entry><title>Atom story</title><id>urn:e1</id><link rel="alternate" href="https://atom.example/s1"/>
            <published>2024-06-18T07:00:00Z</published><updated>2024-06-19T10:00:00Z</updated>
            <author><name>Ann Writer</name></author>
            <content type="html">%s</content></entry>
          <entry><title>Plain text story</title><id>urn:e2</id><link href="https://atom.example/s2"/>
            <updated>2024-06-19T11:00:00Z</updated><content type="text">%s</content></entry>
        </feed>
        """.formatted(BODY.replace("<", "&lt;").replace(">", "&gt;"), "Line one & more. ".repeat(80));
    ParsedFeed feed = reader.parse(atom.getBytes(StandardCharsets.UTF_8), "atom.xml");
    assertThat(feed.kind()).startsWith("atom");
    assertThat(feed.items()).hasSize(2);
    assertThat(feed.items().get(0).published()).isEqualTo("2024-06-18T07:00:00Z");
    assertThat(feed.items().get(0).authors()).containsExactly("Ann Writer");
    assertThat(feed.items().get(0).fullText()).isTrue();
    assertThat(feed.items().get(1).published()).isEqualTo("2024-06-19T11:00:00Z");
    assertThat(feed.items().get(1).content()).startsWith("<p>Line one &amp; more.");
  }

  @Test
  void rss091() throws Exception {
    String rss = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><description>d</description>
        <language>en</language><item><title>Caf\u00e9 opens</title><link>http://old.example/cafe</link><description>Short.</description></item>
        </channel></rss>
        """;
    ParsedFeed feed = reader.parse(rss.getBytes(StandardCharsets.ISO_8859_1), "old.xml");
    assertThat(feed.kind()).startsWith("rss_0.9");
    assertThat(feed.items().get(0).title()).isEqualTo("Caf\u00e9 opens");
  }

  @Test
  void malformedXmlIsAClearError() {
    assertThatThrownBy(() -> reader.parse("<rss version=\"2.0\"><channel><item><title>x</item></rss>"
        .getBytes(StandardCharsets.UTF_8), "broken.xml"))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("broken.xml")
        .hasMessageContaining("not well-formed XML at line 1")
        .satisfies(e -> assertThat(((StageException) e).reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void htmlIsNotAFeed() {
    assertThatThrownBy(() -> reader.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "page.html"))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("page.html");
  }

  @Test
  void doctypeAndEntityExpansionAreRefused() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&b;</title><link>x</link><description>&xxe;</description></channel></rss>
        """;
    assertThatThrownBy(() -> reader.parse(bomb.getBytes(StandardCharsets.UTF_8), "bomb.xml"))
        .isInstanceOf(StageException.class)
        .satisfies(e -> assertThat(((StageException) e).reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void pathologicalNestingIsAnErrorNotACrash() throws Exception {
    String deep = "<div>".repeat(200_000) + "x" + "</div>".repeat(200_000);
    String rss = rss2("<item><title>deep</title><link>https://example.com/deep</link><description><![CDATA["
        + deep + "]]></description></item>");
    ParsedFeed feed = null;
    try {
      feed = reader.parse(rss.getBytes(StandardCharsets.UTF_8), "deep.xml");
    } catch (StageException e) {
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains("deep.xml");
    }
    if (feed != null) {
      assertThat(feed.items()).hasSize(3);
    }
  }

  @Test
  void wrongDeclaredCharsetStillReads() throws Exception {
    byte[] bytes = rss2("").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").replace("Jane Roe", "Jos\u00e9 Ro\u00e9")
        .getBytes(StandardCharsets.UTF_8);
    ParsedFeed feed = reader.parse(bytes, "mislabelled.xml");
    assertThat(feed.items()).hasSize(2);
    assertThat(feed.items().get(0).authors().get(0)).startsWith("Jos");
  }

  @Test
  void tooLargeIsRefusedBeforeParsing() {
    FeedReader small = new FeedReader(1000, 1024);
    assertThatThrownBy(() -> small.parse(new java.io.ByteArrayInputStream(new byte[4096]), "huge.xml"))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("huge.xml")
        .satisfies(e -> assertThat(((StageException) e).reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void unreadableFileIsOneFailedItem(@TempDir Path dir) {
    List<ItemResult<RawPage>> items = reader.pages(dir.resolve("missing.xml")).toList();
    assertThat(items).singleElement().isInstanceOf(ItemResult.Failed.class);
  }

  @Test
  void detectsFeedsFromContent() {
    assertThat(FeedFormat.looksLikeFeed(rss2("").getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FeedFormat.looksLikeFeed("\uFEFF<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FeedFormat.looksLikeFeed("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"x\">".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(FeedFormat.looksLikeFeed("<!doctype html><html><body>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FeedFormat.looksLikeFeed("<?xml version=\"1.0\"?><urlset>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FeedFormat.looksLikeFeed("<rssfeed>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(FeedFormat.looksLikeFeed(new byte[0])).isFalse();
  }

  @Test
  void aFeedFilesPagesNameTheChannelAsTheirOutletNotTheHost(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("world.xml");
    Files.writeString(file, rss2("").replace("<title>Example World</title>", "<title>Example World - RSS</title>"));
    RawPage page = ((ItemResult.Ok<RawPage>) reader.pages(file).toList().get(0)).value();
    assertThat(page.outlet()).isEqualTo("Example World");
  }

  @Test
  void channelTitlesLoseWhatDescribesTheFeed() {
    assertThat(FeedReader.outletName("Example News - RSS")).isEqualTo("Example News");
    assertThat(FeedReader.outletName("Latest news | Example Daily")).isEqualTo("Example Daily");
    assertThat(FeedReader.outletName("Example Times: Top Stories")).isEqualTo("Example Times");
    assertThat(FeedReader.outletName("Example Herald RSS Feed")).isEqualTo("Example Herald");
    assertThat(FeedReader.outletName("The Korea Herald")).isEqualTo("The Korea Herald");
    assertThat(FeedReader.outletName("Latest news")).isNull();
    assertThat(FeedReader.outletName("  ")).isNull();
  }
}
