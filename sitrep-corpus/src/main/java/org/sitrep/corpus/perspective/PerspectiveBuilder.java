package org.sitrep.corpus.perspective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimRef;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Perspective;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quote;
import org.sitrep.corpus.claim.ClaimGroup;
import org.sitrep.corpus.text.Sentences;

/**
 * How the outlets of each country cover one story: outlets, the speakers they quote (most quoted
 * first), the claims they carry and those they omit that other countries carry, distinctive
 * framing terms ({@link FramingTerms}) and tone toward the story's main actors ({@link ToneLexicon}
 * over the sentences that mention the actor). Articles whose outlet has no known country form the
 * group {@code "unknown"}. Deterministic. Thread-safe (stateless after construction).
 */
public final class PerspectiveBuilder {
  /** Framing terms per country. */
  public static final int FRAMING_TERMS = 8;
  /** Main actors scored for tone. */
  public static final int MAIN_ACTORS = 4;
  /** Country key for outlets of unknown country. */
  public static final String UNKNOWN_COUNTRY = "unknown";

  private final ToneLexicon tone;

  public PerspectiveBuilder(ToneLexicon tone) {
    this.tone = tone;
  }

  /** Resolves names and entities of an article to corpus terms. */
  public interface Resolver {
    /** The corpus entity id of an article entity, or null. */
    @Nullable String entity(Article article, String localId);

    /** The corpus display name of a quote's speaker, or null when it has none. */
    @Nullable String speaker(Article article, Quote quote);

    /** The corpus display name of a corpus entity id. */
    String name(String entityId);

    /** The corpus type of a corpus entity id. */
    EntityType type(String entityId);
  }

  /**
   * The comparison for one story.
   *
   * @param articles the story's articles (arrival order)
   * @param countryOf an article's outlet country, or null
   * @param outletOf an article's outlet name, or null
   * @param copyGroupOf an article's copy group (copies of one piece count once in framing)
   * @param claims the claim groups with at least one member in the story
   */
  public Comparison compare(String storyId, List<Article> articles, Function<Article, @Nullable String> countryOf,
      Function<Article, @Nullable String> outletOf, Function<Article, String> copyGroupOf, List<ClaimGroup> claims,
      Resolver resolver) {
    Map<String, List<Article>> byCountry = new TreeMap<>();
    Map<String, String> countryOfArticle = new HashMap<>();
    for (Article a : articles) {
      String c = countryOf.apply(a);
      String key = c == null ? UNKNOWN_COUNTRY : c;
      byCountry.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      countryOfArticle.put(a.id(), key);
    }
    // claims carried per country
    Map<String, Set<String>> carriedBy = new LinkedHashMap<>();
    Map<String, ClaimRef> refs = new LinkedHashMap<>();
    for (ClaimGroup g : claims) {
      for (ClaimGroup.Member m : g.members()) {
        String c = countryOfArticle.get(m.article().id());
        if (c != null) {
          carriedBy.computeIfAbsent(g.summary().id(), k -> new TreeSet<>()).add(c);
          refs.putIfAbsent(g.summary().id(), new ClaimRef(g.summary().id(), g.summary().text()));
        }
      }
    }
    List<String> claimOrder = new ArrayList<>(carriedBy.keySet());
    claimOrder.sort(Comparator.<String>comparingInt(id -> -carriedBy.get(id).size()).thenComparing(Comparator.naturalOrder()));
    List<String> actors = mainActors(articles, resolver);
    List<Perspective> out = new ArrayList<>();
    for (Map.Entry<String, List<Article>> e : byCountry.entrySet()) {
      String country = e.getKey();
      List<Article> mine = e.getValue();
      Set<String> outlets = new TreeSet<>();
      Map<String, Integer> speakers = new HashMap<>();
      for (Article a : mine) {
        String o = outletOf.apply(a);
        if (o != null) {
          outlets.add(o);
        }
        for (Quote q : a.quotes()) {
          String s = resolver.speaker(a, q);
          if (s != null) {
            speakers.merge(s, 1, Integer::sum);
          }
        }
      }
      List<String> quoted = speakers.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(x -> -x.getValue()).thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).toList();
      List<ClaimRef> carried = new ArrayList<>();
      List<ClaimRef> omitted = new ArrayList<>();
      for (String id : claimOrder) {
        Set<String> cs = carriedBy.get(id);
        if (cs.contains(country)) {
          carried.add(refs.get(id));
        } else if (!cs.isEmpty()) {
          omitted.add(refs.get(id));
        }
      }
      List<String> groupTexts = new ArrayList<>();
      List<String> restTexts = new ArrayList<>();
      Set<String> groupsSeen = new java.util.HashSet<>();
      for (Article a : articles) {
        if (!groupsSeen.add(copyGroupOf.apply(a))) {
          continue;
        }
        String text = (a.title() == null ? "" : a.title() + "\n") + withoutPeople(a, resolver);
        (countryOfArticle.get(a.id()).equals(country) ? groupTexts : restTexts).add(text);
      }
      List<String> framing = FramingTerms.distinctive(groupTexts, restTexts, FRAMING_TERMS);
      Map<String, Double> tones = new LinkedHashMap<>();
      for (String actor : actors) {
        Double t = toneToward(actor, mine, resolver);
        if (t != null) {
          tones.put(resolver.name(actor), t);
        }
      }
      out.add(new Perspective(country, new ArrayList<>(outlets), quoted, carried, omitted, framing, tones));
    }
    return new Comparison(storyId, out);
  }

  /** The article text with the names of people blanked: names are who is covered, not framing. */
  private static String withoutPeople(Article a, Resolver resolver) {
    char[] chars = a.text().toCharArray();
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        for (int k = m.start(); k < Math.min(m.end(), chars.length); k++) {
          chars[k] = ' ';
        }
      }
    }
    return new String(chars);
  }

  private @Nullable Double toneToward(String actor, List<Article> articles, Resolver resolver) {
    double sum = 0;
    int n = 0;
    for (Article a : articles) {
      Set<Integer> seen = new LinkedHashSet<>();
      for (Entity e : a.entities()) {
        if (!actor.equals(resolver.entity(a, e.id()))) {
          continue;
        }
        for (Mention m : e.mentions()) {
          int[] s = Sentences.around(a.text(), m.start(), m.end());
          if (seen.add(s[0])) {
            sum += tone.score(a.text().substring(s[0], s[1]));
            n++;
          }
        }
      }
    }
    if (n == 0) {
      return null;
    }
    return Math.round(sum / n * 1000) / 1000.0;
  }

  /** The corpus entities (people, organisations, countries) mentioned in the most story articles. */
  private static List<String> mainActors(List<Article> articles, Resolver resolver) {
    Map<String, Integer> counts = new HashMap<>();
    for (Article a : articles) {
      Set<String> seen = new LinkedHashSet<>();
      for (Entity e : a.entities()) {
        String g = resolver.entity(a, e.id());
        if (g != null && seen.add(g)) {
          EntityType t = resolver.type(g);
          if (t == EntityType.PERSON || t == EntityType.COUNTRY || t == EntityType.ORGANIZATION) {
            counts.merge(g, 1, Integer::sum);
          }
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(x -> -x.getValue())
            .thenComparing(x -> resolver.name(x.getKey())))
        .limit(MAIN_ACTORS).map(Map.Entry::getKey).toList();
  }
}
