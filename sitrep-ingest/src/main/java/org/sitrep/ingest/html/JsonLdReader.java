package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads schema.org JSON-LD blocks of a page and finds the article object (NewsArticle, Article,
 * BlogPosting and kin), tolerating arrays, {@code @graph} wrappers and lenient JSON.
 */
final class JsonLdReader {
  // selectors parsed once (a query string is parsed again on every call)
  private static final Evaluator LD_JSON_SCRIPTS = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "report",
          "socialmediaposting", "liveblogposting", "posting", "creativework", "review");

  /** The JSON-LD facts the metadata extractor uses. */
  record Facts(
      @Nullable String headline,
      List<String> authors,
      @Nullable String datePublished,
      @Nullable String dateModified,
      @Nullable String publisher,
      @Nullable String articleBody,
      @Nullable String webSiteName) {}

  static Facts read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : PageIndex.select(PageIndex.of(doc).scripts, LD_JSON_SCRIPTS, doc)) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(MAPPER.readTree(json), objects, 0);
      } catch (JsonProcessingException e) {
        // broken JSON-LD is common and carries no article: the other metadata sources remain
        continue;
      }
    }
    JsonNode article = null;
    String site = null;
    for (JsonNode o : objects) {
      Set<String> types = types(o);
      if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
        article = o;
      }
      if (site == null && types.contains("website")) {
        site = text(o.get("name"));
      }
    }
    if (article == null) {
      for (JsonNode o : objects) {
        if (types(o).contains("webpage") && (o.has("headline") || o.has("author") || o.has("datePublished"))) {
          article = o;
          break;
        }
      }
    }
    if (article == null) {
      return new Facts(null, List.of(), null, null, null, null, site);
    }
    // graphs (Yoast and kin) name the author once, as a Person, and point to it by "@id"
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (JsonNode o : objects) {
      String id = text(o.get("@id"));
      if (id != null && o.has("name")) {
        byId.putIfAbsent(id, o);
      }
    }
    String publisher = null;
    JsonNode pub = article.get("publisher");
    if (pub != null) {
      publisher = pub.isArray() && !pub.isEmpty() ? text(pub.get(0).get("name")) : pub.isObject() ? text(pub.get("name")) : text(pub);
    }
    return new Facts(
        firstText(article, "headline", "name"),
        authors(article.get("author"), byId),
        text(article.get("datePublished")),
        text(article.get("dateModified")),
        publisher,
        text(article.get("articleBody")),
        site);
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collect(graph, out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static Set<String> types(JsonNode o) {
    JsonNode t = o.get("@type");
    Set<String> out = new java.util.HashSet<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      for (JsonNode n : t) {
        out.add(n.asText().toLowerCase(Locale.ROOT));
      }
    } else {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> authors(@Nullable JsonNode node, java.util.Map<String, JsonNode> byId) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        out.addAll(authors(n, byId));
      }
    } else if (node.isObject()) {
      String name = text(node.get("name"));
      String ref = text(node.get("@id"));
      if (name == null && ref != null && byId.containsKey(ref)) {
        name = text(byId.get(ref).get("name"));
      }
      if (name != null) {
        out.add(name);
      }
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }

  private static @Nullable String firstText(JsonNode o, String... fields) {
    for (String f : fields) {
      String t = text(o.get(f));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (!n.isValueNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
