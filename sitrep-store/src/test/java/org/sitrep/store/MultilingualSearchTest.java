package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.model.Article;

/**
 * Full-text search over articles in Chinese, Korean, Russian, English and a page that mixes
 * English and Chinese, on a real index on disk, reopened read-only as the CLI and the server
 * open it.
 */
class MultilingualSearchTest {
  @TempDir Path dir;

  private static Article article(String id, String language, String title, String text) {
    return new Article(id, "test:" + id, "https://example.org/" + id, "Outlet " + id, title, List.of(),
        "2024-06-20", language, List.of(), null, text, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  private static final Article ZH_VISIT = article("zh-visit", "zh", "普京抵达平壤开始国事访问",
      "新华社平壤6月19日电 俄罗斯总统普京19日凌晨抵达平壤，开始对朝鲜进行为期两天的国事访问。\n\n"
          + "双方签署了全面战略伙伴关系条约。");
  private static final Article ZH_CONTAINERS = article("zh-containers", "zh", "韩方称朝鲜向俄运送弹药",
      "【环球时报首尔3月4日电】韩国国防部长官4日称，朝鲜自去年8月以来已向俄罗斯运送约6700个集装箱弹药。");
  /** Holds 普, 京, 朝 and 鲜, each in other words (北京, 普通, 朝阳, 新鲜), and 访问. */
  private static final Article ZH_DECOY = article("zh-decoy", "zh", "北京朝阳区菜市场见闻",
      "北京朝阳区的普通市民每天早上到菜市场购买新鲜蔬菜。记者日前访问了几家摊位。");
  private static final Article EN_TALKS = article("en-talks", "en", "Putin and Kim hold summit talks",
      "Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un in Pyongyang"
          + " and signed a partnership treaty.");
  private static final Article MIXED = article("mixed", "en", "Summit in Pyongyang",
      "国际新闻 朝鲜半岛 频道首页\n\n"
          + "The leaders met at the summit in Pyongyang on Wednesday.");
  private static final Article KO = article("ko", "ko", "푸틴 대통령 평양 도착",
      "블라디미르 푸틴 러시아 대통령이 19일 평양에 도착했다. 북한은 푸틴 대통령을 성대하게 환영했다.");
  private static final Article RU = article("ru", "ru", "Путин прибыл в Пхеньян",
      "Президент России Владимир Путин прибыл с государственным визитом в столицу КНДР. В аэропорту Пхеньяна"
          + " его встретил Ким Чен Ын.");

  @BeforeEach
  void fill() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (Article a : List.of(ZH_VISIT, ZH_CONTAINERS, ZH_DECOY, EN_TALKS, MIXED, KO, RU)) {
        store.add(a, null);
      }
    }
  }

  private List<String> ids(String query) throws Exception {
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      return store.search(SearchQuery.of(query)).hits().stream().map(SearchHit::article).toList();
    }
  }

  @Test
  void aChineseQueryFindsChineseArticlesByWordsNotByCharacters() throws Exception {
    // the words 普京, 访问 and 朝鲜 are apart in the article ("普京…抵达平壤，开始对朝鲜进行…访问")
    assertThat(ids("普京访问朝鲜")).containsExactly("zh-visit");
    // 朝 and 鲜 are both in the decoy, in 朝阳 and 新鲜: not the word 朝鲜
    assertThat(ids("朝鲜")).containsExactlyInAnyOrder("zh-visit", "zh-containers", "mixed");
    assertThat(ids("集装箱")).containsExactly("zh-containers");
    assertThat(ids("北京")).containsExactly("zh-decoy");
  }

  @Test
  void traditionalCharactersFindSimplifiedText() throws Exception {
    assertThat(ids("朝鮮 彈藥")).containsExactly("zh-containers");
  }

  @Test
  void aMixedQuerySearchesTheFieldsThatApply() throws Exception {
    // 朝鲜 is in the page's Chinese head, "summit" in its English story
    assertThat(ids("朝鲜 summit")).containsExactly("mixed");
    assertThat(ids("朝鲜 OR summit")).containsExactlyInAnyOrder("zh-visit", "zh-containers", "mixed", "en-talks");
    // digits are looked up in every language
    assertThat(ids("6700")).containsExactly("zh-containers");
  }

  @Test
  void englishSearchIsUnchanged() throws Exception {
    assertThat(ids("talk")).containsExactly("en-talks");
    assertThat(ids("\"partnership treaty\"")).containsExactly("en-talks");
    assertThat(ids("title:summit")).containsExactlyInAnyOrder("en-talks", "mixed");
    // a stop word finds nothing in any language's fields
    assertThat(ids("the")).isEmpty();
  }

  @Test
  void koreanAndRussianAreSearchedWithTheirAnalyzers() throws Exception {
    assertThat(ids("북한")).containsExactly("ko"); // the text writes 북한은
    assertThat(ids("푸틴 평양")).containsExactly("ko");
    assertThat(ids("Пхеньян")).containsExactly("ru"); // the text writes Пхеньяна, the title Пхеньян
    assertThat(ids("государственный аэропорт")).containsExactly("ru"); // государственным, аэропорту
  }

  @Test
  void snippetsMarkTheWordsOfTheArticlesLanguage() throws Exception {
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      SearchResult r = store.search(SearchQuery.of("普京访问朝鲜"));
      assertThat(r.hits().get(0).snippet()).contains("<mark>普京</mark>").contains("<mark>朝鲜</mark>")
          .contains("<mark>访问</mark>");
      SearchResult ru = store.search(SearchQuery.of("Пхеньян"));
      assertThat(ru.hits().get(0).snippet()).contains("<mark>Пхеньяна</mark>");
    }
  }

  @Test
  void paragraphsGoToTheFieldOfTheirScript() {
    assertThat(TextLanguages.split(MIXED.text(), "en").keySet()).containsExactly("zh", TextLanguages.DEFAULT);
    assertThat(TextLanguages.languageOf("東京で会談が行われた", 0, 10, "ja")).isEqualTo(TextLanguages.DEFAULT);
    assertThat(TextLanguages.languageOf("Київ заявив", 0, 11, "uk")).isEqualTo(TextLanguages.DEFAULT);
    assertThat(TextLanguages.languagesFor("朝鲜")).containsExactly(TextLanguages.DEFAULT, "zh");
    assertThat(TextLanguages.languagesFor("G7")).containsExactlyElementsOf(TextLanguages.ALL);
  }
}
