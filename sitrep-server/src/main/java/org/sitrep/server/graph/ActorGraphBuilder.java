package org.sitrep.server.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quote;

/**
 * Builds the actor graph of a story. Edges come from three places: timeline events (the first actor
 * to each other actor of a joint action such as signing or meeting, and every actor to every target,
 * typed by the action), quotes (the speaker to each entity named inside the
 * quoted words, typed by the wording) and claim denials (the denier to the claimant). Edges with the
 * same ends, kind and type merge and keep every source. Stateless and thread-safe.
 */
public final class ActorGraphBuilder {
  /** Actions done together, whose co-actors are each other's counterparts. */
  private static final Set<String> JOINT_ACTIONS = Set.of(
      "sign", "meet", "agree", "talk", "negotiate", "discuss", "summit", "drill", "exercise", "ratify",
      "establish", "hold", "trade");
  private static final Pattern DENIES = Pattern.compile(
      "\\b(den(y|ies|ied)|slander\\w*|fabricat\\w*|groundless|baseless|lie|lies|false|absurd)\\b");
  private static final Pattern CRITICISES = Pattern.compile(
      "\\b(condemn\\w*|threat\\w*|reckless|dangerous|violat\\w*|provocat\\w*|illegal|hostile|"
          + "aggress\\w*|destabili\\w*|deplor\\w*|irresponsible|concern\\w*|menace)\\b");
  private static final Pattern WARNS = Pattern.compile("\\b(warn\\w*|consequence\\w*|will respond|retaliat\\w*)\\b");
  private static final Pattern SUPPORTS = Pattern.compile(
      "\\b(friend\\w*|support\\w*|welcom\\w*|ally|allies|alliance|solidarity|partner\\w*|comrade\\w*|"
          + "cooperat\\w*|thank\\w*|brother\\w*|firm\\w*)\\b");

  /**
   * The graph of a story.
   *
   * @param entities the story's entities (node ids and names)
   * @param timeline the story's timeline
   * @param claims the story's claims
   * @param articles the story's articles (their quotes and entity mentions)
   */
  public ActorGraph build(String storyId, List<EntitySummary> entities, List<TimelineItem> timeline,
      List<ClaimSummary> claims, List<Article> articles) {
    Map<String, EntitySummary> byName = new HashMap<>();
    for (EntitySummary e : entities) {
      byName.put(key(e.name()), e);
      for (String alias : e.aliases()) {
        byName.putIfAbsent(key(alias), e);
      }
    }
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    Map<String, EdgeDraft> edges = new LinkedHashMap<>();

    for (TimelineItem item : timeline) {
      if (item.actors().isEmpty() || item.sources().isEmpty()) {
        continue;
      }
      // Co-actors of a joint action relate to each other (Putin and Kim signed); two states that
      // both rejected an accusation do not reject each other.
      List<String> partners = JOINT_ACTIONS.contains(item.action())
          ? item.actors().subList(1, item.actors().size()) : List.of();
      linkEvent(nodes, edges, byName, item.actors().get(0), partners, item);
      for (String actor : item.actors()) {
        linkEvent(nodes, edges, byName, actor, item.targets(), item);
      }
    }

    for (Article article : articles) {
      for (Quote quote : article.quotes()) {
        if (quote.speaker() == null) {
          continue;
        }
        String from = node(nodes, byName, quote.speaker(), null);
        String type = quoteType(quote.text());
        SourceRef source = new SourceRef(article.id(), article.outlet(), quote.start(), quote.end());
        List<String> targets = mentionedIn(article, quote, byName);
        for (String target : targets) {
          String to = node(nodes, byName, target, typeOf(article, target));
          if (!from.equals(to)) {
            add(edges, from, to, "quote", type, article.published(), quote.text(), List.of(source));
          }
        }
      }
    }

    for (ClaimSummary claim : claims) {
      if (claim.claimant() == null || claim.deniedBy().isEmpty() || claim.sources().isEmpty()) {
        continue;
      }
      String to = node(nodes, byName, claim.claimant(), null);
      for (String denier : claim.deniedBy()) {
        String from = node(nodes, byName, denier, null);
        if (!from.equals(to)) {
          add(edges, from, to, "denial", "denies", null, claim.text(), claim.sources());
        }
      }
    }

    Map<String, Integer> degree = new HashMap<>();
    List<GraphEdge> outEdges = new ArrayList<>();
    int n = 0;
    for (EdgeDraft d : edges.values()) {
      degree.merge(d.from, 1, Integer::sum);
      degree.merge(d.to, 1, Integer::sum);
      outEdges.add(new GraphEdge("e" + (++n), d.from, d.to, d.kind, d.type, d.date, d.text, d.sources));
    }
    List<GraphNode> outNodes = new ArrayList<>();
    for (GraphNode node : nodes.values()) {
      int deg = degree.getOrDefault(node.id(), 0);
      if (deg > 0) {
        outNodes.add(new GraphNode(node.id(), node.label(), node.type(), deg));
      }
    }
    return new ActorGraph(storyId, outNodes, outEdges);
  }

  /** The edge type a quote's wording suggests. */
  static String quoteType(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (DENIES.matcher(lower).find()) {
      return "denies";
    }
    if (CRITICISES.matcher(lower).find()) {
      return "criticises";
    }
    if (WARNS.matcher(lower).find()) {
      return "warns";
    }
    if (SUPPORTS.matcher(lower).find()) {
      return "supports";
    }
    return "mentions";
  }

  private static List<String> mentionedIn(Article article, Quote quote, Map<String, EntitySummary> byName) {
    List<String> names = new ArrayList<>();
    for (Entity entity : article.entities()) {
      for (Mention m : entity.mentions()) {
        if (m.start() >= quote.start() && m.end() <= quote.end()) {
          EntitySummary known = byName.get(key(entity.name()));
          String name = known != null ? known.name() : entity.name();
          if (!names.contains(name)) {
            names.add(name);
          }
          break;
        }
      }
    }
    return names;
  }

  private static @Nullable String typeOf(Article article, String name) {
    for (Entity entity : article.entities()) {
      if (entity.name().equals(name)) {
        return entity.type().name();
      }
    }
    return null;
  }

  private static String node(Map<String, GraphNode> nodes, Map<String, EntitySummary> byName, String name,
      @Nullable String type) {
    EntitySummary known = byName.get(key(name));
    String id = known != null ? known.id() : "name:" + key(name);
    if (!nodes.containsKey(id)) {
      String label = known != null ? known.name() : name;
      String nodeType = known != null ? known.type().name() : type != null ? type : "OTHER";
      nodes.put(id, new GraphNode(id, label, nodeType, 0));
    }
    return id;
  }

  /** Event edges from one party to each of {@code others}, typed by the item's action. */
  private static void linkEvent(Map<String, GraphNode> nodes, Map<String, EdgeDraft> edges,
      Map<String, EntitySummary> byName, String party, List<String> others, TimelineItem item) {
    String from = node(nodes, byName, party, null);
    for (String other : others) {
      String to = node(nodes, byName, other, null);
      if (!from.equals(to)) {
        add(edges, from, to, "event", item.action(), item.date(), item.text(), item.sources());
      }
    }
  }

  private static void add(Map<String, EdgeDraft> edges, String from, String to, String kind, String type,
      @Nullable String date, String text, List<SourceRef> sources) {
    String k = from + "\u0000" + to + "\u0000" + kind + "\u0000" + type;
    EdgeDraft draft = edges.computeIfAbsent(k, x -> new EdgeDraft(from, to, kind, type, date, text));
    for (SourceRef s : sources) {
      if (!draft.sources.contains(s)) {
        draft.sources.add(s);
      }
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).strip();
  }

  private static final class EdgeDraft {
    final String from;
    final String to;
    final String kind;
    final String type;
    final @Nullable String date;
    final String text;
    final List<SourceRef> sources = new ArrayList<>();

    EdgeDraft(String from, String to, String kind, String type, @Nullable String date, String text) {
      this.from = from;
      this.to = to;
      this.kind = kind;
      this.type = type;
      this.date = date;
      this.text = text;
    }
  }
}
