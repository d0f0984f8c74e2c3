package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.json.SitrepJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus snapshot persisted next to the index as {@code snapshot.json}: written to a temp file
 * and renamed atomically, so a reader sees the old or the new file, never half of one. The file
 * records how many articles it was computed from; a snapshot whose count differs from the index
 * (a crash between commit and analysis, another format) is reported stale and recomputed by the
 * caller, never trusted.
 */
public final class SnapshotFile {
  /** File name in the store folder. */
  public static final String FILE = "snapshot.json";

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotFile.class);

  /** A snapshot and the number of stored articles it covers. */
  public record Stamped(int articles, CorpusSnapshot snapshot) {}

  private SnapshotFile() {}

  /** Writes {@code snapshot}, computed over {@code articles} articles, atomically. */
  public static void write(Path dir, int articles, CorpusSnapshot snapshot) throws IOException {
    ObjectNode root = SitrepJson.mapper().createObjectNode();
    root.put("format", StoreFormat.CURRENT);
    root.put("articles", articles);
    root.set("snapshot", SitrepJson.mapper().valueToTree(snapshot));
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, FILE, ".tmp");
    try {
      SitrepJson.mapper().writeValue(tmp.toFile(), root);
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    // temp files of a process killed while writing: only the writer (holding the index lock) writes
    try (var leftovers = Files.newDirectoryStream(dir, FILE + "*.tmp")) {
      for (Path p : leftovers) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The persisted snapshot, or empty when there is none or it cannot be used (another format,
   * unreadable): the caller recomputes it from the articles.
   */
  public static Optional<Stamped> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = SitrepJson.mapper().readTree(file.toFile());
      if (root.path("format").asInt(-1) != StoreFormat.CURRENT) {
        LOG.info("{}: format {} is not {}; it will be recomputed", file, root.path("format"), StoreFormat.CURRENT);
        return Optional.empty();
      }
      CorpusSnapshot snapshot = SitrepJson.mapper().treeToValue(root.get("snapshot"), CorpusSnapshot.class);
      return Optional.of(new Stamped(root.path("articles").asInt(-1), snapshot));
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: unreadable ({}); it will be recomputed", file, e.toString());
      return Optional.empty();
    }
  }
}
