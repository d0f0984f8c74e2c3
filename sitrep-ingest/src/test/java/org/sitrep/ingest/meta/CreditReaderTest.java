package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditReaderTest {
  private final CreditReader reader = new CreditReader();

  @Test
  void readsSyndicationNotes() {
    assertThat(reader.read("(EDITORIAL from Korea Times on June 21)")).containsExactly("Korea Times");
    assertThat(reader.syndicationDate("(EDITORIAL from Korea Times on June 21)")).isEqualTo("June 21");
    assertThat(reader.read("(This article was originally published in The Diplomat)")).containsExactly("Diplomat");
  }

  @Test
  void readsSourceLines() {
    assertThat(reader.read("Source: Yonhap News Agency")).containsExactly("Yonhap News Agency");
    assertThat(reader.read("Source :Yangcheng Evening News")).containsExactly("Yangcheng Evening News");
    assertThat(reader.read("来源:羊城晚报 云上岭南")).containsExactly("羊城晚报");
    assertThat(reader.read("Sources: AFP, Reuters")).containsExactly("AFP", "Reuters");
    assertThat(reader.read("(With inputs from PTI and agencies)")).containsExactly("PTI");
  }

  @Test
  void findsACreditClosingTheStory() {
    String last = "Russia should refrain from excessive measures. Source: Yonhap News Agency";
    CreditReader.Trailing trailing = reader.trailing(last);
    assertThat(trailing.credit()).isEqualTo("Yonhap News Agency");
    assertThat(last.substring(0, trailing.start())).isEqualTo("Russia should refrain from excessive measures.");
    assertThat(reader.trailing("The talks will resume next week. (Reuters)").credit()).isEqualTo("Reuters");
    assertThat(reader.trailing("The talks will resume next week.")).isNull();
  }

  @Test
  void ignoresOrdinaryLines() {
    assertThat(reader.read("The source said the talks would resume.")).isEmpty();
    assertThat(reader.read("(Photo) A soldier in Seoul")).isEmpty();
  }
}
