package org.sitrep.corpus.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.corpus.entity.EntityResolver;
import org.sitrep.corpus.text.Ids;
import org.sitrep.corpus.text.Sentences;
import org.sitrep.corpus.text.Terms;

/**
 * Resolves one batch's article entities against the stored corpus entities, by the rules of
 * {@link EntityResolver}: identical multi-word names (any name for non-persons) of one type family
 * are one entity; a one-word person name joins the single multi-word person whose first or last
 * word it is (never by a byline: an author is not a subject), else the other one-word mentions of
 * that word when no full name has it, else it stays with its article; a one-word entity made before
 * its multi-word person arrived joins that person when the person is the only one with the word. Each
 * lookup is an index query on the entity records, so the cost does not grow with the corpus.
 */
final class LiveEntities {
  static final String KEY = "key";
  static final String PART = "part";
  static final String FOLD = "fold";
  private static final String SINGLE = "single:";
  static final int LOOKUP = 16;

  private final CorpusState state;
  private final ObjectMapper json;
  private final Map<String, EntityRecord> loaded = new HashMap<>();
  private final Map<String, EntityRecord> dirty = new LinkedHashMap<>();
  /** Keys and parts of records changed in this batch (the index does not see them yet). */
  private final Map<String, Set<String>> dirtyKeys = new HashMap<>();
  private final Map<String, Set<String>> dirtyParts = new HashMap<>();
  private final Set<String> counted = new HashSet<>();
  /** What earlier batches left (records are changed in place; see {@link EntityMemory}). */
  private final EntityMemory memory;
  /** Look-ups this batch asked the store, as it answered. */
  private final Map<String, List<String>> asked = new HashMap<>();

  LiveEntities(CorpusState state, ObjectMapper json) {
    this(state, json, EntityMemory.none());
  }

  /** Resolution that first asks {@code memory}, what earlier batches left. */
  LiveEntities(CorpusState state, ObjectMapper json, EntityMemory memory) {
    this.state = state;
    this.json = json;
    this.memory = memory;
  }

  /** One article-local entity resolved: its corpus id and the span of its first mention's sentence. */
  record Resolved(String local, String global, int start, int end) {}

  /** Resolves the batch; returns each article's local entities in entity order. */
  List<List<Resolved>> resolve(List<Article> articles, List<Long> arrivals) throws IOException {
    List<Map<String, String>> byLocal = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      byLocal.add(new LinkedHashMap<>());
    }
    // 1. multi-word names, and any name of a non-person
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Set<List<String>> authors = authors(a);
      int k = 0;
      for (Entity e : a.entities()) {
        k++;
        if (e.mentions().isEmpty()) {
          continue; // named only in the headline: no sentence of the text to cite as its source
        }
        List<List<String>> names = names(e);
        // a byline author is not a subject: a one-word name never joins the person by this mention
        boolean byline = e.type() == EntityType.PERSON && names.stream().anyMatch(authors::contains);
        List<String> keys = new ArrayList<>();
        for (List<String> n : names) {
          if (n.size() >= 2 || e.type() != EntityType.PERSON) {
            keys.add(EntityResolver.family(e.type()) + ":" + String.join("", n));
          }
        }
        if (keys.isEmpty()) {
          continue;
        }
        Set<String> found = new LinkedHashSet<>();
        for (String key : keys) {
          found.addAll(withKey(key));
        }
        EntityRecord target = found.isEmpty() ? create(e, keys.get(0), arrivals.get(i) * 1024 + k) : merge(found);
        absorb(target, a, e, keys, byline ? List.of() : names);
        byLocal.get(i).put(e.id(), target.id);
      }
    }
    // 2. one-word person names
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      int k = 0;
      for (Entity e : a.entities()) {
        k++;
        if (e.type() != EntityType.PERSON || byLocal.get(i).containsKey(e.id()) || e.mentions().isEmpty()) {
          continue;
        }
        List<List<String>> names = names(e);
        EntityRecord target = null;
        for (List<String> n : names) {
          Set<String> persons = withPart(n.get(0));
          if (persons.size() == 1) {
            target = get(persons.iterator().next());
            break;
          }
        }
        List<String> keys = new ArrayList<>();
        if (target == null) {
          String word = String.join("", names.isEmpty() ? List.of(Terms.fold(e.name())) : names.get(0));
          // a word several full names share stays with its article ("Kim" where Kim Jong-un and
          // Kim Yo-jong are named); it joins the same word elsewhere only when no full name has it
          boolean shared = false;
          for (List<String> n : names) {
            shared |= !withPart(n.get(0)).isEmpty();
          }
          String key = shared ? SINGLE + word + "@" + a.id() : SINGLE + word;
          keys.add(key);
          Set<String> found = withKey(key);
          target = found.isEmpty() ? create(e, key, arrivals.get(i) * 1024 + k) : merge(found);
        }
        if (target != null) {
          absorb(target, a, e, keys, names);
          byLocal.get(i).put(e.id(), target.id);
        }
      }
    }
    // 3. one-word entities made before the only multi-word person with their word arrived
    for (EntityRecord r : new ArrayList<>(dirty.values())) {
      if (r.redirect != null || r.parts.isEmpty()) {
        continue;
      }
      for (String part : List.copyOf(r.parts)) {
        Set<String> persons = withPart(part);
        if (persons.size() != 1) {
          continue;
        }
        Set<String> singles = withKey(SINGLE + part);
        singles.remove(r.id);
        if (!singles.isEmpty()) {
          singles.add(persons.iterator().next());
          merge(singles);
        }
      }
    }
    List<List<Resolved>> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      List<Resolved> rs = new ArrayList<>();
      for (Entity e : a.entities()) {
        String g = byLocal.get(i).get(e.id());
        if (g == null) {
          continue;
        }
        g = get(g).id; // a merge later in the batch
        int[] s = e.mentions().isEmpty() ? new int[] {-1, -1}
            : Sentences.around(a.text(), e.mentions().get(0).start(), e.mentions().get(0).end());
        rs.add(new Resolved(e.id(), g, s[0], s[1]));
      }
      out.add(rs);
    }
    return out;
  }

  /** The records this batch changed, to write. */
  List<CorpusUpdate.Record> records() throws IOException {
    List<CorpusUpdate.Record> out = new ArrayList<>();
    for (EntityRecord r : dirty.values()) {
      Map<String, List<String>> keys = new HashMap<>();
      if (r.redirect == null) {
        keys.put(KEY, r.keys);
        keys.put(PART, r.parts);
        Set<String> folds = new LinkedHashSet<>(r.aliases.keySet());
        keys.put(FOLD, new ArrayList<>(folds));
      }
      out.add(new CorpusUpdate.Record(CorpusUpdater.ENTITY, r.id, keys,
          Map.of("articles", (long) (r.redirect == null ? r.articles : -1), "seq", r.seq),
          json.writeValueAsString(r)));
    }
    return out;
  }

  /** The multi-word names of an article's byline authors, as name tokens. */
  private static Set<List<String>> authors(Article a) {
    Set<List<String>> out = new HashSet<>();
    for (String author : a.authors()) {
      List<String> n = EntityResolver.tokens(author, EntityType.PERSON);
      if (n.size() >= 2) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<List<String>> names(Entity e) {
    List<List<String>> names = new ArrayList<>();
    names.add(EntityResolver.tokens(e.name(), e.type()));
    for (String alias : e.aliases()) {
      names.add(EntityResolver.tokens(alias, e.type()));
    }
    names.removeIf(List::isEmpty);
    return names;
  }

  private EntityRecord create(Entity e, String key, long seq) throws IOException {
    String base = Ids.of("e", key.startsWith(SINGLE) ? "person:" + key.substring(SINGLE.length()) : key);
    String id = base;
    for (int n = 2; find(id) != null; n++) {
      id = base + "-" + n;
    }
    EntityRecord r = new EntityRecord();
    r.id = id;
    r.seq = seq;
    loaded.put(id, r);
    dirty.put(id, r);
    return r;
  }

  private void absorb(EntityRecord r, Article a, Entity e, List<String> keys, List<List<String>> names) {
    dirty.put(r.id, r);
    r.names.merge(e.name(), 1, Integer::sum);
    r.types.merge(e.type().name(), 1, Integer::sum);
    if (r.aliases.size() < EntityRecord.MAX_FORMS) {
      r.aliases.putIfAbsent(Terms.fold(e.name()), e.name());
      for (String alias : e.aliases()) {
        r.aliases.putIfAbsent(Terms.fold(alias), alias);
      }
    }
    for (String role : e.roles()) {
      String k = Terms.fold(role).strip();
      if (r.roles.containsKey(k) || r.roles.size() < EntityRecord.MAX_FORMS) {
        r.roles.merge(k, 1, Integer::sum);
        r.roleForms.putIfAbsent(k, role.strip());
      }
    }
    if (counted.add(r.id + "\u0000" + a.id())) {
      r.articles++;
    }
    for (String key : keys) {
      if (!r.keys.contains(key)) {
        r.keys.add(key);
      }
      dirtyKeys.computeIfAbsent(key, x -> new LinkedHashSet<>()).add(r.id);
    }
    if (e.type() == EntityType.PERSON) {
      for (List<String> n : names) {
        if (n.size() >= 2) {
          for (String part : List.of(n.get(0), n.get(n.size() - 1))) {
            if (!r.parts.contains(part)) {
              r.parts.add(part);
            }
            dirtyParts.computeIfAbsent(part, x -> new LinkedHashSet<>()).add(r.id);
          }
        }
      }
    }
  }

  /** Merges records into the earliest one; returns it. */
  private EntityRecord merge(Set<String> ids) throws IOException {
    List<EntityRecord> rs = new ArrayList<>();
    for (String id : ids) {
      EntityRecord r = get(id);
      if (r != null && rs.stream().noneMatch(x -> x.id.equals(r.id))) {
        rs.add(r);
      }
    }
    rs.sort(Comparator.comparingLong((EntityRecord r) -> r.seq).thenComparing(r -> r.id));
    EntityRecord target = rs.get(0);
    for (EntityRecord other : rs.subList(1, rs.size())) {
      other.names.forEach((k, v) -> target.names.merge(k, v, Integer::sum));
      other.types.forEach((k, v) -> target.types.merge(k, v, Integer::sum));
      other.aliases.forEach(target.aliases::putIfAbsent);
      other.roles.forEach((k, v) -> target.roles.merge(k, v, Integer::sum));
      other.roleForms.forEach(target.roleForms::putIfAbsent);
      target.articles += other.articles;
      for (String k : other.keys) {
        if (!target.keys.contains(k)) {
          target.keys.add(k);
        }
        dirtyKeys.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(target.id);
      }
      for (String p : other.parts) {
        if (!target.parts.contains(p)) {
          target.parts.add(p);
        }
        dirtyParts.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(target.id);
      }
      target.absorbed.add(other.id);
      target.absorbed.addAll(other.absorbed);
      other.redirect = target.id;
      other.keys.clear();
      other.parts.clear();
      dirty.put(other.id, other);
    }
    dirty.put(target.id, target);
    return target;
  }

  /** The live record with this id, following merges; null when there is none. */
  @Nullable EntityRecord get(String id) throws IOException {
    EntityRecord r = find(id);
    for (int hops = 0; r != null && r.redirect != null && hops < 32; hops++) {
      r = find(r.redirect);
    }
    return r;
  }

  private @Nullable EntityRecord find(String id) throws IOException {
    EntityRecord r = loaded.get(id);
    if (r == null) {
      r = memory.record(id);
      if (r == null) {
        var stored = state.record(CorpusUpdater.ENTITY, id);
        if (stored.isEmpty()) {
          return null;
        }
        r = json.readValue(stored.get(), EntityRecord.class);
      }
      loaded.put(id, r);
    }
    return r;
  }

  /**
   * Leaves in {@code memory} what this batch read, asked and changed (call once its records are to
   * be written; the caller drops the memory when they are not).
   */
  void keepIn(EntityMemory memory) {
    memory.keep(loaded, asked, Map.of(KEY, dirtyKeys, PART, dirtyParts));
  }

  private Set<String> withKey(String key) throws IOException {
    return lookup(KEY, key, dirtyKeys, r -> r.keys.contains(key));
  }

  private Set<String> withPart(String part) throws IOException {
    return lookup(PART, part, dirtyParts, r -> r.parts.contains(part));
  }

  private Set<String> lookup(String field, String value, Map<String, Set<String>> batch,
      java.util.function.Predicate<EntityRecord> holds) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    List<String> ids = memory.lookup(field, value);
    if (ids == null) {
      ids = asked.get(EntityMemory.key(field, value));
    }
    if (ids == null) {
      ids = state.recordIdsWithKey(CorpusUpdater.ENTITY, field, List.of(value), LOOKUP);
      asked.put(EntityMemory.key(field, value), ids);
    }
    for (String id : ids) {
      EntityRecord resolved = get(id);
      if (resolved != null && holds.test(resolved)) {
        out.add(resolved.id);
      }
    }
    for (String id : batch.getOrDefault(value, Set.of())) {
      EntityRecord resolved = get(id);
      if (resolved != null && holds.test(resolved)) {
        out.add(resolved.id);
      }
    }
    return out;
  }
}
