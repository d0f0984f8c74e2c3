package org.sitrep.corpus.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.model.Article;

/**
 * What one batch changes: each new article with the corpus fields to store with it, and the
 * records (stories, entities) to write in the same commit.
 *
 * @param articles the batch's articles in arrival order with their fields
 * @param records records to write (a record replaces the stored one with its kind and id)
 */
public record CorpusUpdate(List<Fielded> articles, List<Record> records) {
  public CorpusUpdate {
    articles = List.copyOf(articles);
    records = List.copyOf(records);
  }

  /**
   * A new article and its corpus fields: keyword terms to find it by and stored values.
   *
   * @param arrival the arrival number it was read with
   */
  public record Fielded(Article article, long arrival, Map<String, List<String>> keys, Map<String, String> stored) {
    public Fielded {
      Objects.requireNonNull(article, "article");
      Map<String, List<String>> k = new LinkedHashMap<>();
      keys.forEach((name, values) -> k.put(name, List.copyOf(values)));
      keys = Map.copyOf(k);
      stored = Map.copyOf(stored);
    }
  }

  /** A record to write: kind, id, keyword terms, numbers, JSON. */
  public record Record(String kind, String id, Map<String, List<String>> keys, Map<String, Long> numbers, String json) {
    public Record {
      Map<String, List<String>> k = new LinkedHashMap<>();
      keys.forEach((name, values) -> k.put(name, List.copyOf(values)));
      keys = Map.copyOf(k);
      numbers = Map.copyOf(numbers);
    }
  }
}
