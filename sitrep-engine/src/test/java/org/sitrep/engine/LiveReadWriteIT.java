package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.SummitCorpus;
import org.sitrep.store.StoreException;

/**
 * One writer and a reader on the same store at once, as {@code ingest} (or {@code watch}) and
 * {@code serve} run: the reader needs no lock and sees each commit of the writer.
 */
class LiveReadWriteIT {
  @TempDir Path dir;

  @Test
  void aReaderSeesTheWritersCommitsWhileItWrites() throws Exception {
    List<Article> articles = SummitCorpus.articles();
    Path data = dir.resolve("data");
    try (Engine writer = Engine.open(new EngineConfig(data, null, false, 1))) {
      writer.addArticles(articles.subList(0, 3));
      try (Engine reader = Engine.openReadOnly(EngineConfig.at(data))) {
        long before = reader.corpus().search(SearchQuery.of("")).total();
        assertThat(before).isEqualTo(3);
        int storiesBefore = reader.corpus().stories().size();
        writer.addArticles(articles.subList(3, articles.size()));
        long deadline = System.nanoTime() + 10_000_000_000L;
        long seen = before;
        while (seen < articles.size() && System.nanoTime() < deadline) {
          Thread.sleep(100);
          seen = reader.corpus().search(SearchQuery.of("")).total();
        }
        assertThat(seen).isEqualTo(articles.size());
        // the corpus views follow too: every article is in a story the reader lists
        int inStories = reader.corpus().stories().stream().mapToInt(s -> s.articles().size()).sum();
        assertThat(inStories).isEqualTo(articles.size());
        assertThat(reader.corpus().stories().size()).isGreaterThanOrEqualTo(storiesBefore);
        String last = articles.get(articles.size() - 1).id();
        assertThat(reader.corpus().article(last)).isPresent();
      }
    }
  }

  @Test
  void aSecondWriterIsRefusedButReadersAreNot() throws Exception {
    Path data = dir.resolve("data");
    try (Engine writer = Engine.open(new EngineConfig(data, null, false, 1))) {
      writer.addArticles(SummitCorpus.articles().subList(0, 2));
      assertThatThrownBy(() -> Engine.open(new EngineConfig(data, null, false, 1)))
          .isInstanceOf(StoreException.class).hasMessageContaining("in use");
      try (Engine reader = Engine.openReadOnly(EngineConfig.at(data))) {
        assertThat(reader.corpus().stories()).isNotEmpty();
      }
    }
  }
}
