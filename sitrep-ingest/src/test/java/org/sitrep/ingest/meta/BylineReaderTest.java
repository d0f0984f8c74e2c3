package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineReaderTest {
  private final BylineReader reader = new BylineReader();

  @Test
  void readsEnglishBylines() {
    assertThat(reader.read("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
    assertThat(reader.read("By Lee Min-ji, Staff Reporter")).containsExactly("Lee Min-ji");
    assertThat(reader.read("Author: Priya Raman")).containsExactly("Priya Raman");
    assertThat(reader.read("Daniel Kim Views")).containsExactly("Daniel Kim");
  }

  @Test
  void readsChineseBylines() {
    assertThat(reader.read("来源:羊城晚报 云上岭南 作者:钱克锦 发表时间:2024-06-18 23:30")).containsExactly("钱克锦");
    assertThat(reader.read("文丨羊城晚报国际评论员 钱克锦")).containsExactly("钱克锦");
  }

  @Test
  void pageChromeInAnAuthorFieldIsNoName() {
    assertThat(reader.read("作者：声明")).isEmpty();
    assertThat(reader.read("作者： 声明：本网站所刊载信息")).isEmpty();
    assertThat(reader.read("作者：size")).isEmpty();
    assertThat(reader.read("作者：受强降雨影响南方多个省份")).isEmpty();
  }

  @Test
  void ignoresProse() {
    assertThat(reader.read("By the end of the year the treaty will be in force.")).isEmpty();
    assertThat(reader.read("The visit of Russian President Vladimir Putin to North Korea")).isEmpty();
  }

  @Test
  void recognisesNameLinesAndNamesGluedToLinks() {
    assertThat(reader.nameLine("Frontier India News Network")).isTrue();
    assertThat(reader.nameLine("Please enter your comment!")).isFalse();
    assertThat(reader.nameBeforeLink("Frontier India News Networkhttps://frontierindia.com/"))
        .isEqualTo("Frontier India News Network");
  }
}
