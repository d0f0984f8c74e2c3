package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.TestArticles.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.corpus.InvalidQueryException;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.model.Article;

class ArticleStoreTest {
  @TempDir Path dir;

  private static final Article TALKS = article("a1", "Harbour Times", "Ministers meet for trade talks",
      "Foreign ministers of Korea and Japan met in Seoul on Tuesday for trade talks. "
          + "The talks covered semiconductor exports and fishing rights.", "2024-06-18", "Korea", "Japan", "Seoul");
  private static final Article FLOOD = article("a2", "Valley Post", "River floods the lower town",
      "The river burst its banks overnight and flooded the lower town. Korea sent rescue teams, "
          + "officials said.", "2024-06-20T08:30:00Z", "Korea");
  private static final Article EXPORTS = article("a3", "Northern Wire", "Chip exports rise",
      "Semiconductor exports from Korea rose for a third month, trade data showed. "
          + "Analysts expect trade talks with Japan to settle the fishing dispute.", "2024-07-02", "Korea", "Japan");

  private ArticleStore filled() throws Exception {
    ArticleStore store = ArticleStore.open(dir);
    store.add(TALKS, "KR");
    store.add(FLOOD, "GB");
    store.add(EXPORTS, "US");
    return store;
  }

  private static SearchQuery q(String text) {
    return SearchQuery.of(text);
  }

  @Test
  void addsAndReadsBackWholeArticlesInArrivalOrder() throws Exception {
    try (ArticleStore store = filled()) {
      assertThat(store.get("a2")).contains(FLOOD);
      assertThat(store.get("nope")).isEmpty();
      assertThat(store.all()).containsExactly(TALKS, FLOOD, EXPORTS);
      assertThat(store.size()).isEqualTo(3);
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.all()).containsExactly(TALKS, FLOOD, EXPORTS);
    }
  }

  @Test
  void headsAreReadInTheOrderAskedWithoutTheArticles() throws Exception {
    try (ArticleStore store = filled()) {
      store.commit();
      assertThat(store.heads(java.util.List.of("a3", "nope", "a1")))
          .containsExactly(org.sitrep.core.corpus.ArticleHead.of(EXPORTS), org.sitrep.core.corpus.ArticleHead.of(TALKS));
      assertThat(store.heads(java.util.List.of())).isEmpty();
    }
  }

  @Test
  void shardsAddedWholeKeepTheirArrivalOrderFacetsAndSearch() throws Exception {
    Path one = dir.resolve("shard-1");
    Path two = dir.resolve("shard-2");
    try (ArticleStore a = ArticleStore.open(one); ArticleStore b = ArticleStore.open(two)) {
      a.add(EXPORTS, "US", 30);
      a.add(TALKS, "KR", 10);
      b.add(FLOOD, "GB", 20);
    }
    Path merged = dir.resolve("merged");
    try (ArticleStore store = ArticleStore.open(merged)) {
      assertThat(store.addStores(List.of(one, two))).isEqualTo(3);
      assertThat(store.all()).containsExactly(TALKS, FLOOD, EXPORTS);
      store.add(article("a4", null, null, "Later news from Korea.", null), null);
      assertThat(store.all()).extracting(Article::id).containsExactly("a1", "a2", "a3", "a4");
      assertThatThrownBy(() -> store.addStores(List.of(two)))
          .isInstanceOf(StoreException.class).hasMessageContaining("article a2 is stored twice");
    }
    try (ArticleStore store = ArticleStore.openReadOnly(merged)) {
      SearchResult r = store.search(q("trade talks"));
      assertThat(r.hits()).extracting(SearchHit::article).containsExactlyInAnyOrder("a1", "a3");
      assertThat(r.facets().get("country")).containsEntry("KR", 1L).containsEntry("US", 1L);
      assertThat(store.committedArticles()).isEqualTo(4);
    }
  }

  @Test
  void reservedArrivalKeepsInputOrderWhateverTheAddOrder() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      long first = store.reserveArrival();
      long second = store.reserveArrival();
      store.add(FLOOD, "GB", second);
      store.add(TALKS, "KR", first);
      store.add(EXPORTS, "US");
      assertThat(store.all()).extracting(Article::id).containsExactly("a1", "a2", "a3");
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(article("a4", null, null, "Later news.", null), null);
      assertThat(store.all()).extracting(Article::id).containsExactly("a1", "a2", "a3", "a4");
    }
  }

  @Test
  void sameIdTwiceIsStoredOnceAcrossReopen() throws Exception {
    try (ArticleStore store = filled()) {
      assertThat(store.add(TALKS, "KR")).isEqualTo(IngestOutcome.DUPLICATE);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.add(FLOOD, "GB")).isEqualTo(IngestOutcome.DUPLICATE);
      assertThat(store.add(article("a4", null, null, "A new piece about nothing much.", null), null))
          .isEqualTo(IngestOutcome.ADDED);
      assertThat(store.all()).extracting(Article::id).containsExactly("a1", "a2", "a3", "a4");
      assertThat(store.search(q("")).total()).isEqualTo(4);
    }
  }

  @Test
  void rankedFullTextWithStemmingAndSnippets() throws Exception {
    try (ArticleStore store = filled()) {
      SearchResult r = store.search(q("trade talks"));
      assertThat(r.total()).isEqualTo(2);
      // the title match ranks first
      assertThat(r.hits()).extracting(SearchHit::article).containsExactly("a1", "a3");
      assertThat(r.hits().get(0).snippet()).contains("<mark>talks</mark>").contains("<mark>trade</mark>");
      assertThat(r.hits().get(0).outlet()).isEqualTo("Harbour Times");
      // stemming: "flooding" finds "flooded" and "floods"
      assertThat(store.search(q("flooding")).hits()).extracting(SearchHit::article).containsExactly("a2");
    }
  }

  @Test
  void phrasesAndBooleanOperators() throws Exception {
    try (ArticleStore store = filled()) {
      assertThat(store.search(q("\"fishing rights\"")).hits()).extracting(SearchHit::article).containsExactly("a1");
      assertThat(store.search(q("\"rights fishing\"")).total()).isZero();
      assertThat(store.search(q("fishing")).total()).isEqualTo(2);
      assertThat(store.search(q("river OR semiconductor")).total()).isEqualTo(3);
      assertThat(store.search(q("river AND semiconductor")).total()).isZero();
      assertThat(store.search(q("korea -flood")).hits()).extracting(SearchHit::article)
          .containsExactlyInAnyOrder("a1", "a3");
      assertThat(store.search(q("the of")).total()).isZero();
    }
  }

  @Test
  void junkQueriesGiveAClearErrorNotAStackTrace() throws Exception {
    try (ArticleStore store = filled()) {
      for (String junk : List.of("\"unclosed phrase", "(trade", "AND", "*leading", "title:[a TO", "a^^b", "~~~")) {
        assertThatThrownBy(() -> store.search(q(junk)))
            .as(junk).isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot parse query");
      }
      assertThatThrownBy(() -> store.search(new SearchQuery("", List.of(), List.of(), List.of(), "June", null, 0, 10)))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("ISO date");
    }
  }

  @Test
  void filtersAndFacets() throws Exception {
    try (ArticleStore store = filled()) {
      SearchResult all = store.search(q(""));
      assertThat(all.total()).isEqualTo(3);
      // no text: newest first
      assertThat(all.hits()).extracting(SearchHit::article).containsExactly("a3", "a2", "a1");
      assertThat(all.facets().get("outlet")).containsOnly(
          Map.entry("Harbour Times", 1L), Map.entry("Valley Post", 1L), Map.entry("Northern Wire", 1L));
      assertThat(all.facets().get("entity")).contains(Map.entry("Korea", 3L), Map.entry("Japan", 2L), Map.entry("Seoul", 1L));
      assertThat(all.facets().get("country")).containsOnlyKeys("KR", "GB", "US");

      SearchResult japan = store.search(new SearchQuery("korea", List.of(), List.of(), List.of("Japan"), null, null, 0, 10));
      assertThat(japan.hits()).extracting(SearchHit::article).containsExactlyInAnyOrder("a1", "a3");
      assertThat(japan.facets().get("outlet")).containsOnlyKeys("Harbour Times", "Northern Wire");

      SearchResult kr = store.search(new SearchQuery("", List.of(), List.of("KR", "GB"), List.of(), null, null, 0, 10));
      assertThat(kr.hits()).extracting(SearchHit::article).containsExactlyInAnyOrder("a1", "a2");

      SearchResult outlet = store.search(new SearchQuery("", List.of("Valley Post"), List.of(), List.of(), null, null, 0, 10));
      assertThat(outlet.hits()).extracting(SearchHit::article).containsExactly("a2");
    }
  }

  @Test
  void dateRangeIsInclusiveAndReadsDateTimes() throws Exception {
    try (ArticleStore store = filled()) {
      SearchResult june = store.search(new SearchQuery("", List.of(), List.of(), List.of(), "2024-06-18", "2024-06-20", 0, 10));
      assertThat(june.hits()).extracting(SearchHit::article).containsExactlyInAnyOrder("a1", "a2");
      SearchResult after = store.search(new SearchQuery("korea", List.of(), List.of(), List.of(), "2024-06-19", null, 0, 10));
      assertThat(after.hits()).extracting(SearchHit::article).containsExactlyInAnyOrder("a2", "a3");
      assertThatThrownBy(() -> store.search(new SearchQuery("", List.of(), List.of(), List.of(), "2024-07-01", "2024-06-01", 0, 10)))
          .isInstanceOf(InvalidQueryException.class).hasMessageContaining("after");
    }
  }

  @Test
  void pagingKeepsTheTotal() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < 30; i++) {
        store.add(TestArticles.numbered(i), null);
      }
      SearchResult page = store.search(new SearchQuery("households", List.of(), List.of(), List.of(), null, null, 25, 10));
      assertThat(page.total()).isEqualTo(30);
      assertThat(page.hits()).hasSize(5);
    }
  }

  @Test
  void moreLikeThisFindsNearDuplicatesFirst() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < 40; i++) {
        store.add(TestArticles.numbered(i), null);
      }
      store.add(TALKS, "KR");
      store.add(FLOOD, "GB");
      store.add(EXPORTS, "US");
      // a reprint of TALKS with a different headline and a credit line
      store.add(article("r1", "Valley Post", "Korea and Japan hold talks",
          "Foreign ministers of Korea and Japan met in Seoul on Tuesday for trade talks. "
              + "The talks covered semiconductor exports and fishing rights. (Source: Harbour Times)",
          "2024-06-19"), null);
      List<SearchHit> similar = store.similar("a1", 3);
      assertThat(similar).hasSize(3);
      assertThat(similar.get(0).article()).isEqualTo("r1");
      assertThat(similar.get(1).article()).isEqualTo("a3");
      assertThat(similar.get(0).score()).isGreaterThan(similar.get(1).score());
      assertThat(similar).extracting(SearchHit::article).doesNotContain("a1");
      assertThat(store.similar("unknown", 3)).isEmpty();
    }
  }

  @Test
  void newerFormatIsRefusedAndLeftUntouched() throws Exception {
    try (ArticleStore store = filled()) {
      store.commit();
    }
    Files.writeString(dir.resolve(StoreFormat.FILE), "sitrep-store 99\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer").hasMessageContaining("format 99");
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir)).isInstanceOf(StoreException.class);
    Files.writeString(dir.resolve(StoreFormat.FILE), "sitrep-store " + StoreFormat.CURRENT + "\n", StandardCharsets.UTF_8);
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.all()).hasSize(3);
    }
  }

  @Test
  void aFormatOneStoreIsOpenedForMigrationByAWriterOnly() throws Exception {
    try (ArticleStore store = filled()) {
      store.commit();
    }
    Files.writeString(dir.resolve(StoreFormat.FILE), "sitrep-store 1\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("format 1").hasMessageContaining("./sitrep rebuild");
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.formatOnDisk()).isEqualTo(1);
      assertThat(store.all()).hasSize(3);
      store.markMigrated();
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.formatOnDisk()).isEqualTo(StoreFormat.CURRENT);
      assertThat(store.all()).hasSize(3);
    }
  }

  @Test
  void olderOrUnversionedStoresAreRefused() throws Exception {
    try (ArticleStore store = filled()) {
      store.commit();
    }
    Files.writeString(dir.resolve(StoreFormat.FILE), "sitrep-store 0\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("old format 0");
    Files.delete(dir.resolve(StoreFormat.FILE));
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("unversioned");
    Files.writeString(dir.resolve(StoreFormat.FILE), "garbage", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("expected");
  }

  @Test
  void missingStoreForReadingSuggestsIngest() {
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir.resolve("none")))
        .isInstanceOf(StoreException.class).hasMessageContaining("./sitrep ingest");
  }

  @Test
  void secondWriterIsRefusedClearly() throws Exception {
    try (ArticleStore store = filled()) {
      assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("in use");
      store.commit();
      try (ArticleStore reader = ArticleStore.openReadOnly(dir)) {
        assertThat(reader.size()).isEqualTo(3);
      }
    }
  }

}
