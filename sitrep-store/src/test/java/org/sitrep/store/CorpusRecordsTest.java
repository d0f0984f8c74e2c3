package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestArticles.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchQuery;

/** Corpus records and corpus fields beside the articles in the real index on disk. */
class CorpusRecordsTest {
  @TempDir Path dir;

  @Test
  void recordsAreFoundByKeyAndNumberAndNeverAsArticles() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(article("a1", "Outlet", "Harbour strike spreads", "The harbour strike spread on Monday.", "2024-06-01"),
          "KR", store.reserveArrival(), new CorpusFields(Map.of("story", List.of("s-1"), "band", List.of("b1", "b2")),
              Map.of("group", "a1")));
      store.putRecord(new CorpusRecord("story", "s-1", Map.of(), Map.of("open", 1L, "size", 1L), "{\"id\":\"s-1\"}"));
      store.putRecord(new CorpusRecord("story", "s-2", Map.of(), Map.of("open", 0L, "size", 5L), "{\"id\":\"s-2\"}"));
      store.putRecord(new CorpusRecord("entity", "e-1", Map.of("key", List.of("person:annaberg")),
          Map.of("articles", 3L), "{\"id\":\"e-1\"}"));
      store.commit();
      assertThat(store.record("story", "s-1")).contains("{\"id\":\"s-1\"}");
      assertThat(store.records("story", "open", 1, null, 10)).containsExactly("{\"id\":\"s-1\"}");
      assertThat(store.records("story", null, 0, "size", 10)).containsExactly("{\"id\":\"s-2\"}", "{\"id\":\"s-1\"}");
      assertThat(store.records("story", "open", 1, null, Integer.MAX_VALUE - 1)).hasSize(1);
      assertThat(store.recordsWithKey("entity", "key", List.of("person:annaberg", "x"), 5)).containsExactly("{\"id\":\"e-1\"}");
      // the same look-up for ids alone (a doc value: the JSON is not read), kinds kept apart
      store.putRecord(new CorpusRecord("entity", "e-2", Map.of("key", List.of("person:annaberg")),
          Map.of("articles", 1L), "{\"id\":\"e-2\"}"));
      store.putRecord(new CorpusRecord("story", "e-3", Map.of("key", List.of("person:annaberg")), Map.of(), "{\"id\":\"e-3\"}"));
      store.commit();
      assertThat(store.recordIdsWithKey("entity", "key", List.of("person:annaberg"), 5)).containsExactlyInAnyOrder("e-1", "e-2");
      assertThat(store.recordIdsWithKey("entity", "key", List.of("person:annaberg"), 1)).hasSize(1);
      assertThat(store.recordIdsWithKey("entity", "key", List.of("nobody"), 5)).isEmpty();
      // a record replaces the one with its kind and id
      store.putRecord(new CorpusRecord("story", "s-1", Map.of(), Map.of("open", 0L, "size", 2L), "{\"id\":\"s-1\",\"v\":2}"));
      store.commit();
      assertThat(store.countRecords("story")).isEqualTo(3);
      assertThat(store.records("story", "open", 1, null, 10)).isEmpty();
      // articles only: search, count and the corpus fields
      assertThat(store.search(SearchQuery.of("")).total()).isEqualTo(1);
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.articlesWithKey("band", List.of("b2"), 10, Set.of("group")))
          .singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo("a1");
            assertThat(k.stored()).containsEntry("group", "a1");
          });
      assertThat(store.docFreq("band", "b1")).isEqualTo(1);
      store.deleteRecords();
      store.commit();
      assertThat(store.countRecords("story")).isZero();
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }
}
