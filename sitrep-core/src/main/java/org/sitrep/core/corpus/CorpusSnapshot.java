package org.sitrep.core.corpus;

import java.util.List;
import java.util.Map;

/**
 * The cross-article picture computed from all stored articles: stories, entities, timeline,
 * claims and per-story comparisons. An item belongs to a story when one of its sources is one of
 * the story's articles.
 *
 * @param storyOfArticle article id to story id
 * @param comparisons story id to its country comparison
 */
public record CorpusSnapshot(
    List<StorySummary> stories,
    Map<String, String> storyOfArticle,
    List<EntitySummary> entities,
    List<TimelineItem> timeline,
    List<ClaimSummary> claims,
    Map<String, Comparison> comparisons) {

  public static final CorpusSnapshot EMPTY =
      new CorpusSnapshot(List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of());

  public CorpusSnapshot {
    stories = List.copyOf(stories);
    storyOfArticle = Map.copyOf(storyOfArticle);
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
    claims = List.copyOf(claims);
    comparisons = Map.copyOf(comparisons);
  }
}
