package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.TestArticles.article;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.model.Article;

/** Issue 14: the store under bad records, huge articles, damaged files and concurrent creation. */
class StoreFaultsTest {
  @TempDir Path dir;

  private static final Article ONE = article("a1", "Harbour Times", "Ministers meet for trade talks",
      "Foreign ministers of Korea and Japan met in Seoul on Tuesday for trade talks.", "2024-06-18", "Korea");
  private static final Article TWO = article("a2", "Valley Post", "River floods the lower town",
      "The river burst its banks overnight and flooded the lower town.", "2024-06-20", "Korea");

  /** Defect 2: an article too big to read back is refused at add, with both sizes named. */
  @Test
  void anArticleTooLargeToReadBackIsRefused() throws Exception {
    Article huge = article("big", "Harbour Times", "A huge page", "word ".repeat(3_300_000), "2024-06-18");
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThatThrownBy(() -> store.add(huge, null)).isInstanceOf(ArticleTooLargeException.class)
          .hasMessageContaining("article big is").hasMessageContaining("at most " + ArticleStore.MAX_ARTICLE_JSON_CHARS);
      assertThat(store.contains("big")).isFalse();
      store.add(ONE, null);
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.all()).containsExactly(ONE);
    }
  }

  /**
   * Defect 2: one record that cannot be read (here JSON the reader refuses, as it refused a 28 MB
   * article) made every command fail. Now it is left out and named, and it can be removed.
   */
  @Test
  void oneUnreadableRecordIsSkippedNamedAndRemovable() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ONE, null);
      store.add(TWO, null);
    }
    try (FSDirectory d = FSDirectory.open(dir.resolve(ArticleStore.INDEX_DIR));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Document doc = new Document();
      doc.add(new StringField(ArticleStore.ID, "bad", Field.Store.YES));
      doc.add(new SortedDocValuesField(ArticleStore.ID, new BytesRef("bad")));
      doc.add(new StoredField(ArticleStore.JSON, "{\"id\":\"bad\",\"text\":\"cut short"));
      doc.add(new NumericDocValuesField(ArticleStore.SEQ, 99));
      w.addDocument(doc);
      w.setLiveCommitData(w.getLiveCommitData());
      w.commit();
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.all()).containsExactly(ONE, TWO);
      assertThatThrownBy(() -> store.get("bad")).isInstanceOf(StoreException.class)
          .hasMessageContaining("article bad cannot be read").hasMessageContaining("./sitrep remove bad");
      ArticleStore.CheckReport report = store.check();
      assertThat(report.unreadable()).singleElement().asString().startsWith("bad: ");
      assertThat(report.corrupt()).isEmpty();
      assertThat(report.articles()).isEqualTo(3);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.delete("bad")).isTrue();
      assertThat(store.delete("bad")).isFalse();
      store.commit();
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.check().ok()).isTrue();
      assertThat(store.size()).isEqualTo(2);
    }
  }

  /** Defect 16: flipped bytes in a segment file went unnoticed; check() verifies every checksum. */
  @Test
  void flippedBytesInASegmentAreFoundByCheck() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < 50; i++) {
        store.add(TestArticles.numbered(i), null);
      }
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.check().ok()).isTrue();
    }
    Path segment;
    try (Stream<Path> files = Files.list(dir.resolve(ArticleStore.INDEX_DIR))) {
      segment = files.filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|fdt)"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      long at = f.length() / 2;
      for (int i = 0; i < 64; i++) {
        f.seek(at + i);
        int b = f.read();
        f.seek(at + i);
        f.write(b ^ 0xFF);
      }
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      ArticleStore.CheckReport report = store.check();
      assertThat(report.ok()).isFalse();
      assertThat(report.corrupt()).isNotEmpty();
      assertThat(String.join("\n", report.corrupt())).containsIgnoringCase("checksum");
    }
  }

  /** Defect 16: similarity scores are finite numbers, whatever the texts. */
  @Test
  void similarityScoresAreFinite() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(article("s1", "A", "T", "x", null), null);
      store.add(article("s2", "A", "T", "x", null), null);
      store.add(article("s3", "B", "Same", "Same same same same. Same.", null), null);
      store.add(ONE, null);
      store.add(TWO, null);
      for (String id : List.of("s1", "s2", "s3", "a1", "a2")) {
        for (SearchHit hit : store.similar(id, 10)) {
          assertThat(Double.isFinite(hit.score())).as(id + " -> " + hit.article()).isTrue();
        }
      }
      assertThat(store.search(SearchQuery.of("floods")).hits()).allSatisfy(h -> assertThat(Double.isFinite(h.score())).isTrue());
    }
  }

  /** Defect 12: two processes creating one store at once: one gets it, the other the lock message. */
  @Test
  void creatingOneStoreFromManyThreadsAtOnceGivesTheLockMessage() throws Exception {
    for (int round = 0; round < 20; round++) {
      Path target = dir.resolve("round-" + round);
      int n = 6;
      CountDownLatch go = new CountDownLatch(1);
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      List<ArticleStore> opened = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          futures.add(pool.submit(() -> {
            go.await();
            try {
              opened.add(ArticleStore.open(target));
            } catch (IOException | RuntimeException e) {
              failures.add(e);
            }
            return null;
          }));
        }
        go.countDown();
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
        for (ArticleStore s : opened) {
          s.close();
        }
      }
      assertThat(opened).as("round " + round).hasSize(1);
      assertThat(failures).as("round " + round).hasSize(n - 1).allSatisfy(e -> assertThat(e)
          .isInstanceOf(StoreException.class).hasMessageContaining("is in use by another Sitrep process"));
    }
  }

  /**
   * Defect 10: with segments_N gone the store said "run ingest first", and an ingest then deleted
   * the orphaned segment files. Now both opens refuse, say what is wrong, and touch nothing.
   */
  @Test
  void aLostCommitPointIsReportedAndNothingIsDeleted() throws Exception {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(ONE, null);
      store.add(TWO, null);
    }
    Path index = dir.resolve(ArticleStore.INDEX_DIR);
    try (Stream<Path> files = Files.list(index)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.delete(p);
      }
    }
    List<String> before;
    try (Stream<Path> files = Files.list(index)) {
      before = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(before).anyMatch(n -> n.startsWith("_"));
    assertThatThrownBy(() -> ArticleStore.openReadOnly(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("is damaged").hasMessageContaining("no commit point").hasMessageContaining("backup")
        .hasMessageNotContaining("run ./sitrep ingest");
    assertThatThrownBy(() -> ArticleStore.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("no commit point");
    try (Stream<Path> files = Files.list(index)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsAll(
          before.stream().filter(n -> !n.equals("write.lock")).toList());
    }
  }
}
