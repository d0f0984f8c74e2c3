package org.sitrep.server.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.server.DemoCorpus;
import org.sitrep.server.story.StoryReader;

/**
 * The brief of the demo corpus's summit story, built from the real engine's analysis: golden
 * Markdown, every statement sourced, HTML and a readable PDF.
 */
class BriefIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/brief/pyongyang-summit.md");
  private static Corpus corpus;
  private static Brief brief;

  @BeforeAll
  static void build() throws IOException {
    corpus = DemoCorpus.corpus();
    String wire = DemoCorpus.article("Meridian Wire", "Putin and Kim sign mutual defence pact").id();
    String story = corpus.stories().stream().filter(s -> s.articles().contains(wire)).findFirst().orElseThrow().id();
    brief = new BriefBuilder(new StoryReader(corpus)).build(story).orElseThrow();
  }

  @Test
  void markdownMatchesTheGoldenFile() throws IOException {
    String md = new MarkdownBriefWriter().write(brief);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
    }
    assertThat(GOLDEN).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(md).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void everyStatementCitesAFootnoteAndEveryFootnoteQuotesItsArticle() throws IOException {
    String md = new MarkdownBriefWriter().write(brief);
    for (String line : md.split("\n")) {
      if (line.startsWith("- ")) {
        assertThat(line).as(line).containsPattern("\\[\\^\\d+\\]$");
      }
    }
    assertThat(brief.footnotes()).isNotEmpty();
    for (Brief.Footnote f : brief.footnotes()) {
      Article a = corpus.article(f.article()).orElseThrow();
      assertThat(a.text().substring(f.start(), f.end()).strip()).isEqualTo(f.sentence());
      assertThat(f.outlet()).isEqualTo(a.outlet());
      assertThat(f.published()).isEqualTo(a.published());
    }
    Matcher m = Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md);
    while (m.find()) {
      assertThat(Integer.parseInt(m.group(1))).isBetween(1, brief.footnotes().size());
    }
  }

  @Test
  void briefCoversWhatHappenedWhoSaidWhatContestAndCountries() {
    String md = new MarkdownBriefWriter().write(brief);
    assertThat(md).contains("## What happened", "## Who said what", "## What is contested",
        "## How each country's outlets frame it", "### South Korea (KR)", "### North Korea (KP)", "### Russia (RU)");
    assertThat(md).containsPattern("\\*\\*Vladimir Putin[^*]*:\\*\\* \u201cThis is a truly breakthrough document\u201d");
    assertThat(md).contains("Meridian Wire", "Chollima Daily");
  }

  @Test
  void htmlIsWellFormedEnoughForThePdfRenderer() {
    String html = new HtmlBriefWriter("/").write(brief);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<li id=\"fn1\">", "href=\"/#/article/");
    assertThat(html).doesNotContain("<br>");
  }

  @Test
  void pdfOpensAndHoldsTheBriefText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfBriefWriter().write(brief, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("What happened", "Who said what", "What is contested", "Sources",
          "Meridian Wire", "This is a truly breakthrough document");
    }
  }
}
