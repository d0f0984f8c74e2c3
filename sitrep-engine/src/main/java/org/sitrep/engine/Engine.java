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
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.live.CorpusUpdate;
import org.sitrep.corpus.live.CorpusUpdater;
import org.sitrep.corpus.live.LiveViews;
import org.sitrep.corpus.story.StoryParams;
import org.sitrep.store.CorpusFields;
import org.sitrep.store.CorpusRecord;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.InputReader;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.AnnotatedDocument;
import org.sitrep.nlp.pack.LanguagePacks;
import org.sitrep.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine per process and data folder: loads the heavy models once, ingests inputs into the
 * store, keeps the corpus up to date incrementally, and serves the read side. Thread-safe.
 *
 * <p>Ingest reads inputs in order, then cleans, annotates and resolves the outlet of each page on a
 * bounded pool of {@link EngineConfig#threads()} workers; the results are put back in arrival
 * order and handed in batches of at most {@value #COMMIT_EVERY} to the {@link CorpusUpdater},
 * which says what to store with each article and which story and entity records change; the
 * articles and records are then written and committed together, so a commit never holds half a
 * batch. No step reads the stored corpus as a whole: adding an article costs the same in a small
 * and a large store. The read side ({@link LiveViews}) answers from the records and computes a
 * story's timeline, claims and comparison from its articles when first asked.
 *
 * <p>A store of the previous format (articles only) is migrated when a writer opens it: the corpus
 * state is rebuilt from its articles in arrival order ({@link #rebuild()}).
 */
public final class Engine implements AutoCloseable {
  static final int COMMIT_EVERY = 200;
  /** Clustering terms the corpus update may hold in memory before it is restored from its records. */
  static final int VOCABULARY_LIMIT = 500_000;
  /**
   * The longest article text ingested, in characters: about 300,000 words, far beyond any news
   * article, and small enough that the article with its annotations stays readable in the store
   * ({@link ArticleStore#MAX_ARTICLE_JSON_CHARS}). A longer page fails as TOO_LARGE before NLP.
   */
  public static final int MAX_ARTICLE_CHARS = 2_000_000;
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
  private volatile @Nullable LanguagePacks nlp;
  private volatile @Nullable LiveViews views;
  private final StoreState state;
  private final java.util.concurrent.atomic.AtomicBoolean stopRequested = new java.util.concurrent.atomic.AtomicBoolean();
  /** The first store write that failed in this ingest (a full disk): the batch stops there. */
  private final java.util.concurrent.atomic.AtomicReference<IOException> storeFailure =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final StoreCorpus corpus;
  /** Guards the corpus update: the updater, the arrival reorder buffer and the pending batch. */
  private final Object corpusLock = new Object();
  private @Nullable CorpusUpdater updater;
  private final java.util.TreeMap<Long, Slot> arrived = new java.util.TreeMap<>();
  private long nextArrival = -1;
  private final List<CorpusUpdater.Incoming> pending = new ArrayList<>();
  private final java.util.Set<String> pendingIds = new java.util.HashSet<>();

  /** One page's place in arrival order: the article to add, or the result already known (a failure). */
  private record Slot(CorpusUpdater.@Nullable Incoming incoming, @Nullable ItemResult<IngestOutcome> done,
      String source, java.util.function.Consumer<ItemResult<IngestOutcome>> report) {}
  private final PageStages stages;

  private Engine(EngineConfig config, ArticleStore store, boolean writable) {
    this.config = config;
    this.store = store;
    this.writable = writable;
    this.state = new StoreState(store);
    this.corpus = new StoreCorpus(store, this::views, this::outlets, writable ? () -> {} : () -> {
      try {
        store.refreshIfChanged(500);
      } catch (IOException e) {
        LOG.warn("store {}: cannot see the latest commit: {}", config.dataDir(), e.toString());
      }
    });
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
      engine.migrateIfNeeded();
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
    return new Engine(config, store, false);
  }

  private void migrateIfNeeded() throws IOException {
    if (store.needsMigration()) {
      LOG.info("store {} has format {}: rebuilding its corpus state and fields from its articles", config.dataDir(),
          store.formatOnDisk());
      rebuild();
      java.nio.file.Files.deleteIfExists(config.dataDir().resolve("snapshot.json"));
    } else if (store.countRecords(CorpusUpdater.STORY) == 0 && store.articleCount() > 0) {
      // articles stored without the corpus layer (a bulk-loaded benchmark store): derive it once
      LOG.info("store {} holds articles without corpus state: rebuilding it", config.dataDir());
      rebuild();
    }
  }

  /**
   * Rebuilds the corpus state (reprint groups, entities, stories) from the stored articles in
   * arrival order, as if they were ingested again in that order, without reading them all into
   * memory; commits every batch and marks the store current. Used to migrate an older store and by
   * {@code ./sitrep rebuild}. Killed half-way, the next writer starts it again.
   *
   * @return the number of articles processed
   */
  public int rebuild() throws IOException {
    requireWritable();
    synchronized (corpusLock) {
      flush();
      store.deleteRecords();
      store.commit();
      CorpusUpdater fresh = CorpusUpdater.fresh(state, StoryParams.defaults(), this::canonicalOutlet);
      int done = updateStored(fresh, null);
      store.markMigrated();
      updater = fresh;
      return done;
    }
  }

  /**
   * Gives the corpus update the stored articles that never had it (articles merged into the store
   * from shards written without the corpus layer), in arrival order, continuing the corpus state;
   * commits every batch. The driver of a distributed ingest calls it after merging its shards.
   *
   * @return the number of articles processed
   */
  public int updateCorpus() throws IOException {
    requireWritable();
    synchronized (corpusLock) {
      flush();
      if (updater == null) {
        updater = new CorpusUpdater(state, StoryParams.defaults(), this::canonicalOutlet);
      }
      try {
        return updateStored(updater, CorpusUpdater.STORY_OF);
      } catch (IOException | RuntimeException e) {
        updater = null; // its memory may be ahead of the store: restore it from the records next time
        throw e;
      }
    }
  }

  /**
   * Hands the stored articles (those without the corpus field {@code missing}, or all) to
   * {@code corpus} in arrival order, rewriting each with its corpus fields and committing each batch
   * with its records; returns how many it processed.
   */
  private int updateStored(CorpusUpdater corpus, @Nullable String missing) throws IOException {
    int[] done = {0};
    try {
      store.forEachInArrivalOrder(COMMIT_EVERY, missing, part -> {
        try {
          List<CorpusUpdater.Incoming> batch = new ArrayList<>();
          for (ArticleStore.Arrived a : part) {
            batch.add(new CorpusUpdater.Incoming(a.article(),
                outlets().resolve(a.article().outlet(), a.article().url(), a.article().text()), a.arrival()));
          }
          CorpusUpdate update = corpus.add(batch);
          for (CorpusUpdate.Fielded f : update.articles()) {
            store.replace(f.article(), countryOf(f), f.arrival(), new CorpusFields(f.keys(), f.stored()));
          }
          writeRecords(update);
          store.commit();
          done[0] += part.size();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return done[0];
  }

  private static @Nullable String countryOf(CorpusUpdate.Fielded f) {
    return f.stored().get(CorpusUpdater.COUNTRY);
  }

  private String canonicalOutlet(String credit) {
    return outlets().find(credit).map(Outlet::name).orElse(credit.strip());
  }

  private void writeRecords(CorpusUpdate update) throws IOException {
    for (CorpusUpdate.Record r : update.records()) {
      store.putRecord(new CorpusRecord(r.kind(), r.id(), r.keys(), r.numbers(), r.json()));
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
      if (result instanceof ItemResult.Failed<IngestOutcome> f && "store".equals(f.stage()) && storeFailure.get() != null) {
        return; // the store failure ends the batch with one message (thrown below), not one per item
      }
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
    storeFailure.set(null);
    try {
      for (Path path : paths) {
        if (halted()) {
          break;
        }
        try (Stream<ItemResult<RawPage>> pages = reader.read(path)) {
          for (var it = pages.iterator(); it.hasNext() && !halted(); ) {
            ItemResult<RawPage> item = it.next();
            if (item instanceof ItemResult.Failed<RawPage> f) {
              record.accept(new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message()));
              continue;
            }
            RawPage page = ((ItemResult.Ok<RawPage>) item).value();
            long arrival = reserve();
            slots.acquireUninterruptibly();
            try {
              pool.execute(() -> {
                try {
                  process(page, arrival, record);
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
    IOException failed = storeFailure.get();
    if (failed != null) {
      throw new org.sitrep.store.StoreException(describeStoreFailure(failed), failed);
    }
    try {
      // also after a stop: the corpus update is per batch, so what is done is committed whole
      refresh();
    } catch (IOException e) {
      throw new org.sitrep.store.StoreException(describeStoreFailure(e), e);
    }
    return new IngestReport(added.get(), duplicates.get(), failures);
  }

  /**
   * Adds articles that are already cleaned and annotated (arrival order), resolving each outlet and
   * updating the corpus as {@link #ingest(List, IngestListener)} does after the NLP; commits. For
   * generated corpora and benchmarks; articles already stored are counted as duplicates.
   */
  public IngestReport addArticles(List<Article> articles) throws IOException {
    Objects.requireNonNull(articles, "articles");
    requireWritable();
    int[] counts = new int[2];
    for (Article a : articles) {
      Outlet outlet = outlets().resolve(a.outlet(), a.url(), a.text());
      Article named = PageStages.withOutletAndWarnings(a, outlet, List.of());
      submit(reserve(), new Slot(new CorpusUpdater.Incoming(named, outlet, 0), null, a.source(), r -> {
        if (r instanceof ItemResult.Ok<IngestOutcome> ok) {
          counts[ok.value() == IngestOutcome.ADDED ? 0 : 1]++;
        }
      }));
    }
    refresh();
    return new IngestReport(counts[0], counts[1], List.of());
  }

  /**
   * Asks a running {@link #ingest(List, IngestListener)} to stop (on SIGTERM): no new input is
   * read, the pages in flight finish, what is done is committed, and ingest returns its report.
   * Thread-safe; the engine stays stopped for ingest.
   */
  public void stop() {
    stopRequested.set(true);
  }

  /** Whether {@link #stop()} was called. */
  public boolean stopped() {
    return stopRequested.get();
  }

  private boolean halted() {
    return stopRequested.get() || storeFailure.get() != null;
  }

  private String describeStoreFailure(IOException e) {
    String message = String.valueOf(e.getMessage());
    String committed;
    try {
      committed = store.committedArticles() + " articles are committed";
    } catch (IOException | RuntimeException unreadable) {
      committed = "the last commit stands";
    }
    boolean full = message.contains("No space left on device") || message.contains("not enough space")
        || message.contains("Disk quota exceeded");
    return (full ? "the disk holding " + config.dataDir() + " is full (" + message + ")"
        : "writing to the store in " + config.dataDir() + " failed (" + message + ")")
        + "; ingest stopped at the first failure: " + committed + " and the store stays readable;"
        + " the articles after the last commit were not kept. " + (full ? "Free some space and run" : "Run")
        + " the same command again: stored articles are skipped as duplicates.";
  }


  /**
   * Ingests one page (the watcher's path): it is added to the corpus batch; call {@link #refresh()}
   * after a poll to commit it.
   */
  public ItemResult<IngestOutcome> ingest(RawPage page) {
    Objects.requireNonNull(page, "page");
    requireWritable();
    // callers may ingest pages from several threads: a page's outcome is known once every page
    // reserved before it has been put in order, which another thread may do
    java.util.concurrent.CompletableFuture<ItemResult<IngestOutcome>> result = new java.util.concurrent.CompletableFuture<>();
    process(page, reserve(), result::complete);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true; // the page is in flight: its outcome follows
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("ingest of " + page.source() + " failed", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private long reserve() {
    synchronized (corpusLock) {
      long a = store.reserveArrival();
      if (nextArrival < 0) {
        nextArrival = a;
      }
      return a;
    }
  }

  /** Cleans, annotates and resolves one page, then puts it in its arrival place for the corpus update. */
  private void process(RawPage page, long arrival, java.util.function.Consumer<ItemResult<IngestOutcome>> report) {
    Slot slot;
    try {
      slot = prepare(page, report);
    } catch (RuntimeException e) {
      slot = new Slot(null, new ItemResult.Failed<>(page.source(), "engine", Reason.INTERNAL, String.valueOf(e)),
          page.source(), report);
    }
    try {
      submit(arrival, slot);
    } catch (IOException e) {
      // a failed write (a full disk) breaks the writer: the batch stops here, not item after item
      storeFailure.compareAndSet(null, e);
      report.accept(new ItemResult.Failed<>(page.source(), "store", Reason.INTERNAL, "store failed: " + e));
    }
  }

  /** Puts a page in its arrival place; pages now in order go to the batch, a full batch is stored. */
  private void submit(long arrival, Slot slot) throws IOException {
    synchronized (corpusLock) {
      arrived.put(arrival, slot);
      while (!arrived.isEmpty() && arrived.firstKey() == nextArrival) {
        Slot s = arrived.pollFirstEntry().getValue();
        nextArrival++;
        if (s.incoming() == null) {
          s.report().accept(s.done());
          continue;
        }
        Article a = s.incoming().article();
        if (pendingIds.contains(a.id()) || store.contains(a.id())) {
          s.report().accept(new ItemResult.Ok<>(s.source(), IngestOutcome.DUPLICATE));
          continue;
        }
        int json = org.sitrep.json.SitrepJson.line(a).length();
        if (json > ArticleStore.MAX_ARTICLE_JSON_CHARS) {
          s.report().accept(new ItemResult.Failed<>(s.source(), "store", Reason.TOO_LARGE, "article " + a.id() + " is "
              + json + " characters as JSON; the store keeps articles of at most " + ArticleStore.MAX_ARTICLE_JSON_CHARS));
          continue;
        }
        if (storeFailure.get() != null) {
          s.report().accept(new ItemResult.Failed<>(s.source(), "store", Reason.INTERNAL,
              "not stored: the store failed before it (" + storeFailure.get().getMessage() + ")"));
          continue;
        }
        pendingIds.add(a.id());
        pending.add(new CorpusUpdater.Incoming(a, s.incoming().outlet(), nextArrival - 1));
        s.report().accept(new ItemResult.Ok<>(s.source(), IngestOutcome.ADDED));
        if (pending.size() >= COMMIT_EVERY) {
          flush();
        }
      }
    }
  }

  /** Runs the corpus update on the pending batch and stores its articles and records in one commit. */
  private void flush() throws IOException {
    synchronized (corpusLock) {
      if (pending.isEmpty()) {
        return;
      }
      if (updater == null) {
        updater = new CorpusUpdater(state, StoryParams.defaults(), this::canonicalOutlet);
      }
      CorpusUpdate update;
      try {
        update = updater.add(List.copyOf(pending));
      } catch (IOException | RuntimeException e) {
        updater = null; // its memory may be ahead of the store: restore it from the records next time
        throw e;
      }
      try {
        for (CorpusUpdate.Fielded f : update.articles()) {
          store.add(f.article(), countryOf(f), f.arrival(), new CorpusFields(f.keys(), f.stored()));
        }
        writeRecords(update);
        store.commit();
        if (updater.vocabulary() > VOCABULARY_LIMIT) {
          // memory stays bounded in a months-long watch: the next batch restores the open stories
          // from their records, with only their terms
          updater = null;
        }
      } catch (IOException | RuntimeException e) {
        updater = null;
        throw e;
      } finally {
        pending.clear();
        pendingIds.clear();
      }
    }
  }

  /** One page cleaned, annotated and with its outlet: the slot to put in arrival order. */
  private Slot prepare(RawPage page, java.util.function.Consumer<ItemResult<IngestOutcome>> report) {
    ItemResult<CleanDocument> cleaned = stages.clean(page);
    if (cleaned instanceof ItemResult.Failed<CleanDocument> f) {
      return new Slot(null, new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message()), page.source(), report);
    }
    CleanDocument doc = ((ItemResult.Ok<CleanDocument>) cleaned).value();
    if (store.contains(doc.id())) {
      return new Slot(null, new ItemResult.Ok<>(page.source(), IngestOutcome.DUPLICATE), page.source(), report);
    }
    ItemResult<PageStages.Annotated> annotated = stages.annotate(doc);
    if (annotated instanceof ItemResult.Failed<PageStages.Annotated> f) {
      return new Slot(null, new ItemResult.Failed<>(f.source(), f.stage(), f.reason(), f.message()), page.source(), report);
    }
    PageStages.Annotated a = ((ItemResult.Ok<PageStages.Annotated>) annotated).value();
    return new Slot(new CorpusUpdater.Incoming(a.article(), a.outlet(), 0), null, page.source(), report);
  }


  /**
   * Stores the pending batch (what {@link #ingest(RawPage)} added since) with its corpus update and
   * commits: after it, every ingested article is durable and visible to the read side and to other
   * processes reading the store.
   */
  public void refresh() throws IOException {
    if (!writable) {
      store.refreshIfChanged(0);
      return;
    }
    synchronized (corpusLock) {
      if (pending.isEmpty()) {
        store.commit();
      } else {
        flush(); // which commits
      }
    }
  }

  /**
   * Removes articles from the store by id, commits, and rebuilds the corpus state ({@link #rebuild()}).
   *
   * @return the ids that were stored and are now removed (unknown ids are left out)
   */
  public List<String> remove(List<String> ids) throws IOException {
    Objects.requireNonNull(ids, "ids");
    requireWritable();
    List<String> removed = new ArrayList<>();
    for (String id : ids) {
      if (store.delete(id)) {
        removed.add(id);
      }
    }
    if (!removed.isEmpty()) {
      store.commit();
      // a removed article may have started its story or named an entity first: the corpus state
      // is derived again from the articles that remain (linear in the store; removal is rare)
      rebuild();
    }
    return removed;
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
        // one outlet per line: a line break or a '|' in a name would corrupt the file
        lines.add(o.name().replaceAll("[|\\p{Cntrl}\u2028\u2029]", " ").strip() + " | "
            + (o.country() == null ? "" : o.country()) + " | "
            + o.kind().name() + " | " + String.join(", ", o.domains()) + " |");
        added = true;
      }
      if (!added) {
        return;
      }
      java.nio.file.Files.write(kept, lines, java.nio.charset.StandardCharsets.UTF_8);
      registry = OutletRegistry.load(kept);
      analyzer = new CorpusAnalyzer(registry);
      views = null;
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

  private LiveViews views() {
    LiveViews v = views;
    if (v == null) {
      synchronized (lazyLock) {
        v = views;
        if (v == null) {
          v = new LiveViews(state, analyzer(), outlets());
          views = v;
        }
      }
    }
    return v;
  }

  private LanguagePacks nlp() {
    LanguagePacks n = nlp;
    if (n == null) {
      synchronized (lazyLock) {
        n = nlp;
        if (n == null) {
          n = new LanguagePacks(NlpConfig.defaults());
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

  /** Stores and commits the pending batch, then closes the store. */
  @Override
  public void close() throws IOException {
    try {
      if (writable) {
        synchronized (corpusLock) {
          flush();
        }
      }
    } finally {
      store.close();
    }
  }
}
