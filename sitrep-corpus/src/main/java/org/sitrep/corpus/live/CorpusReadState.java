package org.sitrep.corpus.live;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.Article;

/** What the read side of the incremental corpus reads of the store, beyond {@link CorpusState}. */
public interface CorpusReadState extends CorpusState {
  /** A stored article with its stored corpus values. */
  record Stored(Article article, Map<String, String> values) {}

  /** A stored article's id and stored corpus values, without its body. */
  record Keyed(String id, Map<String, String> values) {}

  /** A story's newest articles, at most {@code limit}, in arrival order. */
  List<Stored> storyArticles(String storyId, int limit) throws IOException;

  /** The JSON of at most {@code limit} story records, the largest first. */
  List<String> stories(int limit) throws IOException;

  /** The JSON of at most {@code limit} entity records (merged ones included), the most named first. */
  List<String> entities(int limit) throws IOException;

  /** At most {@code limit} articles naming any of the corpus entities {@code ids}, in arrival order. */
  List<Keyed> articlesNaming(Collection<String> ids, int limit) throws IOException;

  /**
   * The most recent articles (at most {@code limit}, in arrival order) naming any of the corpus
   * entities {@code ids} and published between the epoch days {@code fromDay} and {@code toDay}.
   */
  List<Stored> articlesNamingBetween(Collection<String> ids, long fromDay, long toDay, int limit) throws IOException;

  /** A number that changes whenever what the read side sees changes (a commit seen). */
  long version() throws IOException;
}
