package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DepthLimiterTest {
  @Test
  void pathologicalNestingIsReadAsTextWithoutOverflowingTheStack() {
    StringBuilder html = new StringBuilder("<html><body><article><p>")
        .append("The summit ended with a signed treaty and pledges of mutual assistance. ".repeat(8))
        .append("</p>");
    int depth = 50_000;
    html.append("<div>".repeat(depth)).append("deep words").append("</div>".repeat(depth));
    html.append("</article></body></html>");
    ExtractedPage page = new HtmlExtractor()
        .extract(html.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    assertThat(String.join("\n", page.paragraphs())).contains("signed treaty");
    assertThat(page.warnings()).anySatisfy(w -> assertThat(w).contains("nested deeper than"));
  }

  @Test
  void ordinaryPagesAreLeftAlone() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div><div><p>text</p></div></div>");
    assertThat(DepthLimiter.flatten(doc)).isZero();
    assertThat(doc.select("p")).hasSize(1);
  }
}
