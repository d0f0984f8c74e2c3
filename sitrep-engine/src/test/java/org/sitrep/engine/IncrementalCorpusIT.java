package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.SummitCorpus;
import org.sitrep.corpus.outlet.OutletRegistry;

/**
 * The incremental corpus on a real store gives the answers of the whole-corpus analysis of the same
 * articles in the same order: stories, copy groups (independent sources), entities, timeline and
 * claims; whether the articles arrive in one batch, one by one, or across processes.
 */
class IncrementalCorpusIT {
  @TempDir Path dir;

  private static CorpusSnapshot batch(List<Article> articles) throws Exception {
    return new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles);
  }

  private static Set<String> stories(List<StorySummary> stories) {
    Set<String> out = new TreeSet<>();
    for (StorySummary s : stories) {
      out.add(s.id() + " " + new TreeSet<>(s.articles()) + " sources=" + s.independentSources() + " " + s.title()
          + " " + s.outlets() + " " + s.countries() + " " + s.first() + ".." + s.last());
    }
    return out;
  }

  private static Set<String> entities(List<EntitySummary> entities) {
    Set<String> out = new TreeSet<>();
    for (EntitySummary e : entities) {
      out.add(e.name() + " " + e.type() + " articles=" + e.articles() + " aliases=" + e.aliases() + " roles="
          + new TreeSet<>(e.roles()) + " sources=" + e.sources().size());
    }
    return out;
  }

  private static List<String> timeline(List<TimelineItem> items) {
    List<String> out = new ArrayList<>();
    for (TimelineItem t : items) {
      out.add(t.date() + " " + t.action() + " " + t.actors() + " " + t.text() + " " + t.sources());
    }
    return out;
  }

  private static Set<String> claims(List<ClaimSummary> claims) {
    Set<String> out = new HashSet<>();
    for (ClaimSummary c : claims) {
      out.add(c.text() + " " + c.status() + " contested=" + c.contested() + " " + c.sources());
    }
    return out;
  }

  private void assertSame(Engine engine, CorpusSnapshot expected) throws Exception {
    var corpus = engine.corpus();
    assertThat(stories(corpus.stories())).isEqualTo(stories(expected.stories()));
    assertThat(entities(corpus.entities(null))).isEqualTo(entities(expected.entities()));
    assertThat(timeline(corpus.timeline(null))).isEqualTo(timeline(expected.timeline()));
    assertThat(claims(corpus.claims(null))).isEqualTo(claims(expected.claims()));
    for (StorySummary s : expected.stories()) {
      assertThat(corpus.compare(s.id())).contains(expected.comparisons().getOrDefault(s.id(),
          new org.sitrep.core.corpus.Comparison(s.id(), List.of())));
    }
  }

  @Test
  void oneBatchGivesTheWholeCorpusAnswers() throws Exception {
    List<Article> articles = SummitCorpus.articles();
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("one"), null, false, 1))) {
      engine.addArticles(articles);
      assertSame(engine, batch(articles));
    }
  }

  @Test
  void articlesAcrossProcessesKeepTheirStories() throws Exception {
    List<Article> articles = SummitCorpus.articles();
    Path data = dir.resolve("split");
    int half = articles.size() / 2;
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      engine.addArticles(articles.subList(0, half));
    }
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      engine.addArticles(articles.subList(half, articles.size()));
      // the second process continues the first's stories exactly as the online clustering does with
      // the same batch boundaries (articles of a later batch never re-judge an earlier one)
      CorpusSnapshot expected = new CorpusAnalyzer(OutletRegistry.load(null),
          org.sitrep.corpus.story.StoryParams.defaults().withBatchSize(half)).analyze(articles);
      Set<Set<String>> got = new HashSet<>();
      engine.corpus().stories().forEach(s -> got.add(new TreeSet<>(s.articles())));
      Set<Set<String>> want = new HashSet<>();
      expected.stories().forEach(s -> want.add(new TreeSet<>(s.articles())));
      assertThat(got).isEqualTo(want);
      assertThat(entities(engine.corpus().entities(null))).isEqualTo(entities(expected.entities()));
    }
  }

  @Test
  void rebuildGivesTheSameState() throws Exception {
    List<Article> articles = SummitCorpus.articles();
    Path data = dir.resolve("rebuilt");
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      engine.addArticles(articles);
      Set<String> before = stories(engine.corpus().stories());
      assertThat(engine.rebuild()).isEqualTo(articles.size());
      assertThat(stories(engine.corpus().stories())).isEqualTo(before);
      assertSame(engine, batch(articles));
    }
  }

  /** One of a long story's articles: same event, a few wordings, one of five outlets; every third credits a wire. */
  private static Article longStory(int n) {
    String[] says = {"useful", "difficult", "slow but serious", "a step forward", "frank", "tense", "constructive"};
    String[] where = {"Geneva", "Vienna", "Istanbul"};
    String text = "Talks on the Varnholm grain corridor resumed in " + where[n % 3] + " as negotiators from both"
        + " delegations met again. Envoy Lisette Marrow called the round " + says[n % 7] + " and said the"
        + " Varnholm corridor convoys would keep moving.";
    String day = "2024-06-" + String.format("%02d", 1 + (n / 300));
    return new Article("v-" + n, "test:v-" + n, "https://example.org/v-" + n, "Outlet " + (n % 5),
        "Varnholm grain corridor talks resume in " + where[n % 3], List.of(), day, "en",
        n % 3 == 0 ? List.of("Wire " + (n % 2)) : List.of(), null, text, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A story larger than a record lists stays bounded across processes: its record keeps the newest
   * 2,000 ids and the full count, and counts each copy group's origin once.
   */
  @Test
  void aLongStoryKeepsABoundedRecord() throws Exception {
    int total = org.sitrep.corpus.live.StoryRecord.ARTICLES + 400;
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < total; n++) {
      articles.add(longStory(n));
    }
    Path data = dir.resolve("long");
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      engine.addArticles(articles.subList(0, 1000));
    }
    try (Engine engine = Engine.open(new EngineConfig(data, null, false, 1))) {
      for (int from = 1000; from < total; from += 500) {
        engine.addArticles(articles.subList(from, Math.min(total, from + 500)));
      }
      StorySummary story = engine.corpus().stories().stream()
          .max(java.util.Comparator.comparingInt(StorySummary::size)).orElseThrow();
      assertThat(story.size()).isGreaterThan(org.sitrep.corpus.live.StoryRecord.ARTICLES);
      List<String> members = new ArrayList<>();
      Set<String> groups = new HashSet<>();
      Set<String> fields = Set.of(org.sitrep.corpus.live.CorpusUpdater.STORY_OF, org.sitrep.corpus.live.CorpusUpdater.GROUP);
      for (Article a : articles) {
        var values = engine.store().corpusValues(a.id(), fields).orElseThrow();
        if (story.id().equals(values.get(org.sitrep.corpus.live.CorpusUpdater.STORY_OF))) {
          members.add(a.id());
          groups.add(values.get(org.sitrep.corpus.live.CorpusUpdater.GROUP));
        }
      }
      assertThat(story.size()).isEqualTo(members.size());
      assertThat(story.articles())
          .containsExactlyElementsOf(members.subList(members.size() - org.sitrep.corpus.live.StoryRecord.ARTICLES, members.size()));
      String json = engine.store().record(org.sitrep.corpus.live.CorpusUpdater.STORY, story.id()).orElseThrow();
      var record = org.sitrep.json.SitrepJson.mapper().readValue(json, org.sitrep.corpus.live.StoryRecord.class);
      assertThat(record.origins.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(groups.size());
      assertThat(story.independentSources()).isEqualTo(record.origins.size()).isBetween(1, 7);
      // ids of the newest articles, five outlets, two credits, its headlines and their terms, the centroid
      assertThat(json.length()).isLessThan(120_000);
    }
  }
}
