package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RawTextStripperTest {
  private static final String CSS = ".a{color:red}".repeat(10);
  private static final String JS = "var x = 1 < 2 && 3 > 2; document.title = 'x';".repeat(3);

  /** Pages where a scanner could take text for a style or script element, or miss where one ends. */
  static List<String> pages() {
    return List.of(
        "<html><head><style>" + CSS + "</style><script>" + JS + "</script></head><body><p>Text</p></body></html>",
        "<p>a</p><!-- <style>" + CSS + "</style> --><p>b</p><style>" + CSS + "</style>",
        "<p>a</p><!--> <style>" + CSS + "</style><p>c</p>",
        "<p>a</p><!---> <script>" + JS + "</script><p>c</p>",
        "<p>a</p><!-- x --!> <style>" + CSS + "</style><p>c</p>",
        "<div data-html=\"<style>" + CSS + "</style>\">d</div><p>after</p>",
        "<title>Using <style> in pages</title><p>" + CSS + "</p><style>" + CSS + "</style>",
        "<textarea><script>" + JS + "</script></textarea><p>t</p>",
        "<svg><style>" + CSS + "<![CDATA[a<b]]></style></svg><p>s</p><style>" + CSS + "</style>",
        "<svg><svg></svg><style>" + CSS + "</style></svg><p>nested</p>",
        "<math><script>" + JS + "</script></math><p>m</p>",
        "<select><style>" + CSS + "</style><option>o</option></select><p>x</p>",
        "<frameset><style>" + CSS + "</style></frameset>",
        "<script>" + JS + "<!-- <script>" + JS + "</script> --></script><p>escaped</p>",
        "<script>" + JS + "</scripts></script><p>longer name</p>",
        "<script a='>'>" + JS + "</script><p>quoted</p>",
        "<script a=\"x\"b>" + JS + "</script ><p>attribute</p>",
        "<script/>" + JS + "</script><p>self-closing</p>",
        "<STYLE type=text/css>" + CSS + "</STYLE\n><p>upper</p>",
        "<plaintext><style>" + CSS + "</style>",
        "<p>unterminated</p><style>" + CSS,
        "<p>unterminated comment</p><!-- <style>" + CSS + "</style>",
        "<table><style>" + CSS + "</style><tr><td>cell</td></tr></table>",
        "<template><style>" + CSS + "</style></template><p>t</p>",
        "<noscript><style>" + CSS + "</style><p>no script</p></noscript>",
        "<div<style>" + CSS + "</style><p>odd name</p>",
        "<xmp><script>" + JS + "</script></xmp><p>xmp</p>",
        "<iframe><style>" + CSS + "</style></iframe><p>frame</p>");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void theTreeIsTheWholePagesExceptForStyleAndScriptData(String html) {
    assertThat(withoutData(HtmlExtractor.parse(html, ""))).isEqualTo(withoutData(Jsoup.parse(html)));
  }

  /**
   * The same pages served as UTF-8 bytes, with text beyond ASCII: stripped as bytes, the tree is the whole
   * (title-repaired) page's, or the scanner's misreading is seen and the page left to be parsed whole.
   */
  @ParameterizedTest
  @MethodSource("pages")
  void aUtf8PageStrippedAsBytesGivesTheTreeOfTheWholePage(String page) {
    String html = "<meta charset=utf-8><p>Zürich – 北京 – \uD83D\uDE00</p>" + page;
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    assertThat(CharsetDetector.label(bytes, null).utf8IfValid()).isTrue();
    Document doc = HtmlExtractor.parseUtf8(bytes, "");
    if (doc != null) {
      assertThat(withoutData(doc)).isEqualTo(withoutData(Jsoup.parse(TitleRepair.repair(html))));
    } else {
      // the scanner misread the page: the caller parses it whole
      RawTextStripper.Stripped stripped = RawTextStripper.strip(TitleRepair.repair(html));
      assertThat(stripped).isNotNull();
      assertThat(stripped.matches(Jsoup.parse(stripped.html()))).isFalse();
    }
  }

  @Test
  void bytesThatAreNotUtf8OutsideScriptsAreDecodedAsBefore() {
    String page = "<meta charset=\"utf-8\"><script>" + JS + "</script><p>Z\u00fcrich</p>";
    byte[] latin1 = page.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlExtractor.parseUtf8(latin1, "")).isNull();
    assertThat(new HtmlExtractor().extract(latin1, null, null).paragraphs()).containsExactly("Z\u00fcrich");
    // a windows-1252 byte inside a script alone does not make the page's text anything but UTF-8
    byte[] mixed = ("<meta charset=\"utf-8\"><script>" + JS + "var s = '\u00e9';</script><p>Z\u00fcrich</p>")
        .getBytes(StandardCharsets.UTF_8);
    mixed = replaceFirst(mixed, "\u00e9".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9});
    Document doc = HtmlExtractor.parseUtf8(mixed, "");
    assertThat(doc).isNotNull();
    assertThat(doc.body().text()).isEqualTo("Z\u00fcrich");
  }

  @Test
  void aPageNamingNoCharsetIsReadAsUtf8WhenItsTextIsValid() {
    byte[] utf8 = ("<script>" + JS + "var s = '\u00e9';</script><p>Gr\u00fc\u00dfe aus K\u00f6ln</p>").getBytes(StandardCharsets.UTF_8);
    byte[] mixed = replaceFirst(utf8, "\u00e9".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9});
    assertThat(CharsetDetector.label(mixed, null).utf8IfValid()).isTrue();
    assertThat(new HtmlExtractor().extract(mixed, null, null).paragraphs()).containsExactly("Gr\u00fc\u00dfe aus K\u00f6ln");
    // legacy bytes in the text itself: detected as before
    byte[] legacy = ("<script>" + JS + "</script><p>Gr\u00fc\u00dfe aus K\u00f6ln, sagt die Stadtverwaltung am Montag.</p>")
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(HtmlExtractor.parseUtf8(legacy, "")).isNull();
    assertThat(new HtmlExtractor().extract(legacy, null, null).paragraphs())
        .containsExactly("Gr\u00fc\u00dfe aus K\u00f6ln, sagt die Stadtverwaltung am Montag.");
    // a page naming another charset is never read this way
    assertThat(CharsetDetector.label("<meta charset=gbk><p>x</p>".getBytes(StandardCharsets.US_ASCII), null).utf8IfValid()).isFalse();
  }

  private static byte[] replaceFirst(byte[] in, byte[] what, byte[] with) {
    String view = new String(in, StandardCharsets.ISO_8859_1);
    String w = new String(what, StandardCharsets.ISO_8859_1);
    return view.replaceFirst(java.util.regex.Pattern.quote(w), new String(with, StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void takesOutStyleAndScriptButNotJsonLd() {
    String ld = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "h".repeat(80) + "\"}";
    String html = "<head><style>" + CSS + "</style><script type=\"application/ld+json\">" + ld + "</script>"
        + "<script type=\"application/ld&#43;json\">" + ld + "</script><script>" + JS + "</script></head>";
    RawTextStripper.Stripped s = RawTextStripper.strip(html);
    assertThat(s).isNotNull();
    assertThat(s.names()).containsExactly("style", "script");
    assertThat(s.html()).doesNotContain(CSS).doesNotContain(JS).contains(ld);
    Document doc = Jsoup.parse(s.html());
    assertThat(s.matches(doc)).isTrue();
    assertThat(doc.select("script[type~=(?i)application/ld\\+json]")).extracting(Element::data).containsExactly(ld, ld);
  }

  @Test
  void aStyleTheTreeBuilderIgnoresIsSeenAndThePageParsedAsItIs() {
    String html = "<select><style>" + CSS + "</style></select>";
    RawTextStripper.Stripped s = RawTextStripper.strip(html);
    assertThat(s).isNotNull();
    assertThat(s.matches(Jsoup.parse(s.html()))).isFalse();
    assertThat(HtmlExtractor.parse(html, "").text()).contains(CSS);
  }

  @Test
  void pagesWithoutLongStyleOrScriptAreLeftAsTheyAre() {
    assertThat(RawTextStripper.strip("<p>plain</p><style>.a{}</style>")).isNull();
    assertThat(RawTextStripper.strip("")).isNull();
  }

  /** The tree without style, script and comment data, and without the attributes a start tag loses. */
  private static String withoutData(Document doc) {
    doc.forEachNode(node -> {
      if (node instanceof org.jsoup.nodes.Comment comment) {
        comment.setData("");
      }
    });
    for (Element e : doc.select("style, script")) {
      for (DataNode d : e.dataNodes()) {
        d.setWholeData("");
      }
    }
    for (Element e : doc.getAllElements()) {
      List<String> dropped = new java.util.ArrayList<>();
      e.attributes().forEach(a -> {
        if (!RawTextStripper.keeps(a.getKey())) {
          dropped.add(a.getKey());
        }
      });
      dropped.forEach(e::removeAttr);
    }
    return doc.outerHtml();
  }

  /** Pieces of markup, well and badly formed, that random pages are made of. */
  private static final List<String> PIECES = List.of("<div class=\"a b\" data-x='1'>", "</div>", "<p id=p1 onclick=\"f('>')\">",
      "</p>", "text ", "a < b ", "x > y ", "&amp; ", "<a href=/x title='t\"'>", "</a>", "<br/>", "<img src=a.jpg alt=\"<p>\">",
      "<!-- c <p data-x=1> -->", "<!-->", "<!--->", "<!x <p class=q>>", "<?php echo 1 ?>", "</ x>", "<style>.a{}" + CSS + "</style>",
      "<script>" + JS + "</script>", "<script type=application/ld+json>{\"a\":\"b\"}</script>", "<title>t <b class=z> x</title>",
      "<textarea data-q=1><p class=in></textarea>", "<svg viewBox='0 0 1 1'><path d=\"M0 0L1 1\" data-z=2/>",
      "<title>s</title>", "</svg>", "<![CDATA[ <b data-x=1> ]]>", "<math><mi data-m=1>x</mi></math>", "<font color=red size=2>",
      "</font>", "<div a=\"x\"<p data-y=2>", "<div/data-x=1>", "<p a = 'v' b c=d>", "<table><tr><td data-c=1>", "</table>",
      "<select><option data-o=1>o</select>", "<noscript data-n=1><p>ns</p></noscript>", "<iframe src=x><p data-i=1></iframe>",
      "<input type=hidden value=v>", "<div hidden data-h>", "<time datetime=2024-01-01 data-t=1>", "<p\tclass=a\fdata-b=1\rid=c>",
      "<b class=", "\"unterminated ", "'", "<", ">", "/", "=", "</div a='<p data-x=\"'>", "</p data-e=\">\">", "</>", "</ b data-q=1>",
      "<!DOCTYPE html data-d=\"1\">", "<?xml data-p='>'?>", "<!x <p data-x=\"a>b\">", "\"", "<![CDATA[", "]]>", "<!", "-->",
      "<svg>", "<g fill=red>", "</g>", "<text x=2>", "</text>", "<desc><p data-d=1>", "</desc>", "<foreignObject w=1>",
      "</foreignObject>", "<circle r=1 />", "<path d='a>b'>", "</path>", "<style data-s=1>x<b data-b=1></style>");

  /** Random pages from those pieces: the stripped parse is the whole page's, or the check sends the page to the whole parse. */
  @Test
  void randomMarkupParsesAsTheWholePageOrIsLeftToTheWholeParse() {
    java.util.Random random = new java.util.Random(20261206);
    int checked = 0;
    for (int k = 0; k < 20000; k++) {
      StringBuilder page = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        page.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String html = page.toString();
      RawTextStripper.Stripped s = RawTextStripper.strip(html);
      if (s == null) {
        continue;
      }
      Document doc = Jsoup.parse(s.html());
      if (s.matches(doc)) {
        checked++;
        assertThat(withoutData(doc)).as(html).isEqualTo(withoutData(Jsoup.parse(html)));
      }
    }
    assertThat(checked).isGreaterThan(5000);
  }

  @Test
  void drawingsLoseTheirAttributesAndCommentsTheirText() {
    String path = "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z".repeat(4);
    String html = "<p>a<!-- build 1234: " + "x".repeat(40) + " -->b</p><svg viewBox=\"0 0 24 24\" class=icon><title>Share</title>"
        + "<path d=\"" + path + "\" fill=red/><![CDATA[ <g d=\"1\"> ]]><text x=1>label</text></svg>"
        + "<svg><font color=red>out</font><p>after</p></svg><p>end</p>";
    RawTextStripper.Stripped s = RawTextStripper.strip(html);
    assertThat(s).isNotNull();
    assertThat(s.html()).doesNotContain(path).doesNotContain("build 1234").contains("<![CDATA[ <g d=\"1\"> ]]>");
    Document doc = Jsoup.parse(s.html());
    assertThat(s.matches(doc)).isTrue();
    assertThat(doc.select("svg").first().attributes().asList()).extracting(a -> a.getKey()).containsExactly("class");
    assertThat(doc.select("p").first().text()).isEqualTo("ab");
    assertThat(withoutData(doc)).isEqualTo(withoutData(Jsoup.parse(html)));
  }

  @Test
  void attributesTheExtractorNeverReadsAreLeftOut() {
    String html = "<div id=main class=\"story body\" data-props='{\"a\":\"<style>\"}' onclick=\"go()\" ARIA-label=x>"
        + "<img src=/a.jpg srcset=\"/a.jpg 1x, /b.jpg 2x\" alt=\"A harbour\"><a href=/next title=Next>next</a>"
        + "<time datetime=2024-06-19 data-x>Wed</time><p itemprop=articleBody style=\"display:none\" hidden>x</p>"
        + "<div/data-x=1>closed?</div><meta property=og:title content=T><input type=hidden name=q value=1></div>";
    RawTextStripper.Stripped s = RawTextStripper.strip(html);
    assertThat(s).isNotNull();
    Document doc = Jsoup.parse(s.html());
    assertThat(s.matches(doc)).isTrue();
    Element main = doc.getElementById("main");
    assertThat(main.attributes().asList()).extracting(a -> a.getKey()).containsExactly("id", "class");
    assertThat(doc.select("img").first().attributes().size()).isZero();
    assertThat(doc.select("a").first().attributes().asList()).extracting(a -> a.getKey()).containsExactly("href");
    assertThat(doc.select("time").first().attr("datetime")).isEqualTo("2024-06-19");
    assertThat(doc.select("p").first().attributes().asList()).extracting(a -> a.getKey())
        .containsExactly("itemprop", "style", "hidden");
    // a solidus left before a removed attribute does not make the tag self-closing
    assertThat(doc.select("div > div").first().text()).isEqualTo("closed?");
    assertThat(doc.select("meta").first().attr("content")).isEqualTo("T");
    assertThat(doc.select("input").first().attributes().asList()).extracting(a -> a.getKey()).containsExactly("type", "name");
  }
}
