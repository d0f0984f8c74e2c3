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
import org.sitrep.store.StoreFormat;

/**
 * A store written by the previous version (format 1: articles and a whole-corpus snapshot file,
 * kept as a test resource) is refused by readers with the command that migrates it, and migrated
 * by the first writer: same articles, the stories the old snapshot had, the current format. A store
 * of format 2 (two English and two Chinese articles, all text in the English-analysed fields, also a
 * test resource) is migrated alike and then finds Chinese articles by words.
 */
class MigrationIT {
  private static final List<String> FILES = List.of("FORMAT", "snapshot.json", "index/_0.cfe", "index/_0.cfs",
      "index/_0.si", "index/_1.cfe", "index/_1.cfs", "index/_1.si", "index/segments_4");

  @TempDir Path dir;

  private static final List<String> FORMAT2_FILES = List.of("FORMAT", "outlets.txt", "index/_0.cfe", "index/_0.cfs",
      "index/_0.si", "index/segments_3");

  private Path oldStore() throws IOException {
    return copy("format1", FILES);
  }

  private Path copy(String name, List<String> files) throws IOException {
    Path data = dir.resolve("data");
    for (String f : files) {
      Path target = data.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = MigrationIT.class.getResourceAsStream("/stores/" + name + "/" + f)) {
        assertThat(in).as(f).isNotNull();
        Files.copy(in, target);
      }
    }
    return data;
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
        .isEqualTo("sitrep-store " + StoreFormat.CURRENT);
    assertThat(data.resolve("snapshot.json")).doesNotExist();
    try (Engine reader = Engine.openReadOnly(EngineConfig.at(data))) {
      assertThat(reader.corpus().stories()).hasSize(before(old));
    }
  }

  private static int before(JsonNode old) {
    return old.path("stories").size();
  }

  @Test
  void aFormatTwoStoreGetsItsPerLanguageFieldsFromTheFirstWriter() throws Exception {
    Path data = copy("format2", FORMAT2_FILES);
    assertThatThrownBy(() -> Engine.openReadOnly(EngineConfig.at(data))).isInstanceOf(StoreException.class)
        .hasMessageContaining("format 2").hasMessageContaining("./sitrep rebuild");
    Set<String> ids;
    int stories;
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      ids = engine.store().ids();
      assertThat(ids).hasSize(4);
      stories = engine.corpus().stories().size();
      assertThat(hits(engine, "containers")).hasSize(1);
    }
    assertThat(Files.readString(data.resolve("FORMAT"), StandardCharsets.UTF_8).strip())
        .isEqualTo("sitrep-store " + StoreFormat.CURRENT);
    try (Engine reader = Engine.openReadOnly(EngineConfig.at(data))) {
      assertThat(reader.store().ids()).isEqualTo(ids);
      assertThat(reader.corpus().stories()).hasSize(stories);
      for (var s : reader.corpus().stories()) {
        assertThat(s.size()).isEqualTo(s.articles().size());
      }
      // words of the segmentation, not characters: 普京 (Putin), 访问 (visit) and 朝鲜 (North Korea)
      // are apart in the Xinhua report; the format 2 fields held single characters only
      assertThat(hits(reader, "普京访问朝鲜")).hasSize(1);
      assertThat(hits(reader, "集装箱 弹药")).hasSize(1);
      assertThat(hits(reader, "朝鲜")).hasSize(2);
      assertThat(hits(reader, "containers")).hasSize(1);
    }
  }

  private static List<String> hits(Engine engine, String query) throws IOException {
    return engine.corpus().search(SearchQuery.of(query)).hits().stream()
        .map(org.sitrep.core.corpus.SearchHit::article).toList();
  }
}
