package org.sitrep.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.corpus.live.CorpusReadState;
import org.sitrep.corpus.live.CorpusUpdater;
import org.sitrep.store.ArticleStore;

/** The incremental corpus's view of the store: every read is an index query. Thread-safe. */
final class StoreState implements CorpusReadState {
  private static final Set<String> CANDIDATE_VALUES = Set.of(CorpusUpdater.SIGNATURE, CorpusUpdater.GROUP,
      CorpusUpdater.STORY_OF, CorpusUpdater.ORIGIN);
  private static final Set<String> VIEW_VALUES = Set.of(CorpusUpdater.GROUP, CorpusUpdater.STORY_OF,
      CorpusUpdater.ENTITY_MAP, CorpusUpdater.OUTLET, CorpusUpdater.COUNTRY);
  private static final Set<String> SOURCE_VALUES = Set.of(CorpusUpdater.ENTITY_MAP, CorpusUpdater.OUTLET);

  private final ArticleStore store;

  StoreState(ArticleStore store) {
    this.store = store;
  }

  @Override
  public List<Candidate> reprintCandidates(Collection<String> bands, int limit) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (ArticleStore.Keyed k : store.articlesWithKey(CorpusUpdater.BAND, bands, limit, CANDIDATE_VALUES)) {
      String sig = k.stored().get(CorpusUpdater.SIGNATURE);
      if (sig != null) {
        out.add(new Candidate(k.id(), k.arrival(), sig, k.stored().getOrDefault(CorpusUpdater.GROUP, k.id()),
            k.stored().get(CorpusUpdater.STORY_OF), k.stored().get(CorpusUpdater.ORIGIN)));
      }
    }
    return out;
  }

  @Override
  public Optional<String> record(String kind, String id) throws IOException {
    return store.record(kind, id);
  }

  @Override
  public List<String> recordIdsWithKey(String kind, String name, Collection<String> values, int limit)
      throws IOException {
    return store.recordIdsWithKey(kind, name, values, limit);
  }

  @Override
  public List<String> recordsWithKey(String kind, String name, Collection<String> values, int limit) throws IOException {
    return store.recordsWithKey(kind, name, values, limit);
  }

  @Override
  public List<String> openStories() throws IOException {
    return store.records(CorpusUpdater.STORY, "open", 1, null, Integer.MAX_VALUE - 1);
  }

  @Override
  public int articles() throws IOException {
    return store.articleCount();
  }

  @Override
  public int docFreq(String term) throws IOException {
    return store.docFreq(CorpusUpdater.TERMS, term);
  }

  @Override
  public List<Stored> storyArticles(String storyId, int limit) throws IOException {
    List<Stored> out = new ArrayList<>();
    for (var e : store.newestWith(CorpusUpdater.STORY_OF, storyId, limit, VIEW_VALUES)) {
      out.add(new Stored(e.getKey(), e.getValue()));
    }
    return out;
  }

  @Override
  public List<String> stories(int limit) throws IOException {
    return store.records(CorpusUpdater.STORY, null, 0, "size", limit);
  }

  @Override
  public List<String> entities(int limit) throws IOException {
    return store.records(CorpusUpdater.ENTITY, null, 0, "articles", limit);
  }

  @Override
  public List<Keyed> articlesNaming(Collection<String> ids, int limit) throws IOException {
    List<Keyed> out = new ArrayList<>();
    for (ArticleStore.Keyed k : store.articlesWithKey(CorpusUpdater.ENTITIES, ids, limit, SOURCE_VALUES)) {
      out.add(new Keyed(k.id(), new HashMap<>(k.stored())));
    }
    return out;
  }

  @Override
  public List<Stored> articlesNamingBetween(Collection<String> ids, long fromDay, long toDay, int limit)
      throws IOException {
    List<Stored> out = new ArrayList<>();
    for (var e : store.articlesWithAny(CorpusUpdater.ENTITIES, ids, fromDay, toDay, limit, VIEW_VALUES)) {
      out.add(new Stored(e.getKey(), e.getValue()));
    }
    return out;
  }

  @Override
  public long version() throws IOException {
    return store.generation();
  }

}
