package org.sitrep.corpus.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.corpus.story.StoryClusterer;
import org.sitrep.corpus.story.StoryDoc;
import org.sitrep.corpus.story.StoryDocs;
import org.sitrep.corpus.story.StoryParams;
import org.sitrep.corpus.text.Ids;
import org.sitrep.corpus.text.Terms;
import org.sitrep.json.SitrepJson;

/**
 * The incremental corpus: takes each batch of new articles (arrival order) and says what to store
 * with them and which records change, so that reprint groups, corpus entities and stories are kept
 * up to date without reading the stored corpus. The in-process engine drives it per ingest batch;
 * any other driver (a batch job over a finished store) drives it the same way.
 *
 * <ul>
 *   <li><b>Reprints:</b> each article's MinHash signature gives LSH band keys stored with it; the
 *       stored articles sharing a band are candidates, verified on their signatures (as
 *       {@link ReprintDetector} does), and the new article joins the copy group of the earliest.
 *   <li><b>Entities:</b> resolved against entity records found by key ({@link LiveEntities}).
 *   <li><b>Stories:</b> the online {@link StoryClusterer}, whose open stories (those still inside
 *       its time window) are kept in memory and in their records; the term statistics come from the
 *       store. A copy joins the story of its group's first copy.
 * </ul>
 *
 * <p>Not thread-safe: one driver, batches in arrival order. Memory holds the open stories only.
 */
public final class CorpusUpdater {
  /** Record kinds. */
  public static final String STORY = "story";
  public static final String ENTITY = "entity";
  /** A copy group with more than one copy: what decides its origin. */
  public static final String GROUP_RECORD = "group";
  /** Article corpus fields. */
  public static final String BAND = "band";
  public static final String GROUP = "group";
  public static final String STORY_OF = "story";
  public static final String ENTITIES = "ent";
  public static final String TERMS = "sterm";
  public static final String SIGNATURE = "sig";
  public static final String ENTITY_MAP = "gmap";
  public static final String OUTLET = "outlet";
  public static final String COUNTRY = "country";
  /** What decides an article's origin as a copy group of one (JSON of a {@link StoryRecord.GroupOrigin}). */
  public static final String ORIGIN = "origin";
  /** Stored candidates examined per new article. */
  static final int CANDIDATES = 64;
  /**
   * Entity records kept in memory between batches (each at most {@link EntityRecord#MAX_FORMS}
   * names and roles, a few kB), and key look-up answers (a few ids each): the entities a story
   * keeps naming are resolved without an index query or a record read per name each batch.
   */
  static final int ENTITY_RECORDS = 10_000;
  static final int ENTITY_LOOKUPS = 50_000;

  /** A new article with its resolved outlet and arrival number. */
  public record Incoming(Article article, Outlet outlet, long arrival) {
    public Incoming {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  private final CorpusState state;
  private final java.util.function.Function<String, String> canonicalOutlet;
  private final StoryClusterer clusterer;
  /**
   * Entity records and key look-ups of earlier batches. A failed batch leaves this updater behind
   * (its driver makes a new one), so a record changed by a batch that was never committed is never
   * seen again.
   */
  private final EntityMemory entityMemory = new EntityMemory(ENTITY_RECORDS, ENTITY_LOOKUPS, LiveEntities.LOOKUP);
  private final Map<Integer, String> storyOfCluster = new HashMap<>();
  private final Map<String, Integer> clusterOfStory = new HashMap<>();
  /** The records of the stories that can still take articles, as last written. */
  private final Map<String, StoryRecord> openRecords = new HashMap<>();
  private final ReprintDetector detector = new ReprintDetector();
  private final ObjectMapper json = SitrepJson.mapper();

  /**
   * An updater continuing the corpus in {@code state}: its open stories are restored.
   *
   * @param canonicalOutlet a credited outlet's name to its canonical outlet name
   */
  public CorpusUpdater(CorpusState state, StoryParams params,
      java.util.function.Function<String, String> canonicalOutlet) throws IOException {
    this(state, params, canonicalOutlet, false);
  }

  /**
   * An updater that starts the corpus state afresh (a rebuild: every stored article is given again
   * in arrival order; the records were deleted), with term statistics counted from zero.
   */
  public static CorpusUpdater fresh(CorpusState state, StoryParams params,
      java.util.function.Function<String, String> canonicalOutlet) throws IOException {
    return new CorpusUpdater(state, params, canonicalOutlet, true);
  }

  private CorpusUpdater(CorpusState state, StoryParams params,
      java.util.function.Function<String, String> canonicalOutlet, boolean fresh) throws IOException {
    this.state = Objects.requireNonNull(state, "state");
    this.canonicalOutlet = Objects.requireNonNull(canonicalOutlet, "canonicalOutlet");
    int stored = fresh ? 0 : state.articles();
    this.clusterer = new StoryClusterer(params, new StoryClusterer.DocFreqs() {
      @Override
      public int docs() {
        return stored;
      }

      @Override
      public int docFreq(String term) {
        if (fresh) {
          return 0;
        }
        try {
          return state.docFreq(term);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    List<StoryRecord> open = new ArrayList<>();
    for (String s : fresh ? List.<String>of() : state.openStories()) {
      open.add(json.readValue(s, StoryRecord.class));
    }
    // restored in the order they were made, as one run would hold them
    open.sort(Comparator.comparingLong((StoryRecord r) -> r.created).thenComparing(r -> r.id));
    for (StoryRecord r : open) {
      openRecords.put(r.id, r);
      if (r.cluster != null) {
        int c = clusterer.restore(r.cluster.state());
        storyOfCluster.put(c, r.id);
        clusterOfStory.put(r.id, c);
      }
    }
  }

  /**
   * Distinct clustering terms held in memory. It grows with the vocabulary a long-running process
   * meets; a driver that replaces the updater past a limit gets one holding the open stories' terms
   * only, with the same behaviour (term statistics are read back from the store).
   */
  public int vocabulary() {
    return clusterer.vocabulary();
  }

  /** Stories held in memory (those that can still take articles). */
  public int openStories() {
    return clusterer.activeStories();
  }

  /** Takes one batch of new articles in arrival order (none stored yet); returns what to store. */
  public CorpusUpdate add(List<Incoming> batch) throws IOException {
    int n = batch.size();
    List<Article> articles = batch.stream().map(Incoming::article).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(articles.get(i).id(), i);
    }

    // 1. reprints
    String[] group = new String[n];
    String[] groupStory = new String[n];
    String[] groupOrigin = new String[n];
    int[][] sigs = new int[n][];
    List<List<String>> bands = new ArrayList<>();
    Map<String, List<Integer>> batchBands = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long[] full = detector.signature(articles.get(i).text());
      sigs[i] = truncate(full);
      List<String> keys = ReprintDetector.bandKeys(full);
      bands.add(keys);
      long bestArrival = Long.MAX_VALUE;
      for (String k : keys) {
        for (int j : batchBands.getOrDefault(k, List.of())) {
          if (batch.get(j).arrival() < bestArrival && similarity(sigs[i], sigs[j]) >= ReprintDetector.THRESHOLD) {
            bestArrival = batch.get(j).arrival();
            group[i] = group[j];
            groupStory[i] = null;
          }
        }
      }
      for (CorpusState.Candidate c : state.reprintCandidates(keys, CANDIDATES)) {
        if (c.arrival() < bestArrival && c.arrival() < batch.get(i).arrival() && similarity(sigs[i], decode(c.signature())) >= ReprintDetector.THRESHOLD) {
          bestArrival = c.arrival();
          group[i] = c.group();
          groupStory[i] = c.story();
          groupOrigin[i] = c.articleId().equals(c.group()) ? c.origin() : null;
        }
      }
      if (group[i] == null) {
        group[i] = articles.get(i).id();
      }
      for (String k : keys) {
        List<Integer> bucket = batchBands.computeIfAbsent(k, x -> new ArrayList<>());
        if (bucket.size() < CANDIDATES) {
          bucket.add(i);
        }
      }
    }

    // 2. entities
    LiveEntities entities = new LiveEntities(state, json, entityMemory);
    List<List<LiveEntities.Resolved>> resolved = entities.resolve(articles,
        batch.stream().map(Incoming::arrival).toList());

    // 3. stories
    List<StoryDoc> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      Map<String, String> globalOf = new HashMap<>();
      for (LiveEntities.Resolved r : resolved.get(i)) {
        globalOf.put(r.local(), r.global());
      }
      docs.add(StoryDocs.of(a, globalOf::get));
    }
    int[] cluster = clusterer.addBatch(docs);
    String[] story = new String[n];
    for (int i = 0; i < n; i++) {
      String id = articles.get(i).id();
      if (!group[i].equals(id)) {
        Integer first = index.get(group[i]);
        if (first != null && first < i) {
          story[i] = story[first];
        } else if (groupStory[i] != null) {
          story[i] = groupStory[i];
        }
      }
      if (story[i] == null) {
        String s = storyOfCluster.get(cluster[i]);
        if (s == null) {
          s = Ids.of("s", id);
          storyOfCluster.put(cluster[i], s);
          clusterOfStory.put(s, cluster[i]);
        }
        story[i] = s;
      }
    }

    // 4. story and copy group records
    Map<String, StoryRecord> touched = new LinkedHashMap<>();
    Map<String, StoryRecord.GroupOrigin> touchedGroups = new LinkedHashMap<>();
    StoryRecord.GroupOrigin[] own = new StoryRecord.GroupOrigin[n];
    for (int i = 0; i < n; i++) {
      own[i] = ownOrigin(batch.get(i));
      StoryRecord r = storyRecord(touched, story[i], batch.get(i).arrival());
      add(r, batch.get(i));
      String id = articles.get(i).id();
      if (group[i].equals(id)) {
        r.count(own[i].origin(id), 1);
      } else {
        StoryRecord.GroupOrigin g = touchedGroups.get(group[i]);
        if (g == null) {
          Optional<String> stored = state.record(GROUP_RECORD, group[i]);
          Integer first = index.get(group[i]);
          if (stored.isPresent()) {
            g = json.readValue(stored.get(), StoryRecord.GroupOrigin.class);
          } else if (first != null && first < i) {
            g = copy(own[first]);
          } else if (groupOrigin[i] != null) {
            g = json.readValue(groupOrigin[i], StoryRecord.GroupOrigin.class);
          } else {
            // a first copy stored without its origin (an older store): its group is counted by id
            g = new StoryRecord.GroupOrigin();
          }
          touchedGroups.put(group[i], g);
        }
        String before = g.origin(group[i]);
        join(g, own[i]);
        String after = g.origin(group[i]);
        if (!before.equals(after)) {
          r.count(before, -1);
          r.count(after, 1);
        }
      }
    }
    for (int c : clusterer.retiredByLastBatch()) {
      String s = storyOfCluster.remove(c);
      if (s != null) {
        clusterOfStory.remove(s);
        StoryRecord r = storyRecord(touched, s, Long.MAX_VALUE);
        r.open = false;
        r.cluster = null;
      }
      clusterer.release(c);
    }
    List<CorpusUpdate.Record> records = new ArrayList<>();
    for (StoryRecord r : touched.values()) {
      Integer c = clusterOfStory.get(r.id);
      if (r.open && c != null) {
        r.cluster = StoryRecord.PackedCluster.of(clusterer.centroid(c));
        openRecords.put(r.id, r);
      } else {
        openRecords.remove(r.id);
      }
      Long last = day(r.last);
      records.add(new CorpusUpdate.Record(STORY, r.id, Map.of(),
          Map.of("open", r.open ? 1L : 0L, "size", (long) r.size, "created", r.created,
              "last", last == null ? -1L : last),
          json.writeValueAsString(r)));
      // the clustering state lives in the clusterer while the story is open
      r.cluster = null;
    }
    for (Map.Entry<String, StoryRecord.GroupOrigin> g : touchedGroups.entrySet()) {
      records.add(new CorpusUpdate.Record(GROUP_RECORD, g.getKey(), Map.of(), Map.of(),
          json.writeValueAsString(g.getValue())));
    }
    records.addAll(entities.records());
    entities.keepIn(entityMemory);

    // 5. the articles' fields
    List<CorpusUpdate.Fielded> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Incoming in = batch.get(i);
      Map<String, List<String>> keys = new LinkedHashMap<>();
      keys.put(BAND, bands.get(i));
      keys.put(GROUP, List.of(group[i]));
      keys.put(STORY_OF, List.of(story[i]));
      Set<String> gids = new LinkedHashSet<>();
      List<Object[]> gmap = new ArrayList<>();
      for (LiveEntities.Resolved r : resolved.get(i)) {
        gids.add(r.global());
        gmap.add(new Object[] {r.local(), r.global(), r.start(), r.end()});
      }
      keys.put(ENTITIES, new ArrayList<>(gids));
      keys.put(TERMS, new ArrayList<>(docs.get(i).terms().keySet()));
      Map<String, String> stored = new HashMap<>();
      stored.put(SIGNATURE, encode(sigs[i]));
      stored.put(GROUP, group[i]);
      stored.put(STORY_OF, story[i]);
      stored.put(ENTITY_MAP, json.writeValueAsString(gmap));
      stored.put(ORIGIN, json.writeValueAsString(own[i]));
      if (in.outlet().name() != null) {
        stored.put(OUTLET, in.outlet().name());
      }
      if (in.outlet().country() != null) {
        stored.put(COUNTRY, in.outlet().country());
      }
      out.add(new CorpusUpdate.Fielded(in.article(), in.arrival(), keys, stored));
    }
    return new CorpusUpdate(out, records);
  }

  private StoryRecord storyRecord(Map<String, StoryRecord> touched, String id, long arrival) throws IOException {
    StoryRecord r = touched.get(id);
    if (r == null) {
      r = openRecords.get(id);
    }
    if (r == null) {
      var stored = state.record(STORY, id);
      if (stored.isPresent()) {
        r = json.readValue(stored.get(), StoryRecord.class);
      } else {
        r = new StoryRecord();
        r.id = id;
        r.created = arrival;
      }
    }
    touched.put(id, r);
    return r;
  }

  private void add(StoryRecord r, Incoming in) {
    Article a = in.article();
    r.articles.add(a.id());
    if (r.articles.size() > StoryRecord.ARTICLES) {
      r.articles.remove(0);
    }
    r.size++;
    r.outlets.add(in.outlet().name());
    if (in.outlet().country() != null) {
      r.countries.add(in.outlet().country());
    }
    String p = a.published();
    if (p != null) {
      r.first = r.first == null || p.compareTo(r.first) < 0 ? p : r.first;
      r.last = r.last == null || p.compareTo(r.last) > 0 ? p : r.last;
    }
    if (a.title() != null && !a.title().isBlank()) {
      String t = a.title().strip();
      if (!r.titles.contains(t) && r.titles.size() < StoryRecord.TITLES) {
        r.titles.add(t);
      }
      // only the kept headlines' terms can decide the title: the others are not counted
      for (String term : new LinkedHashSet<>(Terms.terms(a.title()))) {
        Integer count = r.titleTerms.get(term);
        if (count != null) {
          r.titleTerms.put(term, count + 1);
        } else if (r.titles.contains(t)) {
          r.titleTerms.put(term, 1);
        }
      }
    }
    if (r.lead == null) {
      r.lead = StoryDocs.lead(a.text(), 12).strip();
    }
  }

  /** What decides the origin of {@code in} as a copy group of one. */
  private StoryRecord.GroupOrigin ownOrigin(Incoming in) {
    StoryRecord.GroupOrigin o = new StoryRecord.GroupOrigin();
    for (String c : in.article().credits()) {
      String name = canonicalOutlet.apply(c);
      if (!name.isBlank()) {
        o.credit = name;
        break;
      }
    }
    o.outlet = in.outlet().name();
    o.published = in.article().published();
    return o;
  }

  /** A group's origin once {@code copy} (an article's own) joins it, in arrival order. */
  private static void join(StoryRecord.GroupOrigin group, StoryRecord.GroupOrigin copy) {
    if (group.credit == null) {
      group.credit = copy.credit;
    }
    String p = copy.published;
    if (copy.outlet != null
        && (group.outlet == null || p != null && (group.published == null || p.compareTo(group.published) < 0))) {
      group.outlet = copy.outlet;
      group.published = p;
    }
  }

  private static StoryRecord.GroupOrigin copy(StoryRecord.GroupOrigin o) {
    StoryRecord.GroupOrigin c = new StoryRecord.GroupOrigin();
    c.credit = o.credit;
    c.outlet = o.outlet;
    c.published = o.published;
    return c;
  }

  /** The low 32 bits of each MinHash value: enough to tell equal values apart, half the bytes. */
  static int[] truncate(long[] signature) {
    int[] out = new int[signature.length];
    for (int i = 0; i < signature.length; i++) {
      out[i] = (int) signature[i];
    }
    return out;
  }

  static double similarity(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  static String encode(int[] sig) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return Base64.getEncoder().withoutPadding().encodeToString(b.array());
  }

  static int[] decode(String s) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(s));
    int[] out = new int[b.remaining() / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getInt();
    }
    return out;
  }

  static @Nullable Long day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

}
