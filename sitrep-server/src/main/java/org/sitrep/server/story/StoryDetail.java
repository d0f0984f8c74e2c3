package org.sitrep.server.story;

import java.util.List;
import java.util.Map;
import org.sitrep.core.corpus.StorySummary;

/**
 * What a story page shows at the top: the summary, its articles, and its outlets grouped by country.
 *
 * @param byCountry country code (or "??" when unknown) to outlet names
 */
public record StoryDetail(
    StorySummary story, List<ArticleRef> articles, List<OutletInfo> outlets,
    Map<String, List<String>> byCountry) {
  public StoryDetail {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    byCountry = Map.copyOf(byCountry);
  }
}
