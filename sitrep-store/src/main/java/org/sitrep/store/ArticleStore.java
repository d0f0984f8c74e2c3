package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.corpus.InvalidQueryException;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.corpus.ArticleHead;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.json.SitrepJson;

/**
 * Articles on disk in a Lucene index under {@code DIR/index}: each article is one document holding
 * its full JSON (stored) and indexed fields for BM25 full-text search over title and text, each
 * paragraph in a field analysed for its language ({@link TextLanguages}: English and the default,
 * Chinese, Korean, Russian), filters and facets by outlet, country and entity, a publication-day range, and
 * a hashed term vector for "more like this".
 *
 * <p>Adds are idempotent on the article id. They become durable at {@link #commit()}; Lucene
 * commits are atomic, so a process killed mid-ingest leaves the last commit: whole articles only.
 * Every commit records the format version and the article count in its user data. Reads see
 * uncommitted adds of this process (near-real-time). Thread-safe; one writer per folder (a second
 * writing process is refused with a clear message).
 */
public final class ArticleStore implements AutoCloseable {
  static final String INDEX_DIR = "index";
  static final String ID = "id";
  static final String JSON = "json";
  /** What a list shows of an article (see {@link ArticleHead}), as JSON in a doc value: read without the article. */
  static final String HEAD = "headdv";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String COUNTRY = "country";
  static final String ENTITY = "entity";
  static final String DAY = "day";
  static final String SEQ = "seq";
  static final String VECTOR = "vector";
  /**
   * Graph neighbours searched per inserted vector of the similar-article index (Lucene's default is
   * 100): the graph is rebuilt by every merge, which made it about a sixth of the store's CPU; the
   * vectors are hashed term counts, where a narrower search finds the same few nearest articles.
   */
  static final int VECTOR_BEAM = 32;
  /** The default codec with that graph for {@link #VECTOR}; a store reads with the default codec alike. */
  private static final org.apache.lucene.codecs.Codec CODEC = new org.apache.lucene.codecs.lucene103.Lucene103Codec() {
    private final org.apache.lucene.codecs.KnnVectorsFormat vectors =
        new org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat(16, VECTOR_BEAM);

    @Override
    public org.apache.lucene.codecs.KnnVectorsFormat getKnnVectorsFormatForField(String field) {
      return vectors;
    }
  };

  /** Facet dimensions of {@link SearchResult#facets()}. */
  public static final List<String> FACETS = List.of(OUTLET, COUNTRY, ENTITY);

  /**
   * The largest stored article, as JSON characters. The JSON reader refuses a string longer than
   * 20,000,000 characters, so an article above that could be written but never read back; this
   * bound keeps every stored article readable. {@link #add} refuses a larger one with {@link
   * ArticleTooLargeException}.
   */
  public static final int MAX_ARTICLE_JSON_CHARS = 16_000_000;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleStore.class);
  private static final int FACET_TOP = 20;
  private static final String FORMAT_KEY = "format";
  private static final String ARTICLES_KEY = "articles";

  private final Path dir;
  private final boolean writerMode;
  private volatile int formatOnDisk = StoreFormat.CURRENT;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final TextLanguages languages = new TextLanguages();
  private final Analyzer analyzer = languages.perField();
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final TermVector vectors = new TermVector(languages.analyzer(TextLanguages.DEFAULT));
  private final Snippets snippets = new Snippets(languages);
  /** Ids added since the last commit (the index answers for the others): memory stays bounded by a batch. */
  private final Set<String> pending = new java.util.HashSet<>();
  private final AtomicLong nextSeq;
  private volatile @Nullable FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private ArticleStore(Path dir, boolean write) throws IOException {
    this.dir = dir;
    this.writerMode = write;
    facetsConfig.setMultiValued(ENTITY, true);
    Path indexPath = dir.resolve(INDEX_DIR);
    this.directory = FSDirectory.open(indexPath);
    boolean ok = false;
    try {
      if (DirectoryReader.indexExists(directory)) {
        checkCommitFormat();
      } else if (!orphans(indexPath).isEmpty()) {
        throw lostCommit(dir, orphans(indexPath));
      } else if (!write) {
        throw new StoreException("no corpus in " + dir + ": run ./sitrep ingest --data " + dir + " PATH... first");
      }
      if (write) {
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        iwc.setCommitOnClose(false);
        iwc.setRAMBufferSizeMB(64);
        iwc.setCodec(CODEC);
        try {
          this.writer = new IndexWriter(directory, iwc);
        } catch (LockObtainFailedException e) {
          throw new StoreException("store " + dir + " is in use by another Sitrep process (ingest or"
              + " serve); stop it or use another --data folder", e);
        }
        this.searchers = new SearcherManager(writer, null);
      } else {
        this.writer = null;
        this.searchers = new SearcherManager(directory, null);
      }
      this.nextSeq = new AtomicLong(loadIds() + 1);
      ok = true;
    } finally {
      if (!ok) {
        directory.close();
      }
    }
  }

  /** Opens the store in {@code dir} for reading and writing, creating it when absent. */
  public static ArticleStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    int found = StoreFormat.check(dir, true);
    ArticleStore store = new ArticleStore(dir, true);
    store.formatOnDisk = found;
    if (!DirectoryReader.indexExists(store.directory)) {
      store.commit(); // a new store: make the empty index and its format visible at once
    }
    return store;
  }

  /**
   * Opens an existing store for reading only (no lock: a running ingest or server may hold the
   * writer). Sees the last commit at open.
   *
   * @throws StoreException when there is no store in {@code dir} or its format is not this one
   */
  public static ArticleStore openReadOnly(Path dir) throws IOException {
    List<String> orphans = orphans(dir.resolve(INDEX_DIR));
    if (!exists(dir) && !orphans.isEmpty()) {
      throw lostCommit(dir, orphans);
    }
    if (!exists(dir)) {
      throw new StoreException("no corpus in " + dir + ": run ./sitrep ingest --data " + dir + " PATH... first");
    }
    StoreFormat.check(dir, false);
    return new ArticleStore(dir, false);
  }

  /** True when {@code dir} holds a store with at least one commit. */
  public static boolean exists(Path dir) {
    Path index = dir.resolve(INDEX_DIR);
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory d = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The format version found on disk when the store was opened: below {@link StoreFormat#CURRENT}
   * the caller must migrate (rebuild the corpus state), then call {@link #markMigrated()}.
   */
  public int formatOnDisk() {
    return formatOnDisk;
  }

  /**
   * Whether the store on disk is of an older format that a writer must migrate (rebuild its corpus
   * state, which rewrites every article's document), then call {@link #markMigrated()}.
   *
   * <p>NOTE: callers in other modules ask this rather than compare with {@link StoreFormat#CURRENT},
   * a constant the compiler copies into their classes (a stale copy would skip a migration).
   */
  public boolean needsMigration() {
    return formatOnDisk < StoreFormat.CURRENT;
  }

  /** Records that the store now holds the current format (after a migration was committed). */
  public void markMigrated() throws IOException {
    commit();
    StoreFormat.write(dir, StoreFormat.CURRENT);
    formatOnDisk = StoreFormat.CURRENT;
  }

  /** Segment files in an index folder ({@code _0.cfs}, {@code _1.si}...); empty when there is none. */
  private static List<String> orphans(Path index) {
    if (!Files.isDirectory(index)) {
      return List.of();
    }
    try (var files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("_")).sorted().toList();
    } catch (IOException e) {
      return List.of(); // an unlistable folder fails on open with its own message
    }
  }

  /**
   * Segment files without a commit point that names them: {@code segments_N} was lost or damaged.
   * Opening for writing would start a new index and delete them, so the store refuses to open.
   */
  private static StoreException lostCommit(Path dir, List<String> orphans) {
    return new StoreException("store " + dir + " is damaged: " + dir.resolve(INDEX_DIR) + " holds " + orphans.size()
        + " segment files (" + String.join(", ", orphans.subList(0, Math.min(4, orphans.size())))
        + (orphans.size() > 4 ? ", ..." : "") + ") but no commit point (segments_N is missing or unreadable)."
        + " Nothing was changed. Restore " + dir.resolve(INDEX_DIR) + " from a backup, or move " + dir
        + " aside and ingest the inputs again into a new store.");
  }

  /** The store folder. */
  public Path dir() {
    return dir;
  }

  private void checkCommitFormat() throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String format = data.get(FORMAT_KEY);
    if (format != null && !format.equals(Integer.toString(StoreFormat.CURRENT))
        && !(writerMode && StoreFormat.migrates(format))) {
      throw new StoreException("store " + dir + ": index commit has format " + format
          + ", this version reads format " + StoreFormat.CURRENT);
    }
  }

  /** Reads all ids into memory and returns the highest arrival number (0 when empty). */
  private long loadIds() throws IOException {
    long max = 0;
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        SortedDocValues idValues = leaf.reader().getSortedDocValues(ID);
        NumericDocValues seqValues = leaf.reader().getNumericDocValues(SEQ);
        if (seqValues != null) {
          for (int doc = seqValues.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = seqValues.nextDoc()) {
            max = Math.max(max, seqValues.longValue());
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return max;
  }

  /**
   * Adds an article unless one with the same id is stored; durable at the next {@link #commit()}.
   *
   * @param country the outlet's country (ISO code) for the country facet, or null
   */
  public IngestOutcome add(Article article, @Nullable String country) throws IOException {
    return add(article, country, nextSeq.getAndIncrement());
  }

  /**
   * Reserves the next arrival number, so parallel workers can store articles in input order: an
   * article added with {@link #add(Article, String, long)} and this number sorts where it was read.
   */
  public long reserveArrival() {
    return nextSeq.getAndIncrement();
  }

  /** Adds an article with an arrival number from {@link #reserveArrival()}. */
  public IngestOutcome add(Article article, @Nullable String country, long arrival) throws IOException {
    return add(article, country, arrival, CorpusFields.NONE);
  }

  /**
   * Adds an article with an arrival number and the corpus fields the corpus update derived for it
   * (its reprint bands, story, corpus entity ids...), all in one document, so a commit holds the
   * article and its corpus fields or neither.
   */
  public IngestOutcome add(Article article, @Nullable String country, long arrival, CorpusFields fields)
      throws IOException {
    IndexWriter w = requireWriter();
    String json = SitrepJson.line(article);
    if (json.length() > MAX_ARTICLE_JSON_CHARS) {
      throw new ArticleTooLargeException("article " + article.id() + " is " + json.length()
          + " characters as JSON; the store keeps articles of at most " + MAX_ARTICLE_JSON_CHARS);
    }
    synchronized (pending) {
      if (pending.contains(article.id()) || storedId(article.id())) {
        return IngestOutcome.DUPLICATE;
      }
      pending.add(article.id());
    }
    try {
      Document doc = document(article, json, country, arrival);
      fields.addTo(doc);
      articleCount(); // counted before the first change
      w.addDocument(facetsConfig.build(doc));
      articles.incrementAndGet();
    } catch (AlreadyClosedException e) {
      synchronized (pending) {
        pending.remove(article.id());
      }
      throw closed(w, e);
    } catch (IOException | RuntimeException e) {
      synchronized (pending) {
        pending.remove(article.id());
      }
      throw e;
    }
    return IngestOutcome.ADDED;
  }

  /**
   * Rewrites a stored article's document with new corpus fields, keeping its arrival number (the
   * corpus rebuild of an existing store); durable at the next {@link #commit()}.
   */
  public void replace(Article article, @Nullable String country, long arrival, CorpusFields fields) throws IOException {
    IndexWriter w = requireWriter();
    Document doc = document(article, SitrepJson.line(article), country, arrival);
    fields.addTo(doc);
    w.updateDocument(new Term(ID, article.id()), facetsConfig.build(doc));
  }

  /** Deletes every corpus record (before a rebuild of the corpus state); durable at the next commit. */
  public void deleteRecords() throws IOException {
    requireWriter().deleteDocuments(new org.apache.lucene.search.FieldExistsQuery(RKIND_SORT));
  }

  /** A stored article with its arrival number. */
  public record Arrived(Article article, long arrival) {}

  /**
   * Every stored article in arrival order, read in chunks of {@code chunk} from one point-in-time
   * view, so the whole corpus is never in memory (only the arrival order, 16 bytes an article).
   */
  public void forEachInArrivalOrder(int chunk, java.util.function.Consumer<List<Arrived>> consumer) throws IOException {
    forEachInArrivalOrder(chunk, null, consumer);
  }

  /**
   * As {@link #forEachInArrivalOrder(int, java.util.function.Consumer)}, only the articles stored
   * without the corpus field {@code missing} (articles added without the corpus layer, such as the
   * shards a distributed ingest merged); all of them when it is null.
   */
  public void forEachInArrivalOrder(int chunk, @Nullable String missing,
      java.util.function.Consumer<List<Arrived>> consumer) throws IOException {
    IndexSearcher s = acquire();
    try {
      List<long[]> order = new ArrayList<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        NumericDocValues seq = leaf.reader().getNumericDocValues(SEQ);
        if (seq == null) {
          continue;
        }
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = seq.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = seq.nextDoc()) {
          if (live == null || live.get(doc)) {
            order.add(new long[] {seq.longValue(), leaf.docBase + doc});
          }
        }
      }
      order.sort(Comparator.comparingLong(x -> x[0]));
      StoredFields stored = s.storedFields();
      for (int from = 0; from < order.size(); from += chunk) {
        List<Arrived> part = new ArrayList<>();
        for (long[] x : order.subList(from, Math.min(order.size(), from + chunk))) {
          if (missing != null && stored.document((int) x[1], Set.of(CorpusFields.PREFIX + missing))
              .get(CorpusFields.PREFIX + missing) != null) {
            continue;
          }
          part.add(new Arrived(load(stored, (int) x[1]), x[0]));
        }
        if (!part.isEmpty()) {
          consumer.accept(part);
        }
      }
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Whether the id is in the searcher's current view, without refreshing it: an article added since
   * the last refresh is in {@link #pending} (cleared only by a commit, which refreshes), so the
   * answer with the pending set is exact, and adding an article never forces a new segment.
   */
  private boolean storedId(String articleId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(ID, articleId))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Removes the article with this id; durable at the next {@link #commit()}.
   *
   * @return whether it was stored
   */
  public boolean delete(String articleId) throws IOException {
    IndexWriter w = requireWriter();
    if (!contains(articleId)) {
      return false;
    }
    synchronized (pending) {
      pending.remove(articleId);
    }
    articleCount();
    w.deleteDocuments(new Term(ID, articleId));
    articles.decrementAndGet();
    searchers.maybeRefreshBlocking(); // removal is rare: the view forgets the article at once
    return true;
  }

  /**
   * What {@link #check()} found: files whose checksums do not match, and articles whose JSON
   * cannot be read (each as {@code id: reason}).
   */
  public record CheckReport(int articles, List<String> corrupt, List<String> unreadable) {
    public CheckReport {
      corrupt = List.copyOf(corrupt);
      unreadable = List.copyOf(unreadable);
    }

    /** True when nothing is wrong. */
    public boolean ok() {
      return corrupt.isEmpty() && unreadable.isEmpty();
    }
  }

  /**
   * Verifies the last commit: every index file's checksum (Lucene keeps one per file; a flipped
   * byte anywhere shows here) and that every article's JSON reads back. Reads the whole index.
   */
  public CheckReport check() throws IOException {
    List<String> corrupt = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int articles = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        try {
          leaf.reader().checkIntegrity();
        } catch (org.apache.lucene.index.CorruptIndexException e) {
          String segment = leaf.reader() instanceof org.apache.lucene.index.SegmentReader sr
              ? sr.getSegmentName() : "segment " + leaf.ord;
          corrupt.add("segment " + segment + " (" + leaf.reader().numDocs() + " articles): "
              + firstLine(e.getMessage()).replaceFirst("^.*?(checksum failed)", "$1"));
          continue;
        }
        StoredFields stored = leaf.reader().storedFields();
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (stored.document(doc, Set.of(JSON, RJSON)).get(RJSON) != null) {
            continue; // a corpus record, not an article
          }
          articles++;
          try {
            load(stored, doc);
          } catch (IOException | RuntimeException e) {
            unreadable.add(idOf(stored, doc) + ": " + firstLine(e.getMessage()));
          }
        }
      }
    } catch (org.apache.lucene.index.CorruptIndexException e) {
      corrupt.add(firstLine(e.getMessage()));
    }
    return new CheckReport(articles, corrupt, unreadable);
  }

  /**
   * Adds every article of other stores (shards, each written by this class elsewhere, e.g. one per
   * worker of a distributed ingest) by copying their index segments with
   * {@link IndexWriter#addIndexes(Directory...)}: the documents are the shards' own, so the schema is
   * this one, and each article keeps the arrival number it was added with. Durable at the next
   * {@link #commit()}; the shards are left as they are.
   *
   * @return the number of articles added
   * @throws StoreException when a shard is not a store of this format, or an article id is in two
   *     shards or in a shard and this store (the shards are refused whole, nothing is added)
   */
  public int addStores(List<Path> shards) throws IOException {
    IndexWriter w = requireWriter();
    Set<String> incoming = new java.util.HashSet<>();
    for (Path shard : shards) {
      try (ArticleStore s = openReadOnly(shard)) {
        for (String id : s.ids()) {
          if (storedId(id) || !incoming.add(id)) {
            throw new StoreException("cannot add shard " + shard + " to " + dir + ": article " + id
                + " is stored twice (in this store or an earlier shard); shards must hold distinct articles");
          }
        }
      }
    }
    if (incoming.isEmpty()) {
      return 0;
    }
    List<Directory> dirs = new ArrayList<>();
    try {
      for (Path shard : shards) {
        dirs.add(FSDirectory.open(shard.resolve(INDEX_DIR)));
      }
      synchronized (this) {
        w.addIndexes(dirs.toArray(Directory[]::new));
        articles.set(-1); // counted again when next asked
        searchers.maybeRefreshBlocking();
        long max = loadIds();
        nextSeq.accumulateAndGet(max + 1, Math::max);
      }
    } finally {
      for (Directory d : dirs) {
        d.close();
      }
    }
    return incoming.size();
  }

  /** True when an article with this id is stored (committed or not). */
  public boolean contains(String articleId) {
    synchronized (pending) {
      if (pending.contains(articleId)) {
        return true;
      }
    }
    try {
      return storedId(articleId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of all stored articles (committed or not), a copy. */
  public Set<String> ids() throws IOException {
    Set<String> out = new java.util.HashSet<>();
    IndexSearcher s = acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        SortedDocValues idValues = leaf.reader().getSortedDocValues(ID);
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        if (idValues == null) {
          continue;
        }
        for (int doc = idValues.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = idValues.nextDoc()) {
          if (live == null || live.get(doc)) {
            out.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Number of stored articles (committed or not). */
  public int size() {
    try {
      return articleCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document document(Article a, String json, @Nullable String country, long seq) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new org.apache.lucene.util.BytesRef(a.id())));
    doc.add(new StoredField(JSON, json));
    doc.add(new org.apache.lucene.document.BinaryDocValuesField(HEAD,
        new org.apache.lucene.util.BytesRef(headJson(a))));
    doc.add(new NumericDocValuesField(SEQ, seq));
    if (a.title() != null) {
      String lang = TextLanguages.languageOf(a.title(), 0, a.title().length(), a.language());
      doc.add(new TextField(TextLanguages.titleField(lang), a.title(), Field.Store.NO));
    }
    TextLanguages.split(a.text(), a.language())
        .forEach((lang, part) -> doc.add(new TextField(TextLanguages.textField(lang), part, Field.Store.NO)));
    String outlet = blankToNull(a.outlet());
    if (outlet != null) {
      doc.add(new StringField(OUTLET, outlet, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(OUTLET, outlet));
    }
    String c = blankToNull(country);
    if (c != null) {
      doc.add(new StringField(COUNTRY, c, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(COUNTRY, c));
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      String name = blankToNull(e.name());
      if (name != null) {
        names.add(name);
      }
    }
    for (String name : names) {
      doc.add(new StringField(ENTITY, name, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(ENTITY, name));
    }
    LocalDate day = day(a.published());
    if (day != null) {
      doc.add(new LongPoint(DAY, day.toEpochDay()));
      doc.add(new NumericDocValuesField(DAY, day.toEpochDay()));
    }
    float[] v = vectors.of((a.title() == null ? "" : a.title() + "\n\n") + a.text());
    if (v != null) {
      doc.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return doc;
  }

  /** Makes every add so far durable, atomically, with the format and article count. */
  public void commit() throws IOException {
    IndexWriter w = requireWriter();
    synchronized (this) {
      Map<String, String> data = new HashMap<>();
      data.put(FORMAT_KEY, Integer.toString(StoreFormat.CURRENT));
      data.put(ARTICLES_KEY, Integer.toString(articleCount()));
      w.setLiveCommitData(data.entrySet());
      try {
        w.commit();
      } catch (AlreadyClosedException e) {
        throw closed(w, e);
      }
      searchers.maybeRefreshBlocking();
      synchronized (pending) {
        pending.clear();
      }
    }
  }

  /** The writer closed itself after a failed write (a full disk): say so with the first cause. */
  private StoreException closed(IndexWriter w, AlreadyClosedException e) {
    Throwable tragic = w.getTragicException();
    return new StoreException("store " + dir + " stopped writing after an earlier failure: "
        + (tragic == null ? e.getMessage() : tragic.getMessage()), tragic == null ? e : tragic);
  }

  /** The number of articles in the last commit (what a fresh process would see). */
  public int committedArticles() throws IOException {
    String n = SegmentInfos.readLatestCommit(directory).getUserData().get(ARTICLES_KEY);
    return n == null ? 0 : Integer.parseInt(n);
  }

  /** The stored article with this id. */
  public Optional<Article> get(String articleId) throws IOException {
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, articleId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(load(s.storedFields(), top.scoreDocs[0].doc));
      } catch (IOException | RuntimeException e) {
        throw new StoreException("store " + dir + ": article " + articleId + " cannot be read (" + firstLine(e.getMessage())
            + "); remove it with ./sitrep remove " + articleId + " --data " + dir, e);
      }
    } finally {
      searchers.release(s);
    }
  }

  private static String headJson(Article a) {
    try {
      return SitrepJson.mapper().writeValueAsString(ArticleHead.of(a));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("article " + a.id() + ": head not written as JSON", e);
    }
  }

  /**
   * The heads of the stored articles with these ids, in the order given (unknown ids left out):
   * read from a small stored field, so a list of 200 costs what 200 index look-ups cost; an article
   * stored before the field existed is read whole.
   */
  public List<ArticleHead> heads(List<String> articleIds) throws IOException {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    IndexSearcher s = acquire();
    try {
      List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>();
      for (String id : new LinkedHashSet<>(articleIds)) {
        terms.add(new org.apache.lucene.util.BytesRef(id));
      }
      TopDocs top = s.search(new org.apache.lucene.search.TermInSetQuery(ID, terms), terms.size());
      StoredFields stored = null;
      Map<String, ArticleHead> byId = new HashMap<>();
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      for (ScoreDoc d : top.scoreDocs) {
        // the head is a doc value, read without decompressing the stored article around it
        org.apache.lucene.util.BytesRef head = binaryValue(leaves, d.doc, HEAD);
        ArticleHead h;
        if (head != null) {
          h = SitrepJson.mapper().readValue(head.utf8ToString(), ArticleHead.class);
        } else {
          if (stored == null) {
            stored = s.storedFields();
          }
          h = ArticleHead.of(load(stored, d.doc));
        }
        byId.put(h.id(), h);
      }
      List<ArticleHead> out = new ArrayList<>(byId.size());
      for (String id : articleIds) {
        ArticleHead h = byId.get(id);
        if (h != null) {
          out.add(h);
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** Every stored article in arrival (ingest) order. */
  public List<Article> all() throws IOException {
    IndexSearcher s = acquire();
    try {
      List<long[]> order = new ArrayList<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        NumericDocValues seq = leaf.reader().getNumericDocValues(SEQ);
        if (seq == null) {
          continue;
        }
        for (int doc = seq.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = seq.nextDoc()) {
          order.add(new long[] {seq.longValue(), leaf.docBase + doc});
        }
      }
      order.sort(Comparator.comparingLong(x -> x[0]));
      StoredFields stored = s.storedFields();
      List<Article> out = new ArrayList<>(order.size());
      for (long[] x : order) {
        Article a = loadOrSkip(stored, (int) x[1]);
        if (a != null) {
          out.add(a);
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Full-text search with filters, facets and snippets. The text is parsed by Lucene's classic
   * syntax: words (all required by default), "quoted phrases", AND, OR, NOT, -word, field:value,
   * parentheses; an empty text matches everything, newest first.
   *
   * @throws InvalidQueryException when the text or a filter cannot be understood
   */
  public SearchResult search(SearchQuery query) throws IOException {
    Query text = parse(query.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    // corpus records share the index: only articles are hits
    b.add(new org.apache.lucene.search.FieldExistsQuery(SEQ), BooleanClause.Occur.FILTER);
    addAny(b, OUTLET, query.outlets());
    addAny(b, COUNTRY, query.countries());
    addAny(b, ENTITY, query.entities());
    LocalDate from = filterDate("from", query.from());
    LocalDate to = filterDate("to", query.to());
    if (from != null || to != null) {
      if (from != null && to != null && from.isAfter(to)) {
        throw new InvalidQueryException("search: --from " + from + " is after --to " + to);
      }
      b.add(LongPoint.newRangeQuery(DAY, from == null ? Long.MIN_VALUE : from.toEpochDay(),
          to == null ? Long.MAX_VALUE : to.toEpochDay()), BooleanClause.Occur.FILTER);
    }
    Query q = b.build();
    int n = query.offset() + query.limit();
    IndexSearcher s = acquire();
    try {
      FacetsCollectorManager.FacetsResult r;
      try {
        if (text instanceof MatchAllDocsQuery) {
          Sort sort = new Sort(newest(), new SortField(SEQ, SortField.Type.LONG, true));
          r = FacetsCollectorManager.search(s, q, n, sort, false, new FacetsCollectorManager());
        } else {
          r = FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager());
        }
      } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
        throw new InvalidQueryException("search: query '" + query.text()
            + "' expands to too many terms; use fewer wildcards", e);
      }
      TopDocs top = r.topDocs();
      long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : total(r.facetsCollector());
      Map<String, Set<String>> terms = Snippets.terms(text);
      StoredFields stored = s.storedFields();
      List<SearchHit> hits = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = query.offset(); i < docs.length; i++) {
        Article a = loadOrSkip(stored, docs[i].doc);
        if (a == null) {
          continue;
        }
        double score = Float.isNaN(docs[i].score) ? 0 : docs[i].score;
        hits.add(new SearchHit(a.id(), a.title(), a.outlet(), a.published(), score,
            snippets.snippet(a.text(), a.language(), terms)));
      }
      return new SearchResult(total, hits, facets(s, r.facetsCollector()));
    } finally {
      searchers.release(s);
    }
  }

  /** The exact hit count: the facets collector sees every hit, so no second pass is needed. */
  private static long total(FacetsCollector fc) {
    long n = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      n += m.totalHits();
    }
    return n;
  }

  private static SortField newest() {
    SortField f = new SortField(DAY, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  /**
   * The articles most like the stored article {@code articleId} by their term vectors, best first,
   * the article itself left out; empty when the id is unknown.
   */
  public List<SearchHit> similar(String articleId, int k) throws IOException {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    Optional<Article> source = get(articleId);
    if (source.isEmpty()) {
      return List.of();
    }
    Article a = source.get();
    float[] v = vectors.of((a.title() == null ? "" : a.title() + "\n\n") + a.text());
    if (v == null) {
      return List.of();
    }
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new KnnFloatVectorQuery(VECTOR, v, k + 1), k + 1);
      StoredFields stored = s.storedFields();
      List<SearchHit> out = new ArrayList<>();
      for (ScoreDoc d : top.scoreDocs) {
        Article other = loadOrSkip(stored, d.doc);
        if (other == null || other.id().equals(articleId) || out.size() == k) {
          continue;
        }
        double score = Float.isFinite(d.score) ? d.score : 0;
        out.add(new SearchHit(other.id(), other.title(), other.outlet(), other.published(), score,
            snippets.snippet(other.text(), other.language(), Map.of())));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private Query parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("*") || t.equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    SearchParser parser = new SearchParser(languages);
    try {
      Query q = parser.parse(t);
      if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
        // Only stop words ("the", "of"): nothing can match them, so say so instead of an error.
        return new BooleanQuery.Builder().build();
      }
      return q;
    } catch (ParseException e) {
      throw new InvalidQueryException("search: cannot parse query '" + t + "': " + firstLine(e.getMessage())
          + " (quote phrases with \"...\", balance brackets, escape special characters with \\)", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("search: query '" + t + "' has too many terms", e);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException("search: the pattern in query '" + t + "' is too complex; simplify the"
          + " /regular expression/ or the wildcard", e);
    } catch (IllegalArgumentException e) {
      // Lucene refuses a malformed /regular expression/ or fuzzy term while building the query
      throw new InvalidQueryException("search: cannot parse query '" + t + "': " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static void addAny(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
    }
    b.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private static @Nullable LocalDate filterDate(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException("search: --" + name + " expects an ISO date such as 2024-06-21, got '"
          + value + "'", e);
    }
  }

  /** The publication day of an ISO date or date-time, or null when absent or unreadable. */
  static @Nullable LocalDate day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // a date we cannot read only loses the date filter for this article
    }
  }

  private Map<String, Map<String, Long>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    if (state == null) {
      for (String dim : FACETS) {
        out.put(dim, Map.of());
      }
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    Set<String> dims = new LinkedHashSet<>();
    state.getDims().forEach(dims::add);
    for (String dim : FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      if (dims.contains(dim)) {
        FacetResult fr = counts.getTopChildren(FACET_TOP, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            values.put(lv.label, lv.value.longValue());
          }
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    try {
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      facetState = new FacetState(reader, state);
      return state;
    } catch (IllegalArgumentException e) {
      return null; // no document has a facet value yet (the facet field does not exist)
    }
  }

  // ---- corpus records and corpus fields ------------------------------------------------------

  private static final String RID = "rid";
  private static final String RKIND = "rkind";
  private static final String RJSON = "rjson";
  /** A record's kind/id as a doc value, so a look-up by key reads ids without the stored JSON. */
  private static final String RID_DV = "rid.dv";
  private static final String RKEY = "k.";
  private static final String RKIND_SORT = "rkind.dv";
  private static final String RNUM = "n.";

  /**
   * Writes a corpus record, replacing the one with the same kind and id; durable at the next
   * {@link #commit()}, together with the articles added before it.
   */
  public void putRecord(CorpusRecord r) throws IOException {
    IndexWriter w = requireWriter();
    Document doc = new Document();
    String rid = r.kind() + "/" + r.id();
    doc.add(new StringField(RID, rid, Field.Store.NO));
    doc.add(new StringField(RKIND, r.kind(), Field.Store.NO));
    doc.add(new SortedDocValuesField(RKIND_SORT, new org.apache.lucene.util.BytesRef(r.kind())));
    doc.add(new org.apache.lucene.document.BinaryDocValuesField(RID_DV, new org.apache.lucene.util.BytesRef(rid)));
    doc.add(new StoredField(RJSON, r.json()));
    r.keys().forEach((name, values) -> {
      for (String v : values) {
        doc.add(new StringField(RKEY + name, v, Field.Store.NO));
      }
    });
    r.numbers().forEach((name, v) -> {
      doc.add(new LongPoint(RNUM + name, v));
      doc.add(new NumericDocValuesField(RNUM + name, v));
    });
    w.updateDocument(new Term(RID, rid), doc);
  }

  /** The JSON of the record {@code kind}/{@code id}, as last written (committed or not). */
  public Optional<String> record(String kind, String id) throws IOException {
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(RID, kind + "/" + id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(s.storedFields().document(top.scoreDocs[0].doc, Set.of(RJSON)).get(RJSON));
    } finally {
      searchers.release(s);
    }
  }

  /** The JSON of at most {@code limit} records of {@code kind} whose key {@code name} is any of {@code values}. */
  public List<String> recordsWithKey(String kind, String name, java.util.Collection<String> values, int limit)
      throws IOException {
    return values.isEmpty() ? List.of() : recordJsons(keyQuery(kind, name, values), limit, null);
  }

  /** Records of {@code kind} whose key {@code name} is any of {@code values}. */
  private static Query keyQuery(String kind, String name, java.util.Collection<String> values) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(RKIND, kind)), BooleanClause.Occur.FILTER)
        .add(anyOf(RKEY + name, values), BooleanClause.Occur.FILTER).build();
  }

  /**
   * The ids of at most {@code limit} records of {@code kind} whose key {@code name} is any of
   * {@code values}: read from a doc value, without decompressing the stored JSON (a caller that
   * keeps records in memory reads only those it lacks). A record written before ids were doc values
   * is read whole, and its id is the {@code id} of its JSON (as every record kind of the corpus has).
   */
  public List<String> recordIdsWithKey(String kind, String name, java.util.Collection<String> values, int limit)
      throws IOException {
    if (values.isEmpty()) {
      return List.of();
    }
    Query q = keyQuery(kind, name, values);
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(q, queueSize(s, q, limit));
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      String prefix = kind + "/";
      List<String> out = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = null;
      for (ScoreDoc d : top.scoreDocs) {
        org.apache.lucene.util.BytesRef ridValue = binaryValue(leaves, d.doc, RID_DV);
        if (ridValue != null) {
          String rid = ridValue.utf8ToString();
          out.add(rid.startsWith(prefix) ? rid.substring(prefix.length()) : rid);
          continue;
        }
        if (stored == null) {
          stored = s.storedFields();
        }
        String json = stored.document(d.doc, Set.of(RJSON)).get(RJSON);
        if (json != null) {
          String id = SitrepJson.mapper().readTree(json).path("id").asText("");
          if (!id.isEmpty()) {
            out.add(id);
          }
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The JSON of at most {@code limit} records of {@code kind} whose number {@code name} is at least
   * {@code min}, ordered by the number {@code sortBy} descending (ties by write order).
   */
  public List<String> records(String kind, @Nullable String name, long min, @Nullable String sortBy, int limit)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(RKIND, kind)), BooleanClause.Occur.FILTER);
    if (name != null) {
      b.add(LongPoint.newRangeQuery(RNUM + name, min, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
    }
    return recordJsons(b.build(), limit, sortBy);
  }

  /** The number of records of {@code kind}. */
  public int countRecords(String kind) throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.count(new TermQuery(new Term(RKIND, kind)));
    } finally {
      searchers.release(s);
    }
  }

  private List<String> recordJsons(Query q, int limit, @Nullable String sortBy) throws IOException {
    IndexSearcher s = acquire();
    try {
      int n = queueSize(s, q, limit);
      TopDocs top = sortBy == null ? s.search(q, n)
          : s.search(q, n, new Sort(new SortField(RNUM + sortBy, SortField.Type.LONG, true), SortField.FIELD_DOC));
      StoredFields stored = s.storedFields();
      List<String> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc d : top.scoreDocs) {
        String json = stored.document(d.doc, Set.of(RJSON)).get(RJSON);
        if (json != null) {
          out.add(json);
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The hit queue for at most {@code limit} hits of {@code q}: a large limit ("all open stories") is
   * bounded by the hit count, so it costs what it returns; a small one needs no count first (a second
   * pass over every segment).
   */
  private static int queueSize(IndexSearcher s, Query q, int limit) throws IOException {
    return limit <= 1024 ? Math.max(1, limit) : Math.max(1, Math.min(limit, s.count(q)));
  }

  /** The binary doc value {@code field} of the top-level document {@code doc}, or null when it has none. */
  private static org.apache.lucene.util.@Nullable BytesRef binaryValue(List<LeafReaderContext> leaves, int doc,
      String field) throws IOException {
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }

  /** Any of {@code values} in {@code field}: one term-set query, whatever the number of values. */
  private static Query anyOf(String field, java.util.Collection<String> values) {
    List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>();
    for (String v : new LinkedHashSet<>(values)) {
      terms.add(new org.apache.lucene.util.BytesRef(v));
    }
    return new org.apache.lucene.search.TermInSetQuery(field, terms);
  }

  /** An article found by a corpus field: its id, arrival number and the stored corpus values asked for. */
  public record Keyed(String id, long arrival, Map<String, String> stored) {}

  /**
   * At most {@code limit} articles whose corpus field {@code name} holds any of {@code values},
   * earliest arrival first, with the stored corpus values {@code storedNames}.
   */
  public List<Keyed> articlesWithKey(String name, java.util.Collection<String> values, int limit,
      Set<String> storedNames) throws IOException {
    if (values.isEmpty()) {
      return List.of();
    }
    Query any = anyOf(CorpusFields.PREFIX + name, values);
    Set<String> fields = new LinkedHashSet<>();
    fields.add(ID);
    for (String f : storedNames) {
      fields.add(CorpusFields.PREFIX + f);
    }
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new org.apache.lucene.search.ConstantScoreQuery(any), Math.max(1, limit),
          new Sort(new SortField(SEQ, SortField.Type.LONG)));
      StoredFields stored = s.storedFields();
      List<Keyed> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc, fields);
        Map<String, String> values2 = new HashMap<>();
        for (String f : storedNames) {
          String v = doc.get(CorpusFields.PREFIX + f);
          if (v != null) {
            values2.put(f, v);
          }
        }
        out.add(new Keyed(doc.get(ID), seqOf(s, d.doc), values2));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The articles whose corpus field {@code name} is {@code value}, in arrival order, with the stored
   * corpus values {@code storedNames}; at most {@code limit}.
   */
  public List<Map.Entry<Article, Map<String, String>>> articlesWith(String name, String value, int limit,
      Set<String> storedNames) throws IOException {
    return articlesWith(new TermQuery(new Term(CorpusFields.PREFIX + name, value)), limit, storedNames, false);
  }

  /**
   * The most recent articles (at most {@code limit}, returned in arrival order) whose corpus field
   * {@code name} is {@code value}, with the stored corpus values {@code storedNames}.
   */
  public List<Map.Entry<Article, Map<String, String>>> newestWith(String name, String value, int limit,
      Set<String> storedNames) throws IOException {
    List<Map.Entry<Article, Map<String, String>>> out =
        articlesWith(new TermQuery(new Term(CorpusFields.PREFIX + name, value)), limit, storedNames, true);
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * The most recent articles (at most {@code limit}, returned in arrival order) whose corpus field
   * {@code name} holds any of {@code values} and whose publication day is in [{@code fromDay},
   * {@code toDay}] (epoch days), with the stored corpus values {@code storedNames}.
   */
  public List<Map.Entry<Article, Map<String, String>>> articlesWithAny(String name, java.util.Collection<String> values,
      long fromDay, long toDay, int limit, Set<String> storedNames) throws IOException {
    if (values.isEmpty()) {
      return List.of();
    }
    Query q = new BooleanQuery.Builder().add(anyOf(CorpusFields.PREFIX + name, values), BooleanClause.Occur.FILTER)
        .add(LongPoint.newRangeQuery(DAY, fromDay, toDay), BooleanClause.Occur.FILTER).build();
    List<Map.Entry<Article, Map<String, String>>> out = articlesWith(q, limit, storedNames, true);
    java.util.Collections.reverse(out);
    return out;
  }

  private List<Map.Entry<Article, Map<String, String>>> articlesWith(Query query, int limit, Set<String> storedNames,
      boolean newestFirst) throws IOException {
    Set<String> fields = new LinkedHashSet<>();
    fields.add(JSON);
    for (String f : storedNames) {
      fields.add(CorpusFields.PREFIX + f);
    }
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(query, Math.max(1, limit), new Sort(new SortField(SEQ, SortField.Type.LONG, newestFirst)));
      StoredFields stored = s.storedFields();
      List<Map.Entry<Article, Map<String, String>>> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc, fields);
        Map<String, String> values = new HashMap<>();
        for (String f : storedNames) {
          String v = doc.get(CorpusFields.PREFIX + f);
          if (v != null) {
            values.put(f, v);
          }
        }
        values.put("arrival", Long.toString(seqOf(s, d.doc)));
        out.add(Map.entry(SitrepJson.readArticle(doc.get(JSON)), values));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The stored corpus values {@code storedNames} of one article, empty when it is not stored. */
  public Optional<Map<String, String>> corpusValues(String articleId, Set<String> storedNames) throws IOException {
    IndexSearcher s = acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, articleId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Set<String> fields = new LinkedHashSet<>();
      for (String f : storedNames) {
        fields.add(CorpusFields.PREFIX + f);
      }
      Document doc = s.storedFields().document(top.scoreDocs[0].doc, fields);
      Map<String, String> values = new HashMap<>();
      for (String f : storedNames) {
        String v = doc.get(CorpusFields.PREFIX + f);
        if (v != null) {
          values.put(f, v);
        }
      }
      return Optional.of(values);
    } finally {
      searchers.release(s);
    }
  }

  /** How many stored articles hold {@code value} in the corpus field {@code name}. */
  public int docFreq(String name, String value) throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.getIndexReader().docFreq(new Term(CorpusFields.PREFIX + name, value));
    } finally {
      searchers.release(s);
    }
  }

  /** The number of stored articles in the reader's view (the writer's own view, or the last commit seen). */
  public int articleCount() throws IOException {
    if (writer != null) {
      int n = articles.get();
      if (n >= 0) {
        return n;
      }
    }
    int n = countArticles();
    if (writer != null) {
      articles.compareAndSet(-1, n);
    }
    return n;
  }

  /** Counts the articles in the index (a pass over its arrival numbers). */
  private int countArticles() throws IOException {
    IndexSearcher s = acquire();
    try {
      return s.count(new org.apache.lucene.search.FieldExistsQuery(SEQ));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The writer's article count, kept as it adds and deletes so a commit need not count the index
   * (which would cost a pass over it per commit); -1 until first counted.
   */
  private final java.util.concurrent.atomic.AtomicInteger articles = new java.util.concurrent.atomic.AtomicInteger(-1);

  private static long seqOf(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    NumericDocValues seq = leaf.reader().getNumericDocValues(SEQ);
    int local = doc - leaf.docBase;
    return seq != null && seq.advanceExact(local) ? seq.longValue() : -1;
  }

  /**
   * For a store opened read-only: sees the latest commit of the writing process, at most once per
   * {@code minMillis}; returns true when the view changed.
   */
  public boolean refreshIfChanged(long minMillis) throws IOException {
    long now = System.nanoTime();
    long last = lastRefresh.get();
    if (now - last < minMillis * 1_000_000L || !lastRefresh.compareAndSet(last, now)) {
      return false;
    }
    return searchers.maybeRefresh();
  }

  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());

  /** The generation of the last commit visible to this store's readers (changes with every commit seen). */
  public long generation() throws IOException {
    IndexSearcher s = acquire();
    try {
      return ((DirectoryReader) s.getIndexReader()).getVersion();
    } finally {
      searchers.release(s);
    }
  }

  private IndexSearcher acquire() throws IOException {
    if (writer != null) {
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  /**
   * One article, or null when its record cannot be read: one bad record must not make the whole
   * store unreadable. It is logged once per read with its id and the command that removes it.
   */
  private @Nullable Article loadOrSkip(StoredFields stored, int doc) throws IOException {
    try {
      return load(stored, doc);
    } catch (IOException | RuntimeException e) {
      if (e instanceof org.apache.lucene.index.CorruptIndexException c) {
        throw c;
      }
      String id = idOf(stored, doc);
      LOG.warn("store {}: article {} cannot be read ({}); it is left out. Remove it with ./sitrep remove {} --data {}",
          dir, id, firstLine(e.getMessage()), id, dir);
      return null;
    }
  }

  private static String idOf(StoredFields stored, int doc) {
    try {
      String id = stored.document(doc, Set.of(ID)).get(ID);
      return id == null ? "#" + doc : id;
    } catch (IOException e) {
      return "#" + doc;
    }
  }

  private static Article load(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc, Set.of(JSON));
    String json = d.get(JSON);
    if (json == null) {
      throw new IOException("store: document " + doc + " has no article JSON");
    }
    return SitrepJson.readArticle(json);
  }

  /**
   * After a writer failed (a full disk), the files it wrote since the last commit are orphans: a
   * writer opened and rolled back deletes every file no commit refers to.
   */
  private void dropUncommittedFiles() {
    try (IndexWriter cleaner = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
      cleaner.rollback();
    } catch (IOException | RuntimeException e) {
      // the next writable open deletes them as well; the store is readable either way
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("store " + dir + " is open read-only");
    }
    return writer;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Closes the store; adds since the last {@link #commit()} are committed first. */
  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        boolean broken = writer.getTragicException() != null || !writer.isOpen();
        try {
          if (!broken) {
            commit();
          }
        } finally {
          searchers.close();
          writer.close();
          if (broken) {
            dropUncommittedFiles();
          }
        }
      } else {
        searchers.close();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      directory.close();
    }
  }
}
