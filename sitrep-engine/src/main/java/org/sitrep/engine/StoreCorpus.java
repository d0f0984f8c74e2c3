package org.sitrep.engine;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.store.ArticleStore;

/**
 * The engine's read side: stories, entities, timeline, claims and comparisons from the current
 * snapshot (an item belongs to a story when one of its sources is one of the story's articles),
 * search and articles from the store, outlets from the registry. Thread-safe; closing it does not
 * close the engine.
 */
final class StoreCorpus implements Corpus {
  private final ArticleStore store;
  private final Supplier<CorpusSnapshot> snapshot;
  private final Supplier<OutletRegistry> outlets;

  StoreCorpus(ArticleStore store, Supplier<CorpusSnapshot> snapshot, Supplier<OutletRegistry> outlets) {
    this.store = store;
    this.snapshot = snapshot;
    this.outlets = outlets;
  }

  @Override
  public List<StorySummary> stories() {
    return snapshot.get().stories();
  }

  @Override
  public Optional<StorySummary> story(String storyId) {
    return snapshot.get().stories().stream().filter(s -> s.id().equals(storyId)).findFirst();
  }

  @Override
  public List<EntitySummary> entities(@Nullable String storyId) {
    return inStory(snapshot.get().entities(), storyId, EntitySummary::sources);
  }

  @Override
  public List<TimelineItem> timeline(@Nullable String storyId) {
    return inStory(snapshot.get().timeline(), storyId, TimelineItem::sources);
  }

  @Override
  public List<ClaimSummary> claims(@Nullable String storyId) {
    return inStory(snapshot.get().claims(), storyId, ClaimSummary::sources);
  }

  @Override
  public Optional<Comparison> compare(String storyId) {
    CorpusSnapshot s = snapshot.get();
    Comparison c = s.comparisons().get(storyId);
    if (c != null) {
      return Optional.of(c);
    }
    // a known story with a single country has nothing to compare but still answers
    return story(storyId).map(st -> new Comparison(st.id(), List.of()));
  }

  private <T> List<T> inStory(List<T> items, @Nullable String storyId, Function<T, List<SourceRef>> sources) {
    if (storyId == null) {
      return items;
    }
    Optional<StorySummary> story = story(storyId);
    if (story.isEmpty()) {
      return List.of();
    }
    Set<String> articles = new HashSet<>(story.get().articles());
    return items.stream()
        .filter(item -> sources.apply(item).stream().anyMatch(ref -> articles.contains(ref.article())))
        .toList();
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    return store.search(query);
  }

  @Override
  public Optional<Article> article(String articleId) throws IOException {
    return store.get(articleId);
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
