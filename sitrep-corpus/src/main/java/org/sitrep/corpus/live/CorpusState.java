package org.sitrep.corpus.live;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the incremental corpus reads of the articles and records stored before the current batch.
 * Implemented over the store; every lookup is an index query whose cost does not depend on the
 * number of stored articles.
 */
public interface CorpusState {
  /**
   * A stored article that shares a reprint band with a new one; {@code origin} is the JSON of what
   * decides its origin as a copy group of one (null in stores written before it was kept).
   */
  record Candidate(String articleId, long arrival, String signature, String group, @Nullable String story,
      @Nullable String origin) {}

  /** At most {@code limit} stored articles sharing any of {@code bands}, earliest first. */
  List<Candidate> reprintCandidates(Collection<String> bands, int limit) throws IOException;

  /** The JSON of a record. */
  Optional<String> record(String kind, String id) throws IOException;

  /** The JSON of at most {@code limit} records of {@code kind} whose key {@code name} is any of {@code values}. */
  List<String> recordsWithKey(String kind, String name, Collection<String> values, int limit) throws IOException;

  /**
   * The ids of at most {@code limit} records of {@code kind} whose key {@code name} is any of
   * {@code values} (the records of {@link #recordsWithKey}, without reading them).
   */
  List<String> recordIdsWithKey(String kind, String name, Collection<String> values, int limit) throws IOException;

  /** The JSON of every story that can still take articles. */
  List<String> openStories() throws IOException;

  /** Stored articles. */
  int articles() throws IOException;

  /** Stored articles whose clustering terms include {@code term}. */
  int docFreq(String term) throws IOException;
}
