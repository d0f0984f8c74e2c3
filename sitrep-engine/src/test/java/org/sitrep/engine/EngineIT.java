package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.stage.ItemResult;

/**
 * The engine end to end without NLP (fast): read, clean, outlet, store, the corpus update and
 * its persistence.
 */
class EngineIT {
  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void needsPipeline() throws Exception {
    input = dir.resolve("small.jsonl");
    try (var in = EngineIT.class.getResourceAsStream("/corpus/small.jsonl")) {
      Files.copy(in, input);
    }
  }

  private EngineConfig config() {
    return new EngineConfig(dir.resolve("data"), null, false, 2);
  }

  @Test
  void ingestsReportsBadItemsAndIsIdempotent() throws Exception {
    List<ItemResult<IngestOutcome>> seen = new ArrayList<>();
    try (Engine engine = Engine.open(config())) {
      IngestReport report = engine.ingest(List.of(input), seen::add);
      assertThat(report.added()).isEqualTo(5);
      assertThat(report.duplicates()).isEqualTo(1);
      assertThat(report.failures()).hasSize(1);
      assertThat(report.failures().get(0).describe()).contains("small.jsonl");
      assertThat(seen).hasSize(7);
      assertThat(engine.corpus().search(SearchQuery.of("\"fishing rights\"")).total()).isEqualTo(4);
      assertThat(engine.corpus().stories()).isNotEmpty();
    }
    try (Engine reader = Engine.openReadOnly(config())) {
      assertThat(reader.corpus().stories().stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(5);
    }
    try (Engine engine = Engine.open(config())) {
      IngestReport again = engine.ingest(List.of(input), IngestListener.NONE);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(6);
      assertThat(engine.store().size()).isEqualTo(5);
    }
  }

  @Test
  void theUserOutletsFileStaysWithTheStore() throws Exception {
    Path outlets = Files.writeString(dir.resolve("my-outlets.txt"),
        "Harbour Gazette | NZ | COMMERCIAL | harbourgazette.example | The Harbour Gazette\n");
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("data"), outlets, false, 2))) {
      engine.ingest(List.of(input), IngestListener.NONE);
      assertThat(engine.corpus().outlet("The Harbour Gazette")).get().extracting(o -> o.country()).isEqualTo("NZ");
    }
    Files.delete(outlets);
    try (Engine engine = Engine.openReadOnly(config())) {
      assertThat(engine.corpus().outlet("Harbour Gazette")).get().extracting(o -> o.country()).isEqualTo("NZ");
    }
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("other"), null, false, 2))) {
      assertThat(engine.corpus().outlet("Harbour Gazette")).get().extracting(o -> o.country()).isNull();
    }
  }

  @Test
  void theCorpusStateOutlivesTheProcess() throws Exception {
    List<org.sitrep.core.corpus.StorySummary> before;
    try (Engine engine = Engine.open(config())) {
      engine.ingest(List.of(input), IngestListener.NONE);
      before = engine.corpus().stories();
    }
    try (Engine engine = Engine.openReadOnly(config())) {
      assertThat(engine.corpus().stories()).isEqualTo(before);
    }
    try (Engine engine = Engine.open(config())) {
      assertThat(engine.corpus().stories()).isEqualTo(before);
    }
  }

  @Test
  void readersWorkWhileAWriterHoldsTheStore() throws Exception {
    try (Engine writer = Engine.open(config())) {
      writer.ingest(List.of(input), IngestListener.NONE);
      try (Engine reader = Engine.openReadOnly(config())) {
        assertThat(reader.store().size()).isEqualTo(5);
        String id = reader.corpus().stories().get(0).articles().get(0);
        assertThat(reader.corpus().article(id)).isPresent();
        assertThat(reader.similar(id, 2)).isNotEmpty();
      }
    }
  }
}
