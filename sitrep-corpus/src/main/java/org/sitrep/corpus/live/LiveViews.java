package org.sitrep.corpus.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.entity.CapitalActors;
import org.sitrep.corpus.entity.Capitals;
import org.sitrep.corpus.entity.EntityLookup;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.corpus.text.Terms;
import org.sitrep.json.SitrepJson;

/**
 * The read side of the incremental corpus: stories and entities from their records; a story's
 * timeline, claims and country comparison computed from its articles when first read and cached
 * until the store changes. The whole corpus's timeline and claims are computed over the articles
 * of the largest stories, at most {@link #CORPUS_ARTICLES} articles, so a read never holds the
 * whole corpus. Thread-safe.
 */
public final class LiveViews {
  /**
   * Most articles read for one story's views: a larger story's timeline, claims and comparison
   * cover its newest ones, so reading them costs the same however long the story runs.
   */
  public static final int STORY_ARTICLES = 500;
  /** Most articles read for the corpus-wide timeline and claims. */
  public static final int CORPUS_ARTICLES = 5_000;
  /** Most stories and entities listed. */
  public static final int LIST_LIMIT = 2_000;
  /** Most articles of other stories read to match a story's claims across stories. */
  public static final int RELATED_ARTICLES = 200;
  /** Days around a story within which other stories' articles may carry its claims. */
  public static final int RELATED_DAYS = 14;
  /** Most sources listed for one entity. */
  public static final int ENTITY_SOURCES = 50;
  private static final int CACHED = 256;

  private final CorpusReadState state;
  private final CorpusAnalyzer analyzer;
  private final OutletRegistry outlets;
  private final ObjectMapper json = SitrepJson.mapper();
  private final CapitalActors capitals = new CapitalActors(Capitals.bundled());
  private final Map<String, Cached> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> e) {
      return size() > CACHED;
    }
  });

  private record Cached(long version, Object value) {}

  /** The views of a set of articles. */
  private record SetViews(List<TimelineItem> timeline, List<ClaimSummary> claims, Map<String, Comparison> comparisons,
      List<EntitySummary> entities) {}

  public LiveViews(CorpusReadState state, CorpusAnalyzer analyzer, OutletRegistry outlets) {
    this.state = state;
    this.analyzer = analyzer;
    this.outlets = outlets;
  }

  /** Stories, largest first (then earliest, then id), at most {@link #LIST_LIMIT}. */
  public List<StorySummary> stories() throws IOException {
    return cached("stories", () -> {
      List<StorySummary> out = new ArrayList<>();
      for (String s : state.stories(LIST_LIMIT)) {
        out.add(json.readValue(s, StoryRecord.class).summary());
      }
      out.sort(Comparator.comparingInt((StorySummary s) -> -s.articles().size())
          .thenComparing(s -> s.first() == null ? "" : s.first()).thenComparing(StorySummary::id));
      return out;
    });
  }

  /** One story. */
  public Optional<StorySummary> story(String id) throws IOException {
    return cached("summary:" + id, () -> {
      Optional<String> r = state.record(CorpusUpdater.STORY, id);
      return r.isEmpty() ? Optional.<StorySummary>empty() : Optional.of(json.readValue(r.get(), StoryRecord.class).summary());
    });
  }

  /** The entities of a story, or the corpus's most named. */
  public List<EntitySummary> entities(@Nullable String storyId) throws IOException {
    if (storyId != null) {
      return views(storyId).map(SetViews::entities).orElse(List.of());
    }
    return cached("entities", () -> {
      List<EntityRecord> records = new ArrayList<>();
      for (String s : state.entities(LIST_LIMIT)) {
        EntityRecord r = json.readValue(s, EntityRecord.class);
        if (r.redirect == null) {
          records.add(r);
        }
      }
      return summaries(records);
    });
  }

  public List<TimelineItem> timeline(@Nullable String storyId) throws IOException {
    if (storyId == null) {
      return corpus().timeline();
    }
    if (story(storyId).isEmpty()) {
      return List.of();
    }
    // the whole views when they are computed already; else the timeline alone, which needs neither
    // the claims of related stories nor the comparison
    Cached whole = cache.get("story:" + storyId);
    if (whole != null && whole.version() == state.version() && whole.value() instanceof SetViews v) {
      return v.timeline();
    }
    return cached("timeline:" + storyId, () -> compute(state.storyArticles(storyId, STORY_ARTICLES), List.of(),
        List.of(storyId), true).timeline());
  }

  public List<ClaimSummary> claims(@Nullable String storyId) throws IOException {
    return storyId == null ? corpus().claims() : views(storyId).map(SetViews::claims).orElse(List.of());
  }

  public Optional<Comparison> compare(String storyId) throws IOException {
    Optional<SetViews> v = views(storyId);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Comparison c = v.get().comparisons().get(storyId);
    return Optional.of(c != null ? c : new Comparison(storyId, List.of()));
  }

  private Optional<SetViews> views(String storyId) throws IOException {
    if (story(storyId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cached("story:" + storyId, () -> {
      List<CorpusReadState.Stored> docs = state.storyArticles(storyId, STORY_ARTICLES);
      return compute(docs, related(docs), List.of(storyId), false);
    }));
  }

  private SetViews corpus() throws IOException {
    return cached("corpus", () -> {
      List<CorpusReadState.Stored> docs = new ArrayList<>();
      List<String> storyIds = new ArrayList<>();
      for (StorySummary s : stories()) {
        if (!docs.isEmpty() && docs.size() + s.articles().size() > CORPUS_ARTICLES) {
          break;
        }
        storyIds.add(s.id());
        docs.addAll(state.storyArticles(s.id(), CORPUS_ARTICLES));
      }
      docs.sort(Comparator.comparingLong(d -> arrivalOf(d)));
      return compute(docs, List.of(), storyIds, false);
    });
  }

  /**
   * An article's stored entity map: per article-local entity, {@code [local id, corpus id, start,
   * end]} of its first mention's sentence (see {@link CorpusUpdater#ENTITY_MAP}); empty when absent.
   */
  private List<Object[]> entityMap(Map<String, String> values) throws IOException {
    String gmap = values.get(CorpusUpdater.ENTITY_MAP);
    return gmap == null ? List.of() : json.readValue(gmap, new TypeReference<List<Object[]>>() {});
  }

  private static long arrivalOf(CorpusReadState.Stored d) {
    String a = d.values().get("arrival");
    return a == null ? 0 : Long.parseLong(a);
  }

  /**
   * Articles of other stories that may carry a claim of these articles: those naming an entity
   * named inside one of their claims, published within {@link #RELATED_DAYS} days of them, the most
   * recent {@link #RELATED_ARTICLES}. Claims are matched across stories (a figure one outlet gives
   * and another disputes), at a bounded cost.
   */
  private List<CorpusReadState.Stored> related(List<CorpusReadState.Stored> docs) throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Set<String> own = new java.util.HashSet<>();
    Long first = null;
    Long last = null;
    for (CorpusReadState.Stored d : docs) {
      Article a = d.article();
      own.add(a.id());
      Long day = CorpusUpdater.day(a.published());
      if (day != null) {
        first = first == null ? day : Math.min(first, day);
        last = last == null ? day : Math.max(last, day);
      }
      if (a.claims().isEmpty()) {
        continue;
      }
      Map<String, String> global = new HashMap<>();
      for (Object[] e : entityMap(d.values())) {
        global.put((String) e[0], (String) e[1]);
      }
      for (org.sitrep.core.model.Claim c : a.claims()) {
        for (Entity e : a.entities()) {
          String g = global.get(e.id());
          if (g != null && e.mentions().stream().anyMatch(m -> m.start() >= c.start() && m.end() <= c.end())) {
            ids.add(g);
          }
        }
      }
    }
    if (ids.isEmpty() || first == null) {
      return List.of();
    }
    List<CorpusReadState.Stored> out = new ArrayList<>();
    for (CorpusReadState.Stored d : state.articlesNamingBetween(ids, first - RELATED_DAYS, last + RELATED_DAYS,
        RELATED_ARTICLES)) {
      if (!own.contains(d.article().id()) && !d.article().claims().isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  private SetViews compute(List<CorpusReadState.Stored> stored, List<CorpusReadState.Stored> related,
      List<String> storyIds, boolean timelineOnly) throws IOException {
    List<Article> docs = new ArrayList<>(stored.size());
    List<Article> claimDocs = new ArrayList<>();
    java.util.Set<String> inView = new java.util.HashSet<>();
    for (CorpusReadState.Stored s : stored) {
      inView.add(s.article().id());
    }
    List<CorpusReadState.Stored> all = new ArrayList<>(stored);
    all.addAll(related);
    all.sort(Comparator.comparingLong(LiveViews::arrivalOf));
    Map<String, Outlet> outletById = new HashMap<>();
    Map<String, String> groupOf = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    Map<String, Map<String, String>> globalOf = new HashMap<>();
    Map<String, List<Object[]>> gmaps = new HashMap<>();
    List<ReprintDetector.Copy> copies = new ArrayList<>();
    for (CorpusReadState.Stored s : all) {
      Article a = capitals.apply(s.article());
      claimDocs.add(a);
      if (inView.contains(a.id())) {
        docs.add(a);
      }
      Map<String, String> v = s.values();
      String outletName = v.get(CorpusUpdater.OUTLET);
      Outlet resolved = outlets.resolve(a.outlet(), a.url(), a.text());
      outletById.put(a.id(), outletName == null ? resolved
          : new Outlet(outletName, v.get(CorpusUpdater.COUNTRY), resolved.kind(), resolved.domains(), resolved.inferred()));
      groupOf.put(a.id(), v.getOrDefault(CorpusUpdater.GROUP, a.id()));
      storyOf.put(a.id(), v.getOrDefault(CorpusUpdater.STORY_OF, ""));
      List<Object[]> gmap = entityMap(v);
      gmaps.put(a.id(), gmap);
      Map<String, String> g = new HashMap<>();
      for (Object[] e : gmap) {
        g.put((String) e[0], (String) e[1]);
      }
      globalOf.put(a.id(), g);
      List<String> credits = new ArrayList<>();
      for (String c : a.credits()) {
        credits.add(outlets.find(c).map(Outlet::name).orElse(c.strip()));
      }
      copies.add(new ReprintDetector.Copy(a.id(), a.text(), outletById.get(a.id()).name(), credits, a.published()));
    }
    ReprintDetector.Result reprints = ReprintDetector.grouped(copies, groupOf);
    Lookup lookup = new Lookup(claimDocs, globalOf);
    if (timelineOnly) {
      return new SetViews(analyzer.timeline(docs, outletById, reprints, lookup), List.of(), Map.of(), List.of());
    }
    Map<String, List<Article>> byStory = new LinkedHashMap<>();
    for (String s : storyIds) {
      byStory.put(s, new ArrayList<>());
    }
    for (Article a : docs) {
      List<Article> l = byStory.get(storyOf.get(a.id()));
      if (l != null) {
        l.add(a);
      }
    }
    List<Map.Entry<String, List<Article>>> stories = new ArrayList<>();
    byStory.forEach((k, v) -> {
      if (!v.isEmpty()) {
        stories.add(Map.entry(k, v));
      }
    });
    CorpusAnalyzer.Views v = related.isEmpty() ? analyzer.views(docs, outletById, reprints, lookup, stories, storyOf)
        : analyzer.views(docs, claimDocs, outletById, reprints, lookup, stories, storyOf);
    // the entities named in these articles, with their corpus-wide counts and sources
    List<String> order = new ArrayList<>();
    for (Article a : docs) {
      for (Object[] e : gmaps.get(a.id())) {
        String g = (String) e[1];
        if (!order.contains(g)) {
          order.add(g);
        }
      }
    }
    List<EntityRecord> records = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String g : order) {
      EntityRecord r = lookup.record(g);
      if (r != null && seen.add(r.id)) {
        records.add(r);
      }
    }
    return new SetViews(v.timeline(), v.claims(), v.comparisons(), summaries(records));
  }

  private List<EntitySummary> summaries(List<EntityRecord> records) throws IOException {
    List<EntitySummary> out = new ArrayList<>();
    for (EntityRecord r : records) {
      List<String> ids = new ArrayList<>();
      ids.add(r.id);
      ids.addAll(r.absorbed);
      List<SourceRef> sources = new ArrayList<>();
      for (CorpusReadState.Keyed k : state.articlesNaming(ids, ENTITY_SOURCES)) {
        for (Object[] e : entityMap(k.values())) {
          if (ids.contains((String) e[1])) {
            int start = ((Number) e[2]).intValue();
            if (start >= 0) {
              sources.add(new SourceRef(k.id(), k.values().get(CorpusUpdater.OUTLET), start, ((Number) e[3]).intValue()));
            }
            break;
          }
        }
      }
      out.add(new EntitySummary(r.id, r.name(), r.type(), r.aliasList(), r.articles, r.roleList(), sources));
    }
    out.sort(Comparator.comparingInt((EntitySummary e) -> -e.articles()).thenComparing(EntitySummary::name)
        .thenComparing(EntitySummary::id));
    return out;
  }

  /** Entity identities of a set of articles from their stored maps and the entity records. */
  private final class Lookup implements EntityLookup {
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Map<String, String>> globalOf;
    private final Map<String, Optional<EntityRecord>> records = new HashMap<>();
    private final Map<String, Optional<String>> byName = new HashMap<>();

    Lookup(List<Article> docs, Map<String, Map<String, String>> globalOf) {
      for (Article a : docs) {
        articles.put(a.id(), a);
      }
      this.globalOf = globalOf;
    }

    @Nullable EntityRecord record(String id) {
      return records.computeIfAbsent(id, k -> {
        try {
          Optional<String> r = state.record(CorpusUpdater.ENTITY, k);
          EntityRecord rec = r.isEmpty() ? null : json.readValue(r.get(), EntityRecord.class);
          for (int hops = 0; rec != null && rec.redirect != null && hops < 32; hops++) {
            Optional<String> next = state.record(CorpusUpdater.ENTITY, rec.redirect);
            rec = next.isEmpty() ? null : json.readValue(next.get(), EntityRecord.class);
          }
          return Optional.ofNullable(rec);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).orElse(null);
    }

    @Override
    public Optional<String> globalId(String articleId, @Nullable String localId) {
      if (localId == null) {
        return Optional.empty();
      }
      String g = globalOf.getOrDefault(articleId, Map.of()).get(localId);
      if (g == null) {
        return Optional.empty();
      }
      EntityRecord r = record(g);
      return Optional.of(r == null ? g : r.id);
    }

    @Override
    public Optional<String> globalIdByName(String articleId, @Nullable String name) {
      Article a = articles.get(articleId);
      if (name == null || a == null) {
        return Optional.empty();
      }
      String folded = Terms.fold(name);
      for (Entity e : a.entities()) {
        if (Terms.fold(e.name()).equals(folded) || e.aliases().stream().anyMatch(x -> Terms.fold(x).equals(folded))) {
          Optional<String> g = globalId(articleId, e.id());
          if (g.isPresent()) {
            return g;
          }
        }
      }
      return Optional.empty();
    }

    @Override
    public Optional<String> globalIdOfName(@Nullable String name) {
      if (name == null || name.isBlank()) {
        return Optional.empty();
      }
      String folded = Terms.fold(name).strip();
      return byName.computeIfAbsent(folded, f -> {
        try {
          List<EntityRecord> found = new ArrayList<>();
          for (String s : state.recordsWithKey(CorpusUpdater.ENTITY, LiveEntities.FOLD, List.of(f), 16)) {
            EntityRecord r = json.readValue(s, EntityRecord.class);
            if (r.redirect == null) {
              found.add(r);
            }
          }
          found.sort(Comparator.comparingInt((EntityRecord r) -> -r.articles).thenComparing(r -> r.name())
              .thenComparing(r -> r.id));
          for (EntityRecord r : found) {
            if (Terms.fold(r.name()).equals(f)) {
              return Optional.of(r.id);
            }
          }
          return found.isEmpty() ? Optional.<String>empty() : Optional.of(found.get(0).id);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    @Override
    public @Nullable String name(String globalId) {
      EntityRecord r = record(globalId);
      return r == null ? null : r.name();
    }

    @Override
    public @Nullable EntityType type(String globalId) {
      EntityRecord r = record(globalId);
      return r == null ? null : r.type();
    }
  }

  @FunctionalInterface
  private interface Compute<T> {
    T get() throws IOException;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, Compute<T> compute) throws IOException {
    long version = state.version();
    Cached c = cache.get(key);
    if (c != null && c.version() == version) {
      return (T) c.value();
    }
    T value = compute.get();
    cache.put(key, new Cached(version, value));
    return value;
  }

}
