package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.outlet.OutletRegistry;

/**
 * The analysis over 12,000 articles completes and keeps its invariants: every article in exactly
 * one story, unique story ids, every story compared, timeline and claims sourced. (Speed is measured
 * by running this test, not asserted: no test depends on timing.)
 */
class CorpusAnalyzerScaleIT {
  @Test
  void twelveThousandArticles() throws Exception {
    List<Article> articles = SyntheticCorpus.of(12_000, 42);
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles);
    assertThat(s.storyOfArticle()).hasSize(articles.size());
    Set<String> ids = new HashSet<>();
    int covered = 0;
    for (StorySummary story : s.stories()) {
      assertThat(ids.add(story.id())).isTrue();
      covered += story.articles().size();
      assertThat(s.comparisons()).containsKey(story.id());
      assertThat(story.independentSources()).isBetween(1, story.articles().size());
    }
    assertThat(covered).isEqualTo(articles.size());
    assertThat(s.stories().size()).isGreaterThan(20).isLessThan(articles.size());
    assertThat(s.timeline()).allSatisfy(t -> assertThat(t.sources()).isNotEmpty());
    assertThat(s.claims()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty());
    assertThat(s.entities()).extracting(e -> e.name()).contains("Vladimir Putin", "Kim Jong-un");
  }
}
