package org.sitrep.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.json.SitrepJson;

/**
 * The test corpus of the server tests: six articles from {@code samples/demo} with hand-checked
 * annotations ({@code fixture/articles.jsonl}), their cross-article snapshot
 * ({@code fixture/snapshot.json}) and outlets ({@code fixture/outlets.json}), behind the
 * {@link Corpus} interface. Search is a plain term match over title and text, with the same filters
 * and facets (outlet, country, entity) as the store's.
 *
 * <p>NOTE: this is the one place to swap for the store-backed corpus (ingest {@code samples/demo}
 * into a temporary store and return {@code engine.corpus()}); the tests only use {@link Corpus}.
 */
public final class FixtureCorpus implements Corpus {
  private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

  private final CorpusSnapshot snapshot;
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, Outlet> outlets = new LinkedHashMap<>();

  private FixtureCorpus(CorpusSnapshot snapshot, List<Article> articles, List<Outlet> outlets) {
    this.snapshot = snapshot;
    articles.forEach(a -> this.articles.put(a.id(), a));
    outlets.forEach(o -> this.outlets.put(o.name(), o));
  }

  /** Loads the fixture from the test classpath. */
  public static FixtureCorpus load() throws IOException {
    CorpusSnapshot snapshot;
    try (InputStream in = resource("snapshot.json")) {
      snapshot = SitrepJson.mapper().readValue(in, CorpusSnapshot.class);
    }
    List<Article> list = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("articles.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          list.add(SitrepJson.readArticle(line));
        }
      }
    }
    List<Outlet> outlets;
    try (InputStream in = resource("outlets.json")) {
      outlets = SitrepJson.mapper().readValue(in, new TypeReference<List<Outlet>>() {});
    }
    return new FixtureCorpus(snapshot, list, outlets);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = FixtureCorpus.class.getResourceAsStream("/fixture/" + name);
    if (in == null) {
      throw new IOException("fixture: /fixture/" + name + " missing from the test classpath");
    }
    return in;
  }

  /** Every article, in arrival order. */
  public List<Article> allArticles() {
    return List.copyOf(articles.values());
  }

  @Override
  public List<StorySummary> stories() {
    return snapshot.stories();
  }

  @Override
  public Optional<StorySummary> story(String storyId) {
    return snapshot.stories().stream().filter(s -> s.id().equals(storyId)).findFirst();
  }

  @Override
  public List<EntitySummary> entities(@Nullable String storyId) {
    return snapshot.entities().stream().filter(e -> inStory(e.sources(), storyId)).toList();
  }

  @Override
  public List<TimelineItem> timeline(@Nullable String storyId) {
    return snapshot.timeline().stream().filter(t -> inStory(t.sources(), storyId)).toList();
  }

  @Override
  public List<ClaimSummary> claims(@Nullable String storyId) {
    return snapshot.claims().stream().filter(c -> inStory(c.sources(), storyId)).toList();
  }

  @Override
  public Optional<Comparison> compare(String storyId) {
    return Optional.ofNullable(snapshot.comparisons().get(storyId));
  }

  @Override
  public Optional<Article> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId));
  }

  @Override
  public Optional<Outlet> outlet(String name) {
    return Optional.ofNullable(outlets.get(name));
  }

  @Override
  public SearchResult search(SearchQuery query) {
    List<String> terms = new ArrayList<>();
    Matcher m = TERM.matcher(query.text().toLowerCase(Locale.ROOT));
    while (m.find()) {
      terms.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    for (Article a : articles.values()) {
      String hay = ((a.title() == null ? "" : a.title()) + "\n" + a.text()).toLowerCase(Locale.ROOT);
      double score = 0;
      boolean all = true;
      for (String t : terms) {
        int count = 0;
        for (int i = hay.indexOf(t); i >= 0; i = hay.indexOf(t, i + t.length())) {
          count++;
        }
        if (count == 0) {
          all = false;
          break;
        }
        score += 1 + Math.log(count);
      }
      String country = a.outlet() == null ? null : outlet(a.outlet()).map(Outlet::country).orElse(null);
      List<String> entityNames = a.entities().stream().map(Entity::name).toList();
      String date = a.published() == null ? null : a.published().substring(0, 10);
      boolean pass = all
          && (query.outlets().isEmpty() || query.outlets().contains(a.outlet()))
          && (query.countries().isEmpty() || (country != null && query.countries().contains(country)))
          && (query.entities().isEmpty() || entityNames.containsAll(query.entities()))
          && (query.from() == null || (date != null && date.compareTo(query.from()) >= 0))
          && (query.to() == null || (date != null && date.compareTo(query.to()) <= 0));
      if (!pass) {
        continue;
      }
      count(facets, "outlet", a.outlet());
      count(facets, "country", country);
      entityNames.forEach(n -> count(facets, "entity", n));
      hits.add(new SearchHit(a.id(), a.title(), a.outlet(), a.published(), score, snippet(a.text(), terms)));
    }
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::article));
    int from = Math.min(query.offset(), hits.size());
    int to = Math.min(from + query.limit(), hits.size());
    return new SearchResult(hits.size(), hits.subList(from, to), facets);
  }

  private static void count(Map<String, Map<String, Long>> facets, String facet, @Nullable String value) {
    if (value != null) {
      facets.computeIfAbsent(facet, k -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }
  }

  private static String snippet(String text, List<String> terms) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = terms.isEmpty() ? 0 : Math.max(0, lower.indexOf(terms.get(0)));
    int start = Math.max(0, at - 60);
    int end = Math.min(text.length(), at + 140);
    String window = text.substring(start, end).replace('\n', ' ');
    for (String t : terms) {
      window = window.replaceAll("(?i)(" + Pattern.quote(t) + ")", "<mark>$1</mark>");
    }
    return (start > 0 ? "\u2026" : "") + window + (end < text.length() ? "\u2026" : "");
  }

  private boolean inStory(List<SourceRef> sources, @Nullable String storyId) {
    if (storyId == null) {
      return true;
    }
    return sources.stream().anyMatch(s -> storyId.equals(snapshot.storyOfArticle().get(s.article())));
  }

  @Override
  public void close() {}
}
