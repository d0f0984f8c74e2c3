package org.sitrep.server.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.ArticleHead;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Quote;

/**
 * Reads one story's material from a corpus: its articles, outlets and quotes. Thread-safe when the
 * corpus is.
 */
public final class StoryReader {
  /** Country key used for outlets whose country is unknown. */
  public static final String UNKNOWN_COUNTRY = "??";
  /** Most articles a story page lists and reads quotes from (the newest). */
  public static final int PAGE = 200;

  private final Corpus corpus;

  public StoryReader(Corpus corpus) {
    this.corpus = java.util.Objects.requireNonNull(corpus, "corpus");
  }

  public Corpus corpus() {
    return corpus;
  }

  /** The story, or empty when no story has that id. */
  public Optional<StorySummary> story(String storyId) throws IOException {
    return corpus.story(storyId);
  }

  /**
   * The story's newest {@value #PAGE} articles that the corpus still holds, in the story's order: a
   * story page and its quotes cost the same however large the story grows.
   */
  public List<Article> articles(StorySummary story) throws IOException {
    List<Article> out = new ArrayList<>();
    List<String> ids = story.articles();
    for (String id : ids.subList(Math.max(0, ids.size() - PAGE), ids.size())) {
      corpus.article(id).ifPresent(out::add);
    }
    return out;
  }

  /** The country of an outlet name, or null. */
  public @Nullable String country(@Nullable String outletName) throws IOException {
    if (outletName == null) {
      return null;
    }
    return corpus.outlet(outletName).map(Outlet::country).orElse(null);
  }

  /**
   * The story page: summary, its newest {@value #PAGE} articles, outlets with country and kind (with
   * how many of the listed articles each has), outlets by country.
   */
  public StoryDetail detail(StorySummary story) throws IOException {
    List<String> ids = story.articles();
    List<ArticleHead> articles = corpus.heads(ids.subList(Math.max(0, ids.size() - PAGE), ids.size()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : story.outlets()) {
      counts.put(name, 0);
    }
    List<ArticleRef> refs = new ArrayList<>();
    for (ArticleHead a : articles) {
      if (a.outlet() != null) {
        counts.merge(a.outlet(), 1, Integer::sum);
      }
      refs.add(new ArticleRef(a.id(), a.title(), a.outlet(), country(a.outlet()), a.published(), a.credits()));
    }
    refs.sort(java.util.Comparator.comparing((ArticleRef r) -> r.published() == null ? "" : r.published())
        .thenComparing(ArticleRef::id));
    List<OutletInfo> outlets = new ArrayList<>();
    Map<String, List<String>> byCountry = new TreeMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Optional<Outlet> outlet = corpus.outlet(e.getKey());
      String country = outlet.map(Outlet::country).orElse(null);
      String kind = outlet.map(o -> o.kind().name().toLowerCase(Locale.ROOT)).orElse("unknown");
      outlets.add(new OutletInfo(e.getKey(), country, kind, e.getValue()));
      byCountry.computeIfAbsent(country == null ? UNKNOWN_COUNTRY : country, k -> new ArrayList<>())
          .add(e.getKey());
    }
    return new StoryDetail(story, refs, outlets, byCountry);
  }

  /**
   * The story's quotes, one item per distinct quotation (normalised text and speaker), each citing
   * every article that carries it, ordered by how many articles carry it, then by first appearance.
   */
  public List<StoryQuote> quotes(StorySummary story) throws IOException {
    Map<String, List<Object[]>> grouped = new LinkedHashMap<>();
    for (Article a : articles(story)) {
      for (Quote q : a.quotes()) {
        String key = normalise(q.text()) + "|" + (q.speaker() == null ? "" : normalise(q.speaker()));
        grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {q, a});
      }
    }
    List<StoryQuote> out = new ArrayList<>();
    for (List<Object[]> group : grouped.values()) {
      Quote first = (Quote) group.get(0)[0];
      String role = null;
      List<SourceRef> sources = new ArrayList<>();
      for (Object[] pair : group) {
        Quote q = (Quote) pair[0];
        Article a = (Article) pair[1];
        if (role == null) {
          role = q.speakerRole();
        }
        sources.add(new SourceRef(a.id(), a.outlet(), q.start(), q.end()));
      }
      out.add(new StoryQuote(first.text(), first.speaker(), first.speakerId(), role, sources));
    }
    out.sort(java.util.Comparator.comparingInt((StoryQuote q) -> -q.sources().size()));
    return out;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
