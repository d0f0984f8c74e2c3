package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A corpus record kept in the store beside the articles (a story, a corpus entity, a reprint
 * group): its kind and id, keyword terms to find it by, numbers to filter and sort by, and its JSON.
 * A record is replaced whole by a later one with the same kind and id, in the same commit as the
 * articles that changed it.
 */
public record CorpusRecord(String kind, String id, Map<String, List<String>> keys, Map<String, Long> numbers,
    String json) {
  public CorpusRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
    if (kind.isEmpty() || kind.contains("/")) {
      throw new IllegalArgumentException("record kind must be a non-empty word, got '" + kind + "'");
    }
    Map<String, List<String>> k = new LinkedHashMap<>();
    keys.forEach((name, values) -> k.put(name, List.copyOf(values)));
    keys = Map.copyOf(k);
    numbers = Map.copyOf(numbers);
  }
}
