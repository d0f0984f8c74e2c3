package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Quote;
import org.sitrep.corpus.claim.ClaimGroup;
import org.sitrep.corpus.claim.ClaimMatcher;
import org.sitrep.corpus.entity.CapitalActors;
import org.sitrep.corpus.entity.Capitals;
import org.sitrep.corpus.entity.EntityLookup;
import org.sitrep.corpus.entity.EntityResolver;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.corpus.perspective.PerspectiveBuilder;
import org.sitrep.corpus.perspective.ToneLexicon;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.corpus.reprint.ReprintEventDates;
import org.sitrep.corpus.story.StoryClusterer;
import org.sitrep.corpus.story.StoryDoc;
import org.sitrep.corpus.story.StoryDocs;
import org.sitrep.corpus.story.StoryParams;
import org.sitrep.corpus.text.Ids;
import org.sitrep.corpus.text.Terms;
import org.sitrep.corpus.timeline.TimelineBuilder;

/**
 * Computes the cross-article picture from the stored articles: outlets resolved, copies grouped
 * into origins ({@link ReprintDetector}), entities resolved across articles ({@link EntityResolver}),
 * articles clustered into stories online ({@link StoryClusterer}, headline and lead, entity overlap,
 * time decay; copies of one piece always share a story), events merged into a timeline
 * ({@link TimelineBuilder}), claims matched across outlets ({@link ClaimMatcher}) and each story
 * compared across countries ({@link PerspectiveBuilder}).
 *
 * <p>Deterministic: the same articles in the same order give the same snapshot, with stable ids
 * (a story's id is a hash of its first article's id). Thread-safe: each call works on its own state.
 */
public final class CorpusAnalyzer {
  /** Words of the body used with the headline for story clustering. */
  public static final int LEAD_WORDS = StoryDocs.LEAD_WORDS;

  private final OutletRegistry outlets;
  private final StoryParams storyParams;
  private final ToneLexicon tone = ToneLexicon.bundled();

  public CorpusAnalyzer(OutletRegistry outlets) {
    this(outlets, StoryParams.defaults());
  }

  public CorpusAnalyzer(OutletRegistry outlets, StoryParams storyParams) {
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.storyParams = Objects.requireNonNull(storyParams, "storyParams");
  }

  /** The snapshot for {@code articles}, given in arrival (ingest) order. */
  public CorpusSnapshot analyze(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      return CorpusSnapshot.EMPTY;
    }
    // an article stored twice is analysed once
    Map<String, Article> unique = new LinkedHashMap<>();
    CapitalActors capitalActors = new CapitalActors(Capitals.bundled());
    for (Article a : articles) {
      if (!unique.containsKey(a.id())) {
        // "Moscow signed" is Russia acting: capitals in actor roles are read as their countries
        unique.put(a.id(), capitalActors.apply(a));
      }
    }
    List<Article> docs = new ArrayList<>(unique.values());
    Map<Article, Outlet> outletOf = new IdentityHashMap<>();
    Map<String, Outlet> outletById = new HashMap<>();
    for (Article a : docs) {
      Outlet o = outlets.resolve(a.outlet(), a.url(), a.text());
      outletOf.put(a, o);
      outletById.put(a.id(), o);
    }
    // by id: a step may see an article rewritten (a reprint's event dates aligned)
    java.util.function.Function<Article, @Nullable String> outletName = a -> outletById.get(a.id()).name();

    List<ReprintDetector.Copy> copies = new ArrayList<>();
    for (Article a : docs) {
      List<String> credits = new ArrayList<>();
      for (String c : a.credits()) {
        credits.add(outlets.find(c).map(Outlet::name).orElse(c.strip()));
      }
      copies.add(new ReprintDetector.Copy(a.id(), a.text(), outletName.apply(a), credits, a.published()));
    }
    ReprintDetector.Result reprints = new ReprintDetector().detect(copies);

    EntityResolver entities = new EntityResolver();
    List<EntitySummary> entitySummaries = entities.resolve(docs, outletName);

    Map<String, List<Article>> storyArticles = clusterStories(docs, entities, reprints);
    List<StorySummary> stories = new ArrayList<>();
    Map<String, String> storyOf = new HashMap<>();
    for (Map.Entry<String, List<Article>> e : storyArticles.entrySet()) {
      StorySummary s = summarize(e.getKey(), e.getValue(), outletOf, reprints);
      stories.add(s);
      for (Article a : e.getValue()) {
        storyOf.put(a.id(), s.id());
      }
    }
    stories.sort(Comparator.comparingInt((StorySummary s) -> -s.articles().size())
        .thenComparing(s -> s.first() == null ? "" : s.first()).thenComparing(StorySummary::id));

    Views v = views(docs, outletById, reprints, entities, storyArticles.values().stream()
        .map(members -> Map.entry(storyOf.get(members.get(0).id()), members)).toList(), storyOf);
    List<TimelineItem> timeline = v.timeline();
    List<ClaimSummary> claims = v.claims();
    Map<String, Comparison> comparisons = v.comparisons();
    return new CorpusSnapshot(stories, storyOf, entitySummaries, timeline, claims, comparisons);
  }

  /** The cross-article views over a set of articles: timeline, claims and each story's comparison. */
  public record Views(List<TimelineItem> timeline, List<ClaimSummary> claims, Map<String, Comparison> comparisons) {}

  /**
   * The timeline, the claims and the comparison of each story over {@code docs} (arrival order,
   * capitals as actors already applied): the whole corpus in one analysis, or the articles of one
   * story in the incremental corpus.
   *
   * @param outletById article id to its resolved outlet
   * @param stories story id to its articles (each article in {@code docs})
   * @param storyOf article id to its story id
   */
  public Views views(List<Article> docs, Map<String, Outlet> outletById, ReprintDetector.Result reprints,
      EntityLookup entities, List<Map.Entry<String, List<Article>>> stories, Map<String, String> storyOf) {
    return views(docs, docs, outletById, reprints, entities, stories, storyOf);
  }

  /**
   * As {@link #views(List, Map, ReprintDetector.Result, EntityLookup, List, Map)}, with claims
   * matched over {@code claimDocs}, a superset of {@code docs} (articles of other stories that may
   * carry the same claims): the timeline covers {@code docs}, the claims every group with a member
   * in {@code docs}, each with all its members.
   */
  /** The timeline of {@code docs} alone (the first part of {@link #views}), for a reader that asks only for it. */
  public List<TimelineItem> timeline(List<Article> docs, Map<String, Outlet> outletById, ReprintDetector.Result reprints,
      EntityLookup entities) {
    java.util.function.Function<Article, @Nullable String> outletName = a -> {
      Outlet o = outletById.get(a.id());
      return o == null ? a.outlet() : o.name();
    };
    // a reprint's events are its original's: dated as the earliest copy dates them
    return new TimelineBuilder().build(ReprintEventDates.align(docs, reprints.groupOf()),
        (a, actor) -> entities.globalIdByName(a.id(), actor).or(() -> entities.globalIdOfName(actor))
            .orElse("name:" + actor.strip()),
        key -> {
          String n = key.startsWith("name:") ? key.substring(5) : entities.name(key);
          return n == null ? key : n;
        },
        outletName);
  }

  public Views views(List<Article> docs, List<Article> claimDocs, Map<String, Outlet> outletById,
      ReprintDetector.Result reprints, EntityLookup entities, List<Map.Entry<String, List<Article>>> stories,
      Map<String, String> storyOf) {
    java.util.function.Function<Article, @Nullable String> outletName = a -> {
      Outlet o = outletById.get(a.id());
      return o == null ? a.outlet() : o.name();
    };
    List<TimelineItem> timeline = timeline(docs, outletById, reprints, entities);

    java.util.Set<String> inView = new java.util.HashSet<>();
    for (Article a : docs) {
      inView.add(a.id());
    }
    List<ClaimGroup> claimGroups = new ClaimMatcher().match(claimDocs,
        (a, local) -> entities.globalId(a.id(), local).orElse(null), reprints.originOf(), outletName);
    List<ClaimSummary> claims = new ArrayList<>();
    Map<String, List<ClaimGroup>> claimsOfStory = new HashMap<>();
    for (ClaimGroup g : claimGroups) {
      if (claimDocs != docs && g.members().stream().noneMatch(m -> inView.contains(m.article().id()))) {
        continue;
      }
      claims.add(g.summary());
      Set<String> seen = new LinkedHashSet<>();
      for (ClaimGroup.Member m : g.members()) {
        String s = storyOf.get(m.article().id());
        if (s != null && seen.add(s)) {
          claimsOfStory.computeIfAbsent(s, k -> new ArrayList<>()).add(g);
        }
      }
    }

    PerspectiveBuilder perspectives = new PerspectiveBuilder(tone);
    PerspectiveBuilder.Resolver resolver = new PerspectiveBuilder.Resolver() {
      @Override
      public @Nullable String entity(Article article, String localId) {
        return entities.globalId(article.id(), localId).orElse(null);
      }

      @Override
      public @Nullable String speaker(Article article, Quote quote) {
        String id = quote.speakerId() == null ? null : entities.globalId(article.id(), quote.speakerId()).orElse(null);
        if (id == null) {
          id = entities.globalIdByName(article.id(), quote.speaker()).orElse(null);
        }
        if (id != null) {
          return entities.name(id);
        }
        return quote.speaker() == null || quote.speaker().isBlank() ? null : quote.speaker().strip();
      }

      @Override
      public String name(String entityId) {
        String n = entities.name(entityId);
        return n == null ? entityId : n;
      }

      @Override
      public EntityType type(String entityId) {
        EntityType t = entities.type(entityId);
        return t == null ? EntityType.OTHER : t;
      }
    };
    Map<String, Comparison> comparisons = new HashMap<>();
    Map<String, List<Article>> articlesOfStoryId = new HashMap<>();
    for (Map.Entry<String, List<Article>> e : stories) {
      articlesOfStoryId.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, List<Article>> e : stories) {
      comparisons.put(e.getKey(), perspectives.compare(e.getKey(), articlesOfStoryId.get(e.getKey()),
          a -> {
            Outlet o = outletById.get(a.id());
            return o == null ? null : o.country();
          }, outletName, a -> reprints.groupOf().getOrDefault(a.id(), a.id()),
          claimsOfStory.getOrDefault(e.getKey(), List.of()), resolver));
    }
    return new Views(timeline, claims, comparisons);
  }

  /** Story key (first article id) to its articles, in arrival order. */
  private Map<String, List<Article>> clusterStories(List<Article> docs, EntityResolver entities,
      ReprintDetector.Result reprints) {
    List<StoryDoc> storyDocs = new ArrayList<>(docs.size());
    for (Article a : docs) {
      // canonical entity ids with the words this article uses for them, so that "DPRK" and
      // "North Korea" (and 朝鲜) are one clustering term
      storyDocs.add(StoryDocs.of(a, local -> entities.globalId(a.id(), local).orElse(null)));
    }
    int[] cluster = new StoryClusterer(storyParams).cluster(storyDocs);
    Map<String, Integer> clusterOfArticle = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      clusterOfArticle.put(docs.get(i).id(), cluster[i]);
    }
    Map<Integer, List<Article>> byCluster = new LinkedHashMap<>();
    for (Article a : docs) {
      // copies of one piece belong to the story of the group's first copy
      int c = clusterOfArticle.get(reprints.groupOf().getOrDefault(a.id(), a.id()));
      byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
    }
    Map<String, List<Article>> out = new LinkedHashMap<>();
    for (List<Article> members : byCluster.values()) {
      out.put(members.get(0).id(), members);
    }
    return out;
  }

  private static StorySummary summarize(String firstId, List<Article> members, Map<Article, Outlet> outletOf,
      ReprintDetector.Result reprints) {
    Set<String> outletNames = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> origins = new TreeSet<>();
    String first = null;
    String last = null;
    Map<String, Integer> termCounts = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Article a : members) {
      ids.add(a.id());
      Outlet o = outletOf.get(a);
      outletNames.add(o.name());
      if (o.country() != null) {
        countries.add(o.country());
      }
      origins.add(reprints.originOf().getOrDefault(a.id(), o.name()));
      String p = a.published();
      // a date without its year ("XXXX-06-21") cannot be placed on the story's span
      if (p != null && !p.startsWith("X")) {
        first = first == null || p.compareTo(first) < 0 ? p : first;
        last = last == null || p.compareTo(last) > 0 ? p : last;
      }
      if (a.title() != null) {
        for (String t : new LinkedHashSet<>(Terms.terms(a.title()))) {
          termCounts.merge(t, 1, Integer::sum);
        }
      }
    }
    String title = null;
    double best = -1;
    for (Article a : members) {
      if (a.title() == null || a.title().isBlank()) {
        continue;
      }
      Set<String> terms = new LinkedHashSet<>(Terms.terms(a.title()));
      double score = 0;
      for (String t : terms) {
        score += termCounts.get(t);
      }
      // the headline that shares most words with the others, per word (long headlines are not favoured)
      score = terms.isEmpty() ? 0 : score / Math.sqrt(terms.size());
      if (score > best) {
        best = score;
        title = a.title().strip();
      }
    }
    if (title == null) {
      String text = members.get(0).text();
      title = StoryDocs.lead(text, 12).strip();
    }
    return new StorySummary(Ids.of("s", firstId), title, ids, new ArrayList<>(outletNames),
        new ArrayList<>(countries), first, last, origins.size());
  }

  /** Days since the epoch of an ISO date or date-time, or null. */
  static @Nullable Long day(@Nullable String published) {
    return StoryDocs.day(published);
  }
}
