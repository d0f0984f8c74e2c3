package org.sitrep.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.InputReader;
import org.sitrep.nlp.NlpAnnotator;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.SnapshotFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine per process and data folder: loads the heavy models once, ingests inputs into the
 * store, keeps the corpus analysis up to date, and serves the read side. Thread-safe.
 *
 * <p>Ingest reads inputs in order, then cleans, annotates, resolves the outlet and stores each
 * page on a bounded pool of {@link EngineConfig#threads()} workers (each article keeps the arrival
 * place of its input, whatever the worker timing), committing the store every
 * {@value #COMMIT_EVERY} new articles; {@link #refresh()} then recomputes the corpus snapshot over
 * all articles in arrival order and persists it next to the index. On open, a snapshot that does
 * not cover exactly the stored articles (a crash between commit and analysis) is recomputed.
 */
public final class Engine implements AutoCloseable {
  static final int COMMIT_EVERY = 200;
  /**
   * The user outlets file as kept in the data folder: an engine opened with an outlets file copies
   * it there, and one opened without (a later {@code serve}) reads it back, so the read side knows
   * the outlets the ingest resolved.
   */
  static final String OUTLETS_FILE = "outlets.txt";
  private static final String STAGE = "engine";
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final EngineConfig config;
  private final ArticleStore store;
  private final boolean writable;
  private final InputReader reader = new InputReader();
  private final Object lazyLock = new Object();
  private volatile @Nullable OutletRegistry registry;
  private volatile @Nullable CorpusAnalyzer analyzer;
  private volatile @Nullable NlpAnnotator nlp;
  private volatile CorpusSnapshot snapshot = CorpusSnapshot.EMPTY;
  private final AtomicInteger uncommitted = new AtomicInteger();
  private final StoreCorpus corpus;
  private final PageStages stages;

  private Engine(EngineConfig config, ArticleStore store, boolean writable) {
    this.config = config;
    this.store = store;
    this.writable = writable;
    this.corpus = new StoreCorpus(store, () -> snapshot, this::outlets);
    this.stages = new PageStages(new ArticleCleaner(), config.nlp() ? this::nlp : null, this::outlets);
  }

  /** Opens (or creates) the store in {@code config.dataDir()}. */
  public static Engine open(EngineConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    ArticleStore store = ArticleStore.open(config.dataDir());
    Engine engine = new Engine(config, store, true);
    try {
      engine.outlets();
      engine.analyzer();
      engine.loadSnapshot(true);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    return engine;
  }

  /**
   * Opens an existing store for reading only, without taking the writer lock, so it works while
   * an ingest or a server holds the store. Sees the last commit; a stale snapshot is recomputed
   * in memory, not written.
   *
   * @throws org.sitrep.store.StoreException when there is no store (the message suggests ingest)
   */
  public static Engine openReadOnly(EngineConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    ArticleStore store = ArticleStore.openReadOnly(config.dataDir());
    Engine engine = new Engine(config, store, false);
    try {
      engine.loadSnapshot(false);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    return engine;
  }

  private void loadSnapshot(boolean persist) throws IOException {
    int articles = store.size();
    Optional<SnapshotFile.Stamped> stored = SnapshotFile.read(config.dataDir());
    if (stored.isPresent() && stored.get().articles() == articles) {
      snapshot = stored.get().snapshot();
      return;
    }
    if (articles == 0) {
      snapshot = CorpusSnapshot.EMPTY;
      return;
    }
    LOG.info("corpus snapshot does not cover the {} stored articles; recomputing", articles);
    if (persist) {
      refresh();
    } else {
      snapshot = analyzer().analyze(store.all());
    }
  }

  /** The data folder's store. */
  public ArticleStore store() {
    return store;
  }

  /** Reads, cleans, annotates and stores every input, then refreshes the corpus analysis. */
  public IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(listener, "listener");
    requireWritable();
    listener.expected(InputEstimate.count(paths));
    AtomicInteger added = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    List<ItemResult.Failed<?>> failures = Collections.synchronizedList(new ArrayList<>());
    Object listenerLock = new Object();
    java.util.function.Consumer<ItemResult<IngestOutcome>> record = result -> {
      switch (result) {
        case ItemResult.Ok<IngestOutcome> ok -> {
          if (ok.value() == IngestOutcome.ADDED) {
            added.incrementAndGet();
          } else {
            duplicates.incrementAndGet();
          }
        }
        case ItemResult.Failed<IngestOutcome> f -> failures.add(f);
      }
      synchronized (listenerLock) {
        listener.item(result);
      }
    };
    int threads = config.threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads, named("sitrep-ingest"));
    Semaphore slots = new Semaphore(threads * 2);
    try {
      for (Path path : paths) {
        try (Stream<ItemResult<RawPage>> pages = reader.read(path)) {
          for (var it = pages.iterator(); it.hasNext(); ) {
            ItemResult<RawPage> item = it.next();
            if (item instanceof ItemResult.Failed<RawPage> f) {
              record.accept(new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message()));
              continue;
            }
            RawPage page = ((ItemResult.Ok<RawPage>) item).value();
            long arrival = store.reserveArrival();
            slots.acquireUninterruptibly();
            try {
              pool.execute(() -> {
                try {
                  record.accept(ingest(page, arrival));
                } finally {
                  slots.release();
                }
              });
            } catch (RuntimeException e) {
              slots.release();
              throw e;
            }
          }
        } catch (UncheckedIOException | SecurityException e) {
          record.accept(new ItemResult.Failed<>(path.toString(), "input-reader", Reason.FETCH_FAILED,
              "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
          // a reader bug on one input must not cost the others: report it against the input
          LOG.debug("reading {} failed", path, e);
          record.accept(new ItemResult.Failed<>(path.toString(), "input-reader", Reason.INTERNAL, String.valueOf(e)));
        }
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    store.commit();
    uncommitted.set(0);
    refresh();
    return new IngestReport(added.get(), duplicates.get(), failures);
  }

  /** Ingests one page (the watcher's path); call {@link #refresh()} after a batch. */
  public ItemResult<IngestOutcome> ingest(RawPage page) {
    Objects.requireNonNull(page, "page");
    requireWritable();
    return ingest(page, store.reserveArrival());
  }

  /** One page with its arrival number reserved when it was read, so workers keep input order. */
  private ItemResult<IngestOutcome> ingest(RawPage page, long arrival) {
    ItemResult<CleanDocument> cleaned = stages.clean(page);
    if (cleaned instanceof ItemResult.Failed<CleanDocument> f) {
      return new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message());
    }
    CleanDocument doc = ((ItemResult.Ok<CleanDocument>) cleaned).value();
    if (store.contains(doc.id())) {
      return new ItemResult.Ok<>(page.source(), IngestOutcome.DUPLICATE);
    }
    ItemResult<PageStages.Annotated> annotated = stages.annotate(doc);
    if (annotated instanceof ItemResult.Failed<PageStages.Annotated> f) {
      return new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message());
    }
    PageStages.Annotated a = ((ItemResult.Ok<PageStages.Annotated>) annotated).value();
    try {
      IngestOutcome outcome = store.add(a.article(), a.outlet().country(), arrival);
      if (outcome == IngestOutcome.ADDED && uncommitted.incrementAndGet() >= COMMIT_EVERY) {
        uncommitted.set(0);
        store.commit();
      }
      return new ItemResult.Ok<>(page.source(), outcome);
    } catch (IOException e) {
      return new ItemResult.Failed<>(page.source(), "store", Reason.INTERNAL, "store failed: " + e);
    } catch (RuntimeException e) {
      LOG.debug("storing {} failed", page.source(), e);
      return new ItemResult.Failed<>(page.source(), "store", Reason.INTERNAL, String.valueOf(e));
    }
  }

  /** Recomputes the cross-article analysis (stories, entities, timeline, claims, comparisons). */
  public void refresh() throws IOException {
    synchronized (this) {
      List<Article> articles = store.all();
      CorpusSnapshot fresh = articles.isEmpty() ? CorpusSnapshot.EMPTY : analyzer().analyze(articles);
      if (writable) {
        store.commit();
        SnapshotFile.write(config.dataDir(), articles.size(), fresh);
      }
      snapshot = fresh;
    }
  }

  /** The read side. */
  public Corpus corpus() {
    return corpus;
  }

  /** The stored articles most like {@code articleId} (near-duplicates and reprints first). */
  public List<SearchHit> similar(String articleId, int k) throws IOException {
    return store.similar(articleId, k);
  }

  /**
   * Adds outlets the user states elsewhere (a sources file's outlet and country) to the registry:
   * articles ingested from now on resolve to them, so their country is the one stated, not inferred.
   * They are kept in the data folder's outlets file, so later commands on the store know them too;
   * an outlet already in that file keeps its line. Thread-safe.
   *
   * @throws IOException when the data folder's outlets file cannot be written
   */
  public void addOutlets(List<Outlet> extra) throws IOException {
    Objects.requireNonNull(extra, "extra");
    if (extra.isEmpty()) {
      return;
    }
    synchronized (lazyLock) {
      Path kept = config.dataDir().resolve(OUTLETS_FILE);
      OutletRegistry current = outlets();
      List<String> lines = java.nio.file.Files.isRegularFile(kept)
          ? new ArrayList<>(java.nio.file.Files.readAllLines(kept, java.nio.charset.StandardCharsets.UTF_8))
          : new ArrayList<>();
      boolean added = false;
      for (Outlet o : extra) {
        Optional<Outlet> known = current.find(o.name());
        if (known.isPresent() && !known.get().inferred() && Objects.equals(known.get().country(), o.country())) {
          continue;
        }
        lines.add(o.name().replace("|", " ") + " | " + (o.country() == null ? "" : o.country()) + " | "
            + o.kind().name() + " | " + String.join(", ", o.domains()) + " |");
        added = true;
      }
      if (!added) {
        return;
      }
      java.nio.file.Files.write(kept, lines, java.nio.charset.StandardCharsets.UTF_8);
      registry = OutletRegistry.load(kept);
      analyzer = new CorpusAnalyzer(registry);
    }
  }

  private OutletRegistry outlets() {
    OutletRegistry r = registry;
    if (r == null) {
      synchronized (lazyLock) {
        r = registry;
        if (r == null) {
          Path file = config.outletsFile();
          Path kept = config.dataDir().resolve(OUTLETS_FILE);
          try {
            if (file != null && writable) {
              java.nio.file.Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else if (file == null && java.nio.file.Files.isRegularFile(kept)) {
              file = kept;
            }
            r = OutletRegistry.load(file);
          } catch (IOException e) {
            throw new UncheckedIOException("outlet registry: cannot load " + file, e);
          }
          registry = r;
        }
      }
    }
    return r;
  }

  private CorpusAnalyzer analyzer() {
    CorpusAnalyzer a = analyzer;
    if (a == null) {
      synchronized (lazyLock) {
        a = analyzer;
        if (a == null) {
          a = new CorpusAnalyzer(outlets());
          analyzer = a;
        }
      }
    }
    return a;
  }

  private NlpAnnotator nlp() {
    NlpAnnotator n = nlp;
    if (n == null) {
      synchronized (lazyLock) {
        n = nlp;
        if (n == null) {
          n = new NlpAnnotator();
          nlp = n;
        }
      }
    }
    return n;
  }

  private void requireWritable() {
    if (!writable) {
      throw new IllegalStateException("engine on " + config.dataDir() + " is open read-only");
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.HOURS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // finish the items in flight, then restore the flag
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Commits what was stored and closes the store. */
  @Override
  public void close() throws IOException {
    store.close();
  }
}
