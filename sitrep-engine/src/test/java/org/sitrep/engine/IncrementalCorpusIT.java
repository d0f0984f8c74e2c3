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
}
