package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.model.Article;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestReport;

/**
 * The corpus the server tests read: {@code samples/demo} ingested once per test JVM by the real
 * engine (cleaner, CoreNLP, store, corpus analysis) into a temporary store, shared by every test
 * class and removed when the JVM exits.
 */
public final class DemoCorpus {
  /** Pages in {@code samples/demo}; its README is documentation, not an input. */
  public static final int PAGES = 19;
  private static final Path SAMPLES = Path.of("../samples/demo");
  private static final Path OUTLETS = Path.of("../samples/demo-outlets.txt");

  private static @Nullable Engine engine;
  private static @Nullable IngestReport report;

  private DemoCorpus() {}

  /** The engine over the ingested demo corpus, ingesting it on first use. */
  public static synchronized Engine engine() throws IOException {
    if (engine == null) {
      if (!Files.isDirectory(SAMPLES)) {
        throw new IOException("demo corpus not found at " + SAMPLES.toAbsolutePath());
      }
      Path dir = Files.createTempDirectory("sitrep-server-test-");
      Engine opened = Engine.open(new EngineConfig(dir, OUTLETS, true, Math.max(1, Runtime.getRuntime().availableProcessors())));
      report = opened.ingest(List.of(SAMPLES), item -> {});
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          opened.close();
          delete(dir);
        } catch (IOException | RuntimeException e) {
          // The temporary folder stays behind; nothing else depends on it.
        }
      }));
      engine = opened;
    }
    return engine;
  }

  /** The store-backed corpus over the demo pages. */
  public static Corpus corpus() throws IOException {
    return engine().corpus();
  }

  /** What the one ingest reported. */
  public static synchronized IngestReport report() throws IOException {
    engine();
    return java.util.Objects.requireNonNull(report);
  }

  /** Every stored article, in arrival order (the file order of {@code samples/demo}). */
  public static List<Article> articles() throws IOException {
    return engine().store().all();
  }

  /** The one article of {@code outlet} whose title starts with {@code titleStart}. */
  public static Article article(String outlet, String titleStart) throws IOException {
    List<Article> found = articles().stream()
        .filter(a -> outlet.equals(a.outlet()) && a.title() != null && a.title().startsWith(titleStart))
        .toList();
    if (found.size() != 1) {
      throw new IllegalStateException("expected one article of " + outlet + " titled '" + titleStart + "...', found "
          + found.stream().map(Article::title).toList());
    }
    return found.get(0);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
