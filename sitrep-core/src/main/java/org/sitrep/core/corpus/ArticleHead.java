package org.sitrep.core.corpus;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;

/**
 * What a list of articles shows of each (a story page): its id, headline, outlet, publication date
 * and credits, without its text and annotations.
 */
public record ArticleHead(String id, @Nullable String title, @Nullable String outlet, @Nullable String published,
    List<String> credits) {
  public ArticleHead {
    Objects.requireNonNull(id, "id");
    credits = List.copyOf(credits);
  }

  /** The head of a whole article. */
  public static ArticleHead of(Article a) {
    return new ArticleHead(a.id(), a.title(), a.outlet(), a.published(), a.credits());
  }
}
