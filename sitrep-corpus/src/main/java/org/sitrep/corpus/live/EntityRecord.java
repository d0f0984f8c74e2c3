package org.sitrep.corpus.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.corpus.entity.EntityResolver;
import org.sitrep.corpus.text.Terms;

/**
 * A corpus entity as the store keeps it: the votes that choose its name and type, its aliases and
 * roles, how many articles name it, and the keys it is found by (its multi-word names, its name
 * parts for one-word mentions, its folded names). An entity merged into another keeps only a
 * redirect. Serialised as JSON; fields are public for the JSON mapper only.
 */
public final class EntityRecord {
  /** Most aliases and roles kept. */
  static final int MAX_FORMS = 100;

  public String id = "";
  public long seq;
  public @Nullable String redirect;
  public Map<String, Integer> names = new LinkedHashMap<>();
  public Map<String, Integer> types = new LinkedHashMap<>();
  public Map<String, String> aliases = new LinkedHashMap<>();
  public Map<String, Integer> roles = new LinkedHashMap<>();
  public Map<String, String> roleForms = new LinkedHashMap<>();
  public int articles;
  public List<String> keys = new ArrayList<>();
  public List<String> parts = new ArrayList<>();
  public List<String> absorbed = new ArrayList<>();

  /** The corpus name: a multi-word name before one word, then the most votes, the longest, the first. */
  public String name() {
    return names.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(
                e -> EntityResolver.tokens(e.getKey(), EntityType.PERSON).size() >= 2 ? 0 : 1)
            .thenComparing(e -> -e.getValue())
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .findFirst().map(Map.Entry::getKey).orElse(id);
  }

  /** The corpus type: the most votes, then by name. */
  public EntityType type() {
    return types.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .findFirst().map(e -> EntityType.valueOf(e.getKey())).orElse(EntityType.OTHER);
  }

  /** Aliases other than the name, sorted as the corpus lists them. */
  public List<String> aliasList() {
    Map<String, String> a = new LinkedHashMap<>(aliases);
    a.remove(Terms.fold(name()));
    List<String> out = new ArrayList<>(a.values());
    out.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    return out;
  }

  /** Roles by votes. */
  public List<String> roleList() {
    return roles.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .map(e -> roleForms.get(e.getKey())).toList();
  }

  /** True when a name of this person has two or more words. */
  boolean multiWordPerson() {
    return !parts.isEmpty();
  }
}
