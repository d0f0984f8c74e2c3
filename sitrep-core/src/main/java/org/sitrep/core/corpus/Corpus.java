package org.sitrep.core.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;

/**
 * The read side of a corpus, as the CLI's corpus commands, the HTTP API and briefs see it. A null
 * story id means the whole corpus. Implementations are thread-safe.
 */
public interface Corpus extends AutoCloseable {
  List<StorySummary> stories() throws IOException;

  Optional<StorySummary> story(String storyId) throws IOException;

  List<EntitySummary> entities(@Nullable String storyId) throws IOException;

  List<TimelineItem> timeline(@Nullable String storyId) throws IOException;

  List<ClaimSummary> claims(@Nullable String storyId) throws IOException;

  Optional<Comparison> compare(String storyId) throws IOException;

  SearchResult search(SearchQuery query) throws IOException;

  Optional<Article> article(String articleId) throws IOException;

  /**
   * The heads of the articles with these ids that the corpus holds, in the order given. A store
   * reads them without the articles' texts; this default reads each article.
   */
  default List<ArticleHead> heads(List<String> articleIds) throws IOException {
    List<ArticleHead> out = new java.util.ArrayList<>(articleIds.size());
    for (String id : articleIds) {
      article(id).ifPresent(a -> out.add(ArticleHead.of(a)));
    }
    return out;
  }

  /**
   * A number that changes whenever the corpus changes (a commit of new articles seen), so a client
   * can tell cheaply whether to read again; 0 for a corpus that never changes.
   */
  default long version() throws IOException {
    return 0;
  }

  /** Outlet facts (country, kind) for an outlet name. */
  Optional<Outlet> outlet(String name) throws IOException;

  @Override
  void close() throws IOException;
}
