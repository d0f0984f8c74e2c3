package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.StoreException;

/**
 * A store written by the previous version (format 1: articles and a whole-corpus snapshot file,
 * kept as a test resource) is refused by readers with the command that migrates it, and migrated
 * by the first writer: same articles, the stories the old snapshot had, the current format.
 */
class MigrationIT {
  private static final List<String> FILES = List.of("FORMAT", "snapshot.json", "index/_0.cfe", "index/_0.cfs",
      "index/_0.si", "index/_1.cfe", "index/_1.cfs", "index/_1.si", "index/segments_4");

  @TempDir Path dir;

  private Path oldStore() throws IOException {
    Path data = dir.resolve("data");
    for (String f : FILES) {
      Path target = data.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = MigrationIT.class.getResourceAsStream("/stores/format1/" + f)) {
        assertThat(in).as(f).isNotNull();
        Files.copy(in, target);
      }
    }
    return data;
  }

  private static final List<String> FORMAT2_FILES = List.of("FORMAT", "index/_4.cfe", "index/_4.cfs", "index/_4.si",
      "index/segments_b");

  /**
   * A store written by the version before this one (format 2: corpus records of the old shape, the
   * format 1 store above migrated by that version) is migrated by the first writer: its corpus state
   * is rebuilt, with the stories and entities the format 1 snapshot had.
   */
  @Test
  void aFormatTwoStoreIsMigratedByTheFirstWriter() throws Exception {
    JsonNode old = SitrepJson.mapper().readTree(oldStore().resolve("snapshot.json").toFile()).path("snapshot");
    Path data = dir.resolve("data2");
    for (String f : FORMAT2_FILES) {
      Path target = data.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = MigrationIT.class.getResourceAsStream("/stores/format2/" + f)) {
        assertThat(in).as(f).isNotNull();
        Files.copy(in, target);
      }
    }
    assertThatThrownBy(() -> Engine.openReadOnly(EngineConfig.at(data))).isInstanceOf(StoreException.class)
        .hasMessageContaining("format 2").hasMessageContaining("./sitrep rebuild");
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      assertThat(engine.corpus().search(SearchQuery.of("")).total()).isEqualTo(5);
      Set<Set<String>> stories = new HashSet<>();
      engine.corpus().stories().forEach(s -> stories.add(new TreeSet<>(s.articles())));
      Set<Set<String>> before = new HashSet<>();
      for (JsonNode s : old.path("stories")) {
        Set<String> ids = new TreeSet<>();
        s.path("articles").forEach(a -> ids.add(a.asText()));
        before.add(ids);
      }
      assertThat(stories).isEqualTo(before);
      for (var s : engine.corpus().stories()) {
        assertThat(s.size()).isEqualTo(s.articles().size());
      }
    }
    assertThat(Files.readString(data.resolve("FORMAT"), StandardCharsets.UTF_8).strip())
        .isEqualTo("sitrep-store " + org.sitrep.store.StoreFormat.CURRENT);
  }

  @Test
  void aFormatOneStoreIsMigratedByTheFirstWriter() throws Exception {
    Path data = oldStore();
    JsonNode old = SitrepJson.mapper().readTree(data.resolve("snapshot.json").toFile()).path("snapshot");
    assertThatThrownBy(() -> Engine.openReadOnly(EngineConfig.at(data))).isInstanceOf(StoreException.class)
        .hasMessageContaining("format 1").hasMessageContaining("./sitrep rebuild");
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      assertThat(engine.corpus().search(SearchQuery.of("")).total()).isEqualTo(5);
      Set<Set<String>> stories = new HashSet<>();
      engine.corpus().stories().forEach(s -> stories.add(new TreeSet<>(s.articles())));
      Set<Set<String>> before = new HashSet<>();
      for (JsonNode s : old.path("stories")) {
        Set<String> ids = new TreeSet<>();
        s.path("articles").forEach(a -> ids.add(a.asText()));
        before.add(ids);
      }
      assertThat(stories).isEqualTo(before);
      Set<String> names = new TreeSet<>();
      engine.corpus().entities(null).forEach(e -> names.add(e.name()));
      Set<String> oldNames = new TreeSet<>();
      old.path("entities").forEach(e -> oldNames.add(e.path("name").asText()));
      assertThat(names).isEqualTo(oldNames);
    }
    assertThat(Files.readString(data.resolve("FORMAT"), StandardCharsets.UTF_8).strip())
        .isEqualTo("sitrep-store " + org.sitrep.store.StoreFormat.CURRENT);
    assertThat(data.resolve("snapshot.json")).doesNotExist();
    try (Engine reader = Engine.openReadOnly(EngineConfig.at(data))) {
      assertThat(reader.corpus().stories()).hasSize(before(old));
    }
  }

  private static int before(JsonNode old) {
    return old.path("stories").size();
  }
}
