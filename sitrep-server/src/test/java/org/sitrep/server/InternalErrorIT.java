package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.json.SitrepJson;

/** A corpus that fails to read gives a 500 problem document that names no internals beyond the class. */
class InternalErrorIT {
  /** A store whose disk went away: every read fails. */
  private static final class BrokenCorpus implements Corpus {
    private static IOException gone() {
      return new IOException("index segment _0.cfs unreadable");
    }

    @Override public List<StorySummary> stories() throws IOException { throw gone(); }
    @Override public Optional<StorySummary> story(String storyId) throws IOException { throw gone(); }
    @Override public List<EntitySummary> entities(@Nullable String storyId) throws IOException { throw gone(); }
    @Override public List<TimelineItem> timeline(@Nullable String storyId) throws IOException { throw gone(); }
    @Override public List<ClaimSummary> claims(@Nullable String storyId) throws IOException { throw gone(); }
    @Override public Optional<Comparison> compare(String storyId) throws IOException { throw gone(); }
    @Override public SearchResult search(SearchQuery query) throws IOException { throw gone(); }
    @Override public Optional<Article> article(String articleId) throws IOException { throw gone(); }
    @Override public Optional<Outlet> outlet(String name) throws IOException { throw gone(); }
    @Override public void close() {}
  }

  @Test
  void readFailuresAre500ProblemsWhileBadParametersStay400() throws Exception {
    try (SitrepServer server = SitrepServer.start(new BrokenCorpus(), "127.0.0.1", 0)) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/stories")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
      JsonNode p = SitrepJson.mapper().readTree(r.body());
      assertThat(p.get("type").asText()).isEqualTo("/problems/internal-error");
      assertThat(p.get("detail").asText()).contains("IOException").doesNotContain("_0.cfs");
      HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(base + "/api/search?limit=0")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(bad.statusCode()).isEqualTo(400);
    }
  }
}
