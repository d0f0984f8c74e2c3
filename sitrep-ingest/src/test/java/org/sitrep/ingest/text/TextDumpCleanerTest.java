package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.ingest.repair.TextRepair;

class TextDumpCleanerTest {
  private final TextDumpCleaner cleaner = new TextDumpCleaner(TextRepair.english().joiner());
  private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();

  private static final String P1 = "The minister said on Monday that the talks with the neighbouring country would resume next week in the capital.";
  private static final String P2 = "Officials from both sides are expected to discuss trade, border security and the return of detained fishermen.";
  private static final String P3 = "Analysts cautioned that earlier rounds had ended without agreement and that expectations should remain modest.";

  @Test
  void keywordFamiliesMatchWholeShortLinesOnly() {
    assertThat(vocabulary.classify("Please enter your comment!")).isEqualTo(BoilerplateFamily.COMMENTS);
    assertThat(vocabulary.classify("Weekly Best Articles")).isEqualTo(BoilerplateFamily.RELATED);
    assertThat(vocabulary.classify("[WORLD] Latest Stories")).isEqualTo(BoilerplateFamily.RELATED);
    assertThat(vocabulary.classify("You May Also Like")).isEqualTo(BoilerplateFamily.RELATED);
    assertThat(vocabulary.classify("Key Takeaways")).isEqualTo(BoilerplateFamily.SUMMARY);
    assertThat(vocabulary.classify("Copyright © 2024 Daily Post. All rights reserved.")).isEqualTo(BoilerplateFamily.LEGAL);
    assertThat(vocabulary.classify("Share on Facebook")).isEqualTo(BoilerplateFamily.SHARE);
    assertThat(vocabulary.classify("Reuters/News1")).isEqualTo(BoilerplateFamily.CREDIT);
    assertThat(vocabulary.classify("Source: Yonhap News Agency")).isEqualTo(BoilerplateFamily.CREDIT);
    assertThat(vocabulary.classify("content@viewusglobal.com")).isEqualTo(BoilerplateFamily.CONTACT);
    assertThat(vocabulary.classify("首页 > English 英语")).isEqualTo(BoilerplateFamily.NAVIGATION);
    assertThat(vocabulary.classify("BUSINESS")).isEqualTo(BoilerplateFamily.NAVIGATION);
    assertThat(vocabulary.classify("Advertisement")).isEqualTo(BoilerplateFamily.INTERRUPTION);
    assertThat(vocabulary.classify("About Us")).isEqualTo(BoilerplateFamily.NAVIGATION);
    assertThat(vocabulary.classify("Home | World | Business | Sport")).isEqualTo(BoilerplateFamily.NAVIGATION);
    assertThat(vocabulary.classify("(With inputs from PTI)")).isEqualTo(BoilerplateFamily.CREDIT);
    assertThat(vocabulary.classify("Disclaimer: Views expressed are the author's own.")).isEqualTo(BoilerplateFamily.LEGAL);
    // Sentences of a story that use the same words are not furniture.
    assertThat(vocabulary.classify("Several other news agencies confirmed the report.")).isNull();
    assertThat(vocabulary.classify("Millions subscribe to the service.")).isNull();
    assertThat(vocabulary.classify("The comments drew a sharp response from Beijing, which accused Seoul of interference in its affairs.")).isNull();
  }

  @Test
  void findsTheDensestBlockOfProse() {
    DumpLayout layout = cleaner.clean(String.join("\n", "Daily Post", "Home | World | Business", "",
        "Talks to Resume Next Week", "By Jane Doe", "", P1, "", P2, "", P3, "", "Related Articles",
        "• Ten things to know about the border", "• Fishermen freed after two weeks", "Share this:"));
    assertThat(layout.body()).containsExactly(P1, P2, P3);
    assertThat(layout.header()).contains("Talks to Resume Next Week", "By Jane Doe");
    assertThat(layout.trailer()).contains("Related Articles", "Share this:");
  }

  @Test
  void keepsSubheadingsAndSurvivesInterruptions() {
    DumpLayout layout = cleaner.clean(String.join("\n", P1, "", "Background", "", P2, "", "Advertisement", "",
        "Also read: Fishermen freed after two weeks", "", P3));
    assertThat(layout.body()).containsExactly(P1, "Background", P2, P3);
    assertThat(layout.dropped()).containsExactly("Advertisement", "Also read: Fishermen freed after two weeks");
  }

  @Test
  void dropsSummaryBoxesAboveTheStory() {
    DumpLayout layout = cleaner.clean(String.join("\n", "Will the Talks Succeed This Time?", "Synopsis",
        "Key Takeaways", "- Talks Resume: Negotiators will meet again next week in the capital city.",
        "- Modest Hopes: Analysts expect little progress on the main disputes this round.", P1, P2, P3));
    assertThat(layout.body()).containsExactly(P1, P2, P3);
    assertThat(layout.header()).first().isEqualTo("Will the Talks Succeed This Time?");
  }

  @Test
  void dropsCjkChromeAroundAnEnglishStory() {
    DumpLayout layout = cleaner.clean(String.join("\n", "首页 > 国际", "Talks to resume next week",
        "来源:新华社 发表时间:2024-06-18", "", P1, "", P2, "", P3, "", "责任编辑:王芳"));
    assertThat(layout.body()).containsExactly(P1, P2, P3);
    assertThat(layout.trailer()).containsExactly("责任编辑:王芳");
  }

  @Test
  void dropsRepeatedShortLinesAndAuthorBios() {
    DumpLayout layout = cleaner.clean(String.join("\n", "Jane Doe", "Jane Doe is a correspondent covering diplomacy in the region for the paper.",
        "", P1, "", P2, "", P3));
    assertThat(layout.body()).containsExactly(P1, P2, P3);
  }

  @Test
  void unwrapsHardWrappedTextAndJoinsHyphenatedBreaks() {
    String wrapped = String.join("\n",
        "The minister said on Monday that the talks with the neighbouring coun-",
        "try would resume next week in the capital, and that officials from both",
        "sides were expected to discuss trade, border security and the well-",
        "known problem of detained fishermen, which has strained relations.",
        "",
        "Analysts cautioned that earlier rounds had ended without any agreement",
        "and that expectations should remain modest for the coming round of",
        "talks, which will be the first since the change of government there.");
    DumpLayout layout = cleaner.clean(wrapped);
    assertThat(layout.body()).hasSize(2);
    assertThat(layout.body().getFirst()).contains("neighbouring country would", "the well-known problem");
  }
}
