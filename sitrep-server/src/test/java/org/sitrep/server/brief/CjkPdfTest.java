package org.sitrep.server.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A brief whose statements and sources are in Chinese and Korean is rendered to PDF, and the text
 * PDFBox extracts from it is the text that went in: the CJK font is embedded (as a subset) and
 * maps its glyphs back to Unicode.
 */
class CjkPdfTest {
  private static final String ZH_SENTENCE = "俄罗斯总统普京19日凌晨抵达平壤，开始对朝鲜进行为期两天的国事访问。";
  private static final String ZH_QUOTE = "中方对有关情况不了解";
  private static final String KO_SENTENCE = "블라디미르 푸틴 러시아 대통령이 19일 평양에 도착했다.";
  private static final String RU_SENTENCE = "Путин прибыл в Пхеньян с государственным визитом.";

  private static Brief brief() {
    List<Brief.Footnote> notes = List.of(
        new Brief.Footnote(1, "a1", "新华网", "CN", "2024-06-19", "普京抵达平壤开始对朝鲜进行国事访问", 0,
            ZH_SENTENCE.length(), ZH_SENTENCE),
        new Brief.Footnote(2, "a2", "한강일보", "KR", "2024-06-19", "푸틴 대통령 평양 도착", 0,
            KO_SENTENCE.length(), KO_SENTENCE),
        new Brief.Footnote(3, "a3", "Rossiya Courier", "RU", "2024-06-19", "Путин прибыл в Пхеньян", 0,
            RU_SENTENCE.length(), RU_SENTENCE));
    Brief.Section happened = new Brief.Section("What happened", null, List.of(
        new Brief.Statement("2024-06-19", "普京抵达平壤，开始对朝鲜进行国事访问", List.of(1)),
        new Brief.Statement("2024-06-19", "푸틴 대통령 평양 도착", List.of(2))), List.of());
    Brief.Section said = new Brief.Section("Who said what", null, List.of(
        new Brief.Statement("林剑", "“" + ZH_QUOTE + "”", List.of(1)),
        new Brief.Statement("Песков", RU_SENTENCE, List.of(3))), List.of());
    return new Brief("s1", "普京访问朝鲜 Putin in Pyongyang", "3 articles from 3 outlets in 3 countries.",
        List.of(happened, said), notes);
  }

  @Test
  void chineseAndKoreanTextComesBackOutOfThePdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfBriefWriter().write(brief(), out);
    java.nio.file.Files.write(java.nio.file.Path.of("target/cjk-brief.pdf"), out.toByteArray()); // to look at
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      for (String expected : List.of(ZH_SENTENCE, ZH_QUOTE, KO_SENTENCE, RU_SENTENCE, "普京访问朝鲜PutininPyongyang",
          "新华网", "한강일보")) {
        assertThat(text).contains(expected.replaceAll("\\s+", ""));
      }
      List<String> embedded = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (font instanceof PDType0Font t0 && t0.getDescendantFont().getFontDescriptor().getFontFile2() != null) {
            embedded.add(font.getName());
          }
        }
      }
      // a subset: PDFBox names it with a six-letter tag, XXXXXX+DroidSansFallback
      assertThat(embedded).anyMatch(n -> n.matches("[A-Z]{6}\\+DroidSansFallback"));
    }
  }
}
