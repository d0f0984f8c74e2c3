package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static String withoutData(Document doc) {
    for (Element e : doc.select("style, script")) {
      for (DataNode d : e.dataNodes()) {
        d.setWholeData("");
      }
    }
    return doc.outerHtml();
  }
}
