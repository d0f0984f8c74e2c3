package org.sitrep.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.live.LiveViews;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.store.ArticleStore;

/**
 * The engine's read side: stories, entities, timeline, claims and comparisons from the incremental
 * corpus ({@link LiveViews}), search and articles from the store, outlets from the registry. A
 * read-only engine first catches up with the writer's last commit (at most twice a second), so a
 * server sees what a running ingest or watch committed. Thread-safe; closing it does not close the
 * engine.
 */
final class StoreCorpus implements Corpus {
  private final ArticleStore store;
  private final Supplier<LiveViews> views;
  private final Supplier<OutletRegistry> outlets;
  private final Runnable catchUp;

  StoreCorpus(ArticleStore store, Supplier<LiveViews> views, Supplier<OutletRegistry> outlets, Runnable catchUp) {
    this.store = store;
    this.views = views;
    this.outlets = outlets;
    this.catchUp = catchUp;
  }

  private LiveViews live() {
    catchUp.run();
    return views.get();
  }

  @Override
  public List<StorySummary> stories() throws IOException {
    return live().stories();
  }

  @Override
  public Optional<StorySummary> story(String storyId) throws IOException {
    return live().story(storyId);
  }

  @Override
  public List<EntitySummary> entities(@Nullable String storyId) throws IOException {
    return live().entities(storyId);
  }

  @Override
  public List<TimelineItem> timeline(@Nullable String storyId) throws IOException {
    return live().timeline(storyId);
  }

  @Override
  public List<ClaimSummary> claims(@Nullable String storyId) throws IOException {
    return live().claims(storyId);
  }

  @Override
  public Optional<Comparison> compare(String storyId) throws IOException {
    return live().compare(storyId);
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    catchUp.run();
    return store.search(query);
  }

  @Override
  public Optional<Article> article(String articleId) throws IOException {
    catchUp.run();
    return store.get(articleId);
  }

  @Override
  public List<org.sitrep.core.corpus.ArticleHead> heads(List<String> articleIds) throws IOException {
    catchUp.run();
    return store.heads(articleIds);
  }

  @Override
  public long version() throws IOException {
    catchUp.run();
    return store.generation();
  }

  @Override
  public Optional<Outlet> outlet(String name) {
    if (name.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(outlets.get().resolve(name, null, ""));
  }

  @Override
  public void close() {
    // the engine owns the store and closes it
  }
}
