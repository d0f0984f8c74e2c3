package org.sitrep.corpus.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.corpus.text.Glossaries;
import org.sitrep.corpus.text.Ids;
import org.sitrep.corpus.text.Terms;

/**
 * Recognises the same claim in different wording across articles. Each claim becomes a set of
 * content stems (numbers left out, so differing figures still match; words of entity mentions
 * left out, since entities are compared as corpus entities) and the set of corpus entities it
 * mentions. Two claims are the same when
 *
 * <ul>
 *   <li>their stems overlap strongly: three or more in common and Jaccard at least {@link #JACCARD}; or
 *   <li>three or more stems in common cover at least {@link #OVERLAP} of the shorter claim and
 *       they name at least two common entities (one, when either names only one); or
 *   <li>one of them denies or disputes, and they share three stems and two entities: a denial
 *       ("Pyongyang denied shipping munitions containers to Russia") words its own sentence around
 *       the claim's core.
 * </ul>
 *
 * <p>Across languages: a claim in a script a {@link org.sitrep.corpus.text.Glossary} reads (Chinese)
 * is compared as the English glosses of its words, and against a claim in another language one
 * stem in common stands for three in the rules above (two for the overlap rule), the entities and
 * the figure's unit doing the rest: 朝鲜已向俄罗斯运送约1万个集装箱的弹药 and "North Korea has sent
 * 6,700 containers of munitions to Russia" are one claim whose figures differ.
 *
 * <p>A claim is contested when a member is denied or disputed or names who denies it;
 * {@code corroboratedBy} lists the independent origins (wire copies count once) of the members
 * that assert or report it; figures given for the same unit that differ between members are
 * flagged. Candidates are the most recent groups in the inverted-index postings of each claim's
 * rarest stems (and, for a denial, of its entities), so the cost does not grow with the square of
 * the corpus.
 * Deterministic. Thread-safe (stateless).
 */
public final class ClaimMatcher {
  /** Least Jaccard similarity of stem sets. */
  public static final double JACCARD = 0.45;
  /** Least share of the shorter stem set found in the other. */
  public static final double OVERLAP = 0.4;
  private static final int RARE_TERMS = 6;
  private static final int RECENT_GROUPS = 100;
  private static final int COMPARE_MEMBERS = 8;

  /** One claim; {@code glossed} when its words were read through a dictionary (another language). */
  private record Item(Article article, Claim claim, Set<String> stems, Set<String> entities, Set<String> units,
      boolean glossed) {}

  /**
   * Groups the claims of {@code articles} (arrival order).
   *
   * @param entityOf article and article-local entity id to a corpus entity id (or null)
   * @param originOf article id to its independent origin
   * @param outletOf an article's outlet name
   */
  public List<ClaimGroup> match(List<Article> articles, EntityKey entityOf, Map<String, String> originOf,
      Function<Article, @Nullable String> outletOf) {
    List<Item> items = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Article a : articles) {
      for (Claim c : a.claims()) {
        Set<String> ents = new HashSet<>();
        // lenient with content: a claim span outside the text falls back to the claim's own text
        boolean inText = c.end() <= a.text().length();
        StringBuilder rest = new StringBuilder(inText ? a.text().substring(c.start(), c.end()) : c.text());
        for (Entity e : a.entities()) {
          for (Mention m : e.mentions()) {
            if (m.start() >= c.start() && m.end() <= c.end()) {
              String g = entityOf.key(a, e.id());
              if (g != null) {
                ents.add(g);
              }
              for (int k = m.start(); inText && k < m.end(); k++) {
                rest.setCharAt(k - c.start(), ' ');
              }
            }
          }
        }
        String body = rest.toString();
        Set<String> stems = new LinkedHashSet<>();
        // a Chinese claim is compared as the English of its words
        boolean glossed = Glossaries.covered(body);
        for (String t : Glossaries.terms(body)) {
          if (!Character.isDigit(t.charAt(0))) {
            stems.add(t);
          }
        }
        Set<String> units = new HashSet<>();
        for (Quantity q : a.quantities()) {
          if (q.unit() != null && !q.unit().isBlank() && q.start() >= c.start() && q.end() <= c.end()) {
            units.add(unitKey(q.unit()));
          }
        }
        items.add(new Item(a, c, stems, ents, units, glossed));
        for (String s : stems) {
          df.merge(s, 1, Integer::sum);
        }
      }
    }
    List<List<Item>> groups = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    Map<String, List<Integer>> byEntity = new HashMap<>();
    for (Item it : items) {
      // the rarest stems that some other claim shares: a stem only this claim has finds nothing
      List<String> rare = new ArrayList<>();
      for (String s : it.stems()) {
        if (df.getOrDefault(s, 0) > 1) {
          rare.add(s);
        }
      }
      rare.sort(Comparator.<String>comparingInt(s -> df.getOrDefault(s, 0)).thenComparing(Comparator.naturalOrder()));
      rare = rare.subList(0, Math.min(RARE_TERMS, rare.size()));
      TreeSet<Integer> cands = new TreeSet<>();
      for (String s : rare) {
        List<Integer> post = postings.getOrDefault(s, List.of());
        cands.addAll(post.subList(Math.max(0, post.size() - RECENT_GROUPS), post.size()));
      }
      if (denial(it.claim())) {
        // a denial words its own sentence: look among the recent claims about the same entities too
        for (String e : it.entities()) {
          List<Integer> post = byEntity.getOrDefault(e, List.of());
          cands.addAll(post.subList(Math.max(0, post.size() - RECENT_GROUPS), post.size()));
        }
      }
      int target = -1;
      for (int gi : cands) {
        List<Item> g = groups.get(gi);
        for (int k = 0; k < Math.min(COMPARE_MEMBERS, g.size()); k++) {
          if (same(g.get(k), it)) {
            target = gi;
            break;
          }
        }
        if (target >= 0) {
          break;
        }
      }
      if (target < 0) {
        target = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(target).add(it);
      for (String s : it.stems()) {
        List<Integer> post = postings.computeIfAbsent(s, k -> new ArrayList<>());
        if (post.isEmpty() || post.get(post.size() - 1) != target) {
          post.add(target);
        }
      }
      for (String e : it.entities()) {
        List<Integer> post = byEntity.computeIfAbsent(e, k -> new ArrayList<>());
        if (post.isEmpty() || post.get(post.size() - 1) != target) {
          post.add(target);
        }
      }
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (List<Item> g : groups) {
      out.add(summarize(g, originOf, outletOf));
    }
    return out;
  }

  /** Maps an article's entity (by local id) to a corpus entity id. */
  @FunctionalInterface
  public interface EntityKey {
    @Nullable String key(Article article, String localEntityId);
  }

  static boolean same(Item a, Item b) {
    if (a.stems().isEmpty() || b.stems().isEmpty()) {
      return false;
    }
    int common = 0;
    for (String s : a.stems()) {
      if (b.stems().contains(s)) {
        common++;
      }
    }
    // a claim read through a dictionary shares fewer words with one written in English (its
    // glosses are one translation among many), so across languages the entities and the figure's
    // unit carry more of the proof
    boolean acrossLanguages = a.glossed() != b.glossed();
    int least = acrossLanguages ? 1 : 3;
    if (common < least) {
      return false;
    }
    int union = a.stems().size() + b.stems().size() - common;
    if (common >= 3 && common >= JACCARD * union) {
      return true;
    }
    int sharedEntities = 0;
    for (String e : a.entities()) {
      if (b.entities().contains(e)) {
        sharedEntities++;
      }
    }
    int neededEntities = Math.min(2, Math.min(a.entities().size(), b.entities().size()));
    if (neededEntities == 0 || sharedEntities < neededEntities) {
      return false;
    }
    int shorter = Math.min(a.stems().size(), b.stems().size());
    if (common >= Math.min(3, least + 1) && common >= OVERLAP * shorter) {
      return true;
    }
    // the same kind of figure about the same entities, worded apart ("has sent about 6,700
    // containers", "has shipped around 10,000 containers"): one claim whose figures differ
    if (sharedEntities >= 2 && !Collections.disjoint(a.units(), b.units())) {
      return true;
    }
    return sharedEntities >= 2 && (denial(a.claim()) || denial(b.claim()));
  }

  /**
   * A figure's unit as compared across claims: folded and stemmed ("Containers" = "container"); a
   * unit in a language a dictionary glosses is its last glossed word's first gloss (个集装箱 is
   * "container").
   */
  static String unitKey(String unit) {
    if (Glossaries.covered(unit)) {
      String gloss = null;
      for (Glossaries.Token t : Glossaries.tokens(unit)) {
        if (t.gloss() != null) {
          gloss = t.gloss();
        }
      }
      if (gloss != null) {
        int cut = gloss.indexOf(';');
        return Terms.stem(Terms.fold(cut < 0 ? gloss : gloss.substring(0, cut)).strip());
      }
    }
    return Terms.stem(Terms.fold(unit).strip());
  }

  /**
   * How a figure is shown: as the first member that gives it writes it, and when members in another
   * script give it too, as the first of them writes it as well ("约6700个集装箱 / about 6,700 containers").
   */
  private static String figureText(List<Item> g, String unit, double value) {
    String first = null;
    Boolean firstGlossed = null;
    for (Item i : g) {
      if (denial(i.claim())) {
        continue;
      }
      for (Quantity q : i.article().quantities()) {
        if (q.start() >= i.claim().start() && q.end() <= i.claim().end() && q.value() == value
            && unit.equals(q.unit() == null ? "" : unitKey(q.unit()))) {
          if (first == null) {
            first = q.text();
            firstGlossed = i.glossed();
          } else if (i.glossed() != firstGlossed) {
            return first + " / " + q.text();
          }
        }
      }
    }
    return first == null ? "" : first;
  }

  private static boolean denial(Claim c) {
    return c.status() == ClaimStatus.DENIED || c.status() == ClaimStatus.DISPUTED;
  }

  private static ClaimGroup summarize(List<Item> g, Map<String, String> originOf,
      Function<Article, @Nullable String> outletOf) {
    Item lead = g.stream().filter(i -> !denial(i.claim())).findFirst().orElse(g.get(0));
    Set<String> deniedBy = new LinkedHashSet<>();
    Set<String> corroborated = new TreeSet<>();
    boolean contested = false;
    String claimant = null;
    String deniedClaimant = null;
    List<SourceRef> sources = new ArrayList<>();
    List<ClaimGroup.Member> members = new ArrayList<>();
    Map<String, Map<String, List<String>>> figures = new LinkedHashMap<>();
    Map<String, Map<Double, String>> shownFigure = new LinkedHashMap<>();
    for (Item i : g) {
      Claim c = i.claim();
      String outlet = outletOf.apply(i.article());
      members.add(new ClaimGroup.Member(i.article(), c));
      sources.add(new SourceRef(i.article().id(), outlet, c.start(), c.end()));
      deniedBy.addAll(c.deniedBy());
      if (denial(c)) {
        contested = true;
        if (c.status() == ClaimStatus.DENIED && c.claimant() != null && c.deniedBy().isEmpty()) {
          deniedBy.add(c.claimant());
        } else if (c.claimant() != null && !c.deniedBy().isEmpty() && deniedClaimant == null) {
          // "Blinken said ..., which Moscow denies": Blinken still makes the claim
          deniedClaimant = c.claimant();
        }
        continue;
      }
      if (claimant == null && c.claimant() != null) {
        claimant = c.claimant();
      }
      String origin = originOf.getOrDefault(i.article().id(), outlet == null ? i.article().id() : outlet);
      corroborated.add(origin);
      for (Quantity q : i.article().quantities()) {
        if (q.start() >= c.start() && q.end() <= c.end()) {
          String unit = q.unit() == null ? "" : unitKey(q.unit());
          String shown = shownFigure.computeIfAbsent(unit, k -> new LinkedHashMap<>())
              .computeIfAbsent(q.value(), v -> figureText(g, unit, v));
          List<String> by = figures.computeIfAbsent(unit, k -> new LinkedHashMap<>())
              .computeIfAbsent(shown, k -> new ArrayList<>());
          String who = outlet == null ? origin : outlet;
          if (!by.contains(who)) {
            by.add(who);
          }
        }
      }
    }
    if (!deniedBy.isEmpty()) {
      contested = true;
    }
    if (claimant == null) {
      claimant = deniedClaimant;
    }
    boolean differ = figures.values().stream().anyMatch(m -> m.size() > 1);
    String text = lead.claim().text();
    if (differ) {
      List<String> parts = new ArrayList<>();
      for (Map<String, List<String>> byValue : figures.values()) {
        if (byValue.size() > 1) {
          byValue.forEach((shown, outlets) -> parts.add(shown + " (" + String.join(", ", outlets) + ")"));
        }
      }
      text = text + " [figures differ: " + String.join("; ", parts) + "]";
    }
    Item first = g.get(0);
    String id = Ids.of("c", first.article().id() + ":" + first.claim().start());
    ClaimSummary summary = new ClaimSummary(id, text, claimant, lead.claim().status().wireName(),
        new ArrayList<>(deniedBy), new ArrayList<>(corroborated), contested, sources);
    return new ClaimGroup(summary, members, figures, differ);
  }
}
