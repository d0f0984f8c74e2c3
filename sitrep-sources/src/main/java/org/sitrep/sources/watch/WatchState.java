package org.sitrep.sources.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The watcher's memory, kept under {@code DATA/watch/} in two small files:
 *
 * <ul>
 *   <li>{@code state.json}: per source its validators (ETag, Last-Modified), last poll, last
 *       error and counts; rewritten after every poll to a temporary file and moved into place
 *       atomically, so a crash leaves the previous or the new version, never a mix;
 *   <li>{@code seen.log}: the URL of every article handled, one per line, appended and forced to
 *       disk as each one is stored, so a restart never fetches or stores an article twice. A line
 *       cut short by a crash (no newline) is ignored on load.
 * </ul>
 *
 * One watcher at a time may own a data folder: {@link #open} takes a lock ({@code watch/lock}).
 * Thread-safe.
 */
public final class WatchState implements AutoCloseable {
  /** Version of the state file format. */
  public static final int FORMAT = 1;

  private final Path dir;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, SourceStatus> statuses = new LinkedHashMap<>();
  private final @Nullable FileChannel lockChannel;
  private final @Nullable FileLock lock;
  private @Nullable FileChannel seenLog;

  private WatchState(Path dir, @Nullable FileChannel lockChannel, @Nullable FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** The folder the state lives in for a data folder. */
  public static Path folder(Path dataDir) {
    return dataDir.resolve("watch");
  }

  /** Opens (or creates) the state of {@code dataDir} for a watcher, taking its lock. */
  public static WatchState open(Path dataDir) throws IOException {
    Path dir = folder(Objects.requireNonNull(dataDir, "dataDir"));
    Files.createDirectories(dir);
    FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("another watcher is already running on " + dataDir + " (" + dir.resolve("lock") + " is locked)");
    }
    WatchState state = new WatchState(dir, channel, lock);
    try {
      state.load();
      state.seenLog = FileChannel.open(dir.resolve("seen.log"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
    return state;
  }

  /** The source statuses of {@code dataDir} for reading only (no lock); empty when never watched. */
  public static List<SourceStatus> read(Path dataDir) throws IOException {
    Path dir = folder(Objects.requireNonNull(dataDir, "dataDir"));
    WatchState state = new WatchState(dir, null, null);
    state.loadStatuses();
    return state.statuses();
  }

  private void load() throws IOException {
    loadStatuses();
    Path log = dir.resolve("seen.log");
    if (Files.exists(log)) {
      byte[] bytes = Files.readAllBytes(log);
      int end = bytes.length;
      while (end > 0 && bytes[end - 1] != '\n') {
        end--;
      }
      if (end < bytes.length) {
        // The last line was cut short by a crash: drop it so the next append starts on a fresh line.
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
          ch.truncate(end);
        }
      }
      try (BufferedReader reader = new BufferedReader(new java.io.StringReader(
          new String(bytes, 0, end, StandardCharsets.UTF_8)))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            seen.add(line.strip());
          }
        }
      }
    }
  }

  private void loadStatuses() throws IOException {
    Path file = dir.resolve("state.json");
    if (!Files.exists(file)) {
      return;
    }
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IOException(file + " is damaged (" + e.getOriginalMessage() + "); remove it to start the watch state afresh", e);
    }
    int format = root.path("format").asInt(-1);
    if (format != FORMAT) {
      throw new IOException(file + ": expected watch state format " + FORMAT + ", found " + format);
    }
    for (JsonNode s : root.path("sources")) {
      SourceStatus status = new SourceStatus(s.path("name").asText(), s.path("kind").asText("feed"),
          s.path("url").asText(), str(s, "outlet"), str(s, "country"), str(s, "etag"), str(s, "lastModified"),
          instant(s, "lastPoll"), instant(s, "lastSuccess"), str(s, "lastResult"), str(s, "lastError"),
          s.path("polls").asLong(), s.path("errors").asLong(), s.path("articles").asLong(),
          s.path("failedPages").asLong());
      statuses.put(status.name(), status);
    }
  }

  /** Whether an article with this key (URL) was handled before. */
  public synchronized boolean seen(String key) {
    return seen.contains(normalise(key));
  }

  /**
   * Records an article as handled. The line is written at once (a killed process keeps it); it is
   * forced to disk with the next {@link #update}, so a power cut can at worst make the next run
   * fetch a page again, which the sink then reports as a duplicate.
   */
  public synchronized void markSeen(String key) throws IOException {
    String k = normalise(key);
    if (!seen.add(k)) {
      return;
    }
    FileChannel log = Objects.requireNonNull(seenLog, "watch state opened read-only");
    ByteBuffer line = ByteBuffer.wrap((k + "\n").getBytes(StandardCharsets.UTF_8));
    while (line.hasRemaining()) {
      log.write(line);
    }
  }

  /** How many article keys are remembered. */
  public synchronized int seenCount() {
    return seen.size();
  }

  /** The status of a source (fresh when never polled), updated to the spec's current description. */
  public synchronized SourceStatus status(SourceSpec spec) {
    SourceStatus known = statuses.get(spec.name());
    return known == null ? SourceStatus.fresh(spec) : known.describedBy(spec);
  }

  /** Adds never-polled sources in the given order, so listings follow the sources file. */
  public synchronized void register(List<SourceSpec> specs) {
    for (SourceSpec spec : specs) {
      statuses.putIfAbsent(spec.name(), SourceStatus.fresh(spec));
    }
  }

  /** Replaces a source's status and writes the state file atomically. */
  public synchronized void update(SourceStatus status) throws IOException {
    statuses.put(status.name(), status);
    save();
  }

  /** All statuses, in the order sources were first seen. */
  public synchronized List<SourceStatus> statuses() {
    return List.copyOf(new ArrayList<>(statuses.values()));
  }

  private void save() throws IOException {
    if (seenLog != null) {
      seenLog.force(false);
    }
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("sources");
    for (SourceStatus s : statuses.values()) {
      ObjectNode n = list.addObject();
      n.put("name", s.name());
      n.put("kind", s.kind());
      n.put("url", s.url());
      n.put("outlet", s.outlet());
      n.put("country", s.country());
      n.put("etag", s.etag());
      n.put("lastModified", s.lastModified());
      n.put("lastPoll", s.lastPoll() == null ? null : s.lastPoll().toString());
      n.put("lastSuccess", s.lastSuccess() == null ? null : s.lastSuccess().toString());
      n.put("lastResult", s.lastResult());
      n.put("lastError", s.lastError());
      n.put("polls", s.polls());
      n.put("errors", s.errors());
      n.put("articles", s.articles());
      n.put("failedPages", s.failedPages());
    }
    Path target = dir.resolve("state.json");
    Path tmp = dir.resolve("state.json.tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Article keys ignore the fragment and surrounding blanks. */
  static String normalise(String key) {
    String k = key.strip();
    int hash = k.indexOf('#');
    return hash >= 0 && k.startsWith("http") ? k.substring(0, hash) : k;
  }

  private static @Nullable String str(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Instant instant(JsonNode n, String key) {
    String v = str(n, key);
    return v == null ? null : Instant.parse(v);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (seenLog != null) {
        seenLog.close();
      }
    } finally {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    }
  }
}
