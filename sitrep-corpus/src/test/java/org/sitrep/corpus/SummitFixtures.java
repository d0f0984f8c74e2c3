package org.sitrep.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.Article;

/** Public access to the summit corpus for tests in the feature packages. */
public final class SummitFixtures {
  private SummitFixtures() {}

  public static List<Article> articles() {
    return SummitCorpus.articles();
  }

  public static Map<String, Article> byId() {
    Map<String, Article> m = new LinkedHashMap<>();
    for (Article a : SummitCorpus.articles()) {
      m.put(a.id(), a);
    }
    return m;
  }
}
