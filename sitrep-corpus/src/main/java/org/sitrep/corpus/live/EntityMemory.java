package org.sitrep.corpus.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What entity resolution remembers between batches: the entity records it last read or wrote, and
 * the answers of its key look-ups (which records have a key or name part), both bounded and least
 * recently used first out. The corpus updater is the store's only writer of entity records, so what
 * it wrote is what the store holds; a look-up answer is brought up to date with the keys each batch
 * gives its records. A batch that fails must not be followed by another on the same memory (the
 * updater that owns it is dropped), since records are changed in place while a batch resolves.
 *
 * <p>A look-up keeps at most as many ids as the index look-up returns; a stale id (a record merged
 * into another since) is harmless, as every answer is checked against the live record.
 */
final class EntityMemory {
  private final Map<String, EntityRecord> records;
  private final Map<String, List<String>> lookups;
  private final int perLookup;

  /**
   * @param maxRecords records kept
   * @param maxLookups look-up answers kept
   * @param perLookup ids kept per answer (the index look-up's limit)
   */
  EntityMemory(int maxRecords, int maxLookups, int perLookup) {
    this.records = lru(maxRecords);
    this.lookups = lru(maxLookups);
    this.perLookup = perLookup;
  }

  /** Memory that keeps nothing (each batch reads what it needs from the store). */
  static EntityMemory none() {
    return new EntityMemory(0, 0, 0);
  }

  private static <V> Map<String, V> lru(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }

  @Nullable EntityRecord record(String id) {
    return records.get(id);
  }

  /** The remembered ids of the records whose {@code field} has {@code value}, or null. */
  @Nullable List<String> lookup(String field, String value) {
    return lookups.get(key(field, value));
  }

  /** The key of a look-up answer, in this memory and in a batch's answers ({@link #keep}). */
  static String key(String field, String value) {
    return field + '\u0000' + value;
  }

  /**
   * After a batch whose records are to be written: the records it read or changed, the look-ups it
   * asked the store (as the store answered before the batch), and the keys and name parts it gave
   * records ({@code field -> value -> ids}).
   */
  void keep(Map<String, EntityRecord> loaded, Map<String, List<String>> asked,
      Map<String, Map<String, Set<String>>> added) {
    records.putAll(loaded);
    lookups.putAll(asked);
    added.forEach((field, byValue) -> byValue.forEach((value, ids) -> {
      List<String> known = lookups.get(key(field, value));
      if (known == null) {
        return; // not remembered: the next look-up asks the store, which then holds this batch
      }
      List<String> grown = new ArrayList<>(known);
      for (String id : ids) {
        if (grown.size() < perLookup && !grown.contains(id)) {
          grown.add(id);
        }
      }
      lookups.put(key(field, value), List.copyOf(grown));
    }));
  }
}
