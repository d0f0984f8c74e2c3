package org.sitrep.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.corpus.text.Glossaries;
import org.sitrep.corpus.text.Glossary;

class CedictGlossaryTest {
  private final CedictGlossary glossary = new CedictGlossary();

  @Test
  void glossesTheNewsSenseOfWords() {
    assertThat(glossary.gloss("签署")).isEqualTo("sign");
    assertThat(glossary.gloss("集装箱")).isEqualTo("container");
    assertThat(glossary.gloss("峰会")).isEqualTo("summit meeting");
    assertThat(glossary.gloss("霸权")).isEqualTo("hegemony; supremacy");
    // cross-references, surnames and markers are no gloss; the first usable entry is
    assertThat(glossary.gloss("伙伴")).isEqualTo("companion; pal; partner; business associate");
    assertThat(glossary.gloss("xyz")).isNull();
  }

  @Test
  void cutsARunIntoTheLongestHeadwords() {
    List<Glossary.Word> words = glossary.words("两国领导人签署全面战略伙伴关系条约");
    assertThat(words).extracting(Glossary.Word::text)
        .containsExactly("两国", "领导人", "签署", "全面", "战略伙伴", "关系", "条约");
    assertThat(words.get(2).start()).isEqualTo(5);
    assertThat(words.get(2).end()).isEqualTo(7);
  }

  @Test
  void chineseTextReadsAsTheEnglishOfItsWords() {
    assertThat(Glossaries.installed()).extracting(Glossary::name).contains("cc-cedict");
    List<String> zh = Glossaries.terms("朝鲜已向俄罗斯运送约6700个集装箱的弹药。");
    List<String> en = Glossaries.terms("North Korea has shipped 6,700 containers of ammunition to Russia.");
    assertThat(zh).contains("contain", "ammunit", "6700", "transport");
    assertThat(en).contains("contain", "ammunit", "6700");
    // a text without Chinese is read exactly as before
    assertThat(en).isEqualTo(org.sitrep.corpus.text.Terms.terms(
        "North Korea has shipped 6,700 containers of ammunition to Russia."));
  }
}
