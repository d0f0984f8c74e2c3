package org.sitrep.corpus.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.corpus.text.Ids;
import org.sitrep.corpus.text.Sentences;
import org.sitrep.corpus.text.Terms;

/**
 * One entity per real-world referent across the corpus. Article entities are joined when a name
 * of two or more words (name or alias, titles such as "President" removed, case, accents, spaces
 * and hyphens ignored: "Yoon Suk Yeol" = "Yoon Suk-yeol") is the same. A person known in an article
 * only by one word ("President Yoon", "Putin") joins the one multi-word person whose first or last
 * word it is; when two people share that word ("Kim" for Kim Jong-un and Kim Yo-jong, "Cho" for Cho
 * Tae-yong and Cho Hyun) it joins neither, nor the same word in another article. A person the
 * article's byline names (its author) is never the target of a one-word name: a byline author is not
 * a subject. Different people sharing a name part are never merged.
 * Deterministic. Not thread-safe; one instance per analysis.
 */
public final class EntityResolver implements EntityLookup {
  private static final Set<String> TITLES = Set.of("president", "presidents", "prime", "minister", "foreign",
      "defense", "defence", "unification", "leader", "chairman", "chairwoman", "general", "secretary", "mr", "mrs",
      "ms", "dr", "gen", "lt", "col", "spokesperson", "spokesman", "spokeswoman", "ambassador", "state", "vice",
      "deputy", "sen", "senator", "rep", "representative", "king", "queen", "premier", "chancellor", "chief",
      "former", "top", "envoy", "supreme", "commander", "national", "security", "adviser", "advisor", "first",
      "lady", "sister", "comrade", "marshal", "dictator", "strongman", "opposition", "director", "head", "of",
      "north", "south", "korean", "russian", "chinese", "us", "american", "indian", "japanese");

  private final List<Local> locals = new ArrayList<>();
  private final Map<String, Map<String, Integer>> localByArticle = new HashMap<>();
  private int[] parent = new int[0];
  private final Map<Integer, String> globalIdOfRoot = new HashMap<>();
  private final Map<String, String> nameOfGlobal = new HashMap<>();
  private final Map<String, EntityType> typeOfGlobal = new HashMap<>();
  private List<EntitySummary> summaries = List.of();

  /** One article's entity; {@code byline} when it is a person the article's byline names. */
  private record Local(int index, Article article, Entity entity, List<List<String>> names, boolean byline) {}

  /** Resolves the entities of {@code articles} (arrival order); {@code outletOf} names each article's outlet. */
  public List<EntitySummary> resolve(List<Article> articles, Function<Article, @Nullable String> outletOf) {
    for (Article a : articles) {
      Map<String, Integer> byId = localByArticle.computeIfAbsent(a.id(), k -> new HashMap<>());
      Set<List<String>> authors = new HashSet<>();
      for (String author : a.authors()) {
        List<String> n = tokens(author, EntityType.PERSON);
        if (n.size() >= 2) {
          authors.add(n);
        }
      }
      for (Entity e : a.entities()) {
        if (e.mentions().isEmpty()) {
          continue; // named only in the headline: no sentence of the text to cite as its source
        }
        List<List<String>> names = new ArrayList<>();
        names.add(tokens(e.name(), e.type()));
        for (String alias : e.aliases()) {
          names.add(tokens(alias, e.type()));
        }
        names.removeIf(List::isEmpty);
        boolean byline = e.type() == EntityType.PERSON && names.stream().anyMatch(authors::contains);
        Local l = new Local(locals.size(), a, e, names, byline);
        locals.add(l);
        byId.putIfAbsent(e.id(), l.index());
      }
    }
    parent = new int[locals.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // 1. identical multi-word names (or any name for non-persons) of the same type family
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (Local l : locals) {
      for (List<String> n : l.names()) {
        if (n.size() >= 2 || l.entity().type() != EntityType.PERSON) {
          String key = family(l.entity().type()) + ":" + String.join("", n);
          Integer other = firstWithKey.putIfAbsent(key, l.index());
          if (other != null) {
            union(other, l.index());
          }
        }
      }
    }
    // 2. one-word person names join the single multi-word person whose first or last word they are;
    // a byline author is not a subject, so a one-word name never joins one
    Map<String, Set<Integer>> rootsByPart = new HashMap<>();
    for (Local l : locals) {
      if (l.entity().type() != EntityType.PERSON || l.byline()) {
        continue;
      }
      for (List<String> n : l.names()) {
        if (n.size() >= 2) {
          rootsByPart.computeIfAbsent(n.get(0), k -> new HashSet<>()).add(find(l.index()));
          rootsByPart.computeIfAbsent(n.get(n.size() - 1), k -> new HashSet<>()).add(find(l.index()));
        }
      }
    }
    Map<String, Set<Integer>> roots = new HashMap<>();
    rootsByPart.forEach((k, v) -> {
      Set<Integer> r = new HashSet<>();
      for (int i : v) {
        r.add(find(i));
      }
      roots.put(k, r);
    });
    Map<String, Integer> firstSingle = new HashMap<>();
    for (Local l : locals) {
      if (l.entity().type() != EntityType.PERSON || l.names().stream().anyMatch(n -> n.size() >= 2)) {
        continue;
      }
      for (List<String> n : l.names()) {
        Set<Integer> r = roots.get(n.get(0));
        if (r != null && r.size() == 1) {
          union(r.iterator().next(), l.index());
          break;
        }
      }
      // a one-word name no full name resolves joins the same word elsewhere only when no full
      // name has it: "Kim" where Kim Jong-un and Kim Yo-jong are named stays with its article
      if (find(l.index()) == l.index() && l.names().stream().noneMatch(n -> roots.containsKey(n.get(0)))) {
        String key = String.join("", l.names().isEmpty() ? List.of(l.entity().name()) : l.names().get(0));
        Integer other = firstSingle.putIfAbsent(key, l.index());
        if (other != null) {
          union(other, l.index());
        }
      }
    }
    summaries = summarize(outletOf);
    return summaries;
  }

  /** The corpus entity id of an article's entity, by its article-local id. */
  @Override
  public Optional<String> globalId(String articleId, @Nullable String localId) {
    if (localId == null) {
      return Optional.empty();
    }
    Integer i = localByArticle.getOrDefault(articleId, Map.of()).get(localId);
    return i == null ? Optional.empty() : Optional.ofNullable(globalIdOfRoot.get(find(i)));
  }

  /** The corpus entity id for a name as used in an article (its canonical name or an alias). */
  @Override
  public Optional<String> globalIdByName(String articleId, @Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    Map<String, Integer> byId = localByArticle.getOrDefault(articleId, Map.of());
    String folded = Terms.fold(name);
    for (int i : byId.values().stream().sorted().toList()) {
      Entity e = locals.get(i).entity();
      if (Terms.fold(e.name()).equals(folded) || e.aliases().stream().anyMatch(a -> Terms.fold(a).equals(folded))) {
        return Optional.ofNullable(globalIdOfRoot.get(find(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * The corpus entity named {@code name} (its corpus name or an alias) anywhere in the corpus, for a
   * name an article uses without tagging it; the entity in most articles wins.
   */
  @Override
  public Optional<String> globalIdOfName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String folded = Terms.fold(name).strip();
    for (EntitySummary e : summaries) {
      if (Terms.fold(e.name()).equals(folded)) {
        return Optional.of(e.id());
      }
    }
    for (EntitySummary e : summaries) {
      if (e.aliases().stream().anyMatch(a -> Terms.fold(a).equals(folded))) {
        return Optional.of(e.id());
      }
    }
    return Optional.empty();
  }

  /** The corpus name of a corpus entity id. */
  @Override
  public @Nullable String name(String globalId) {
    return nameOfGlobal.get(globalId);
  }

  /** The corpus type of a corpus entity id. */
  @Override
  public @Nullable EntityType type(String globalId) {
    return typeOfGlobal.get(globalId);
  }

  /** The article entities (with their articles) behind a corpus entity id. */
  public List<Map.Entry<Article, Entity>> members(String globalId) {
    List<Map.Entry<Article, Entity>> out = new ArrayList<>();
    for (Local l : locals) {
      if (globalId.equals(globalIdOfRoot.get(find(l.index())))) {
        out.add(Map.entry(l.article(), l.entity()));
      }
    }
    return out;
  }

  private List<EntitySummary> summarize(Function<Article, @Nullable String> outletOf) {
    Map<Integer, List<Local>> groups = new LinkedHashMap<>();
    for (Local l : locals) {
      groups.computeIfAbsent(find(l.index()), k -> new ArrayList<>()).add(l);
    }
    List<EntitySummary> out = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    for (Map.Entry<Integer, List<Local>> g : groups.entrySet()) {
      List<Local> members = g.getValue();
      Map<String, Integer> nameVotes = new LinkedHashMap<>();
      Map<EntityType, Integer> typeVotes = new LinkedHashMap<>();
      Map<String, String> aliases = new LinkedHashMap<>();
      Map<String, Integer> roleVotes = new LinkedHashMap<>();
      Map<String, String> roleForms = new HashMap<>();
      Set<String> articles = new LinkedHashSet<>();
      List<SourceRef> sources = new ArrayList<>();
      for (Local l : members) {
        Entity e = l.entity();
        nameVotes.merge(e.name(), 1, Integer::sum);
        typeVotes.merge(e.type(), 1, Integer::sum);
        aliases.putIfAbsent(Terms.fold(e.name()), e.name());
        for (String a : e.aliases()) {
          aliases.putIfAbsent(Terms.fold(a), a);
        }
        for (String r : e.roles()) {
          String k = Terms.fold(r).strip();
          roleVotes.merge(k, 1, Integer::sum);
          roleForms.putIfAbsent(k, r.strip());
        }
        if (articles.add(l.article().id()) && !e.mentions().isEmpty()) {
          Mention m = e.mentions().get(0);
          int[] s = Sentences.around(l.article().text(), m.start(), m.end());
          sources.add(new SourceRef(l.article().id(), outletOf.apply(l.article()), s[0], s[1]));
        }
      }
      String name = nameVotes.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> tokens(e.getKey(), EntityType.PERSON).size() >= 2 ? 0 : 1)
              .thenComparing(e -> -e.getValue())
              .thenComparing(e -> -e.getKey().length())
              .thenComparing(Map.Entry::getKey))
          .findFirst().orElseThrow().getKey();
      EntityType type = typeVotes.entrySet().stream()
          .sorted(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(e -> -e.getValue())
              .thenComparing(e -> e.getKey().name()))
          .findFirst().orElseThrow().getKey();
      aliases.remove(Terms.fold(name));
      List<String> aliasList = new ArrayList<>(aliases.values());
      aliasList.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
      List<String> roles = roleVotes.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
          .map(e -> roleForms.get(e.getKey())).toList();
      String base = Ids.of("e", family(type) + ":" + String.join("", tokens(name, type)));
      String id = base;
      for (int k = 2; !usedIds.add(id); k++) {
        id = base + "-" + k;
      }
      globalIdOfRoot.put(g.getKey(), id);
      nameOfGlobal.put(id, name);
      typeOfGlobal.put(id, type);
      out.add(new EntitySummary(id, name, type, aliasList, articles.size(), roles, sources));
    }
    out.sort(Comparator.comparingInt((EntitySummary e) -> -e.articles()).thenComparing(EntitySummary::name)
        .thenComparing(EntitySummary::id));
    return out;
  }

  /** Name words without leading titles ("President Yoon" is ["yoon"]); hyphenated parts joined. */
  public static List<String> tokens(String name, EntityType type) {
    List<String> words = Terms.words(name);
    if (type != EntityType.PERSON) {
      return words;
    }
    int i = 0;
    while (i < words.size() - 1 && TITLES.contains(words.get(i))) {
      i++;
    }
    List<String> rest = new ArrayList<>(words.subList(i, words.size()));
    return rest.isEmpty() ? words : rest;
  }

  public static String family(EntityType t) {
    return switch (t) {
      case COUNTRY, LOCATION -> "place";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int x = find(a);
    int y = find(b);
    if (x != y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
}
