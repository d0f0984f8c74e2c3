package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.json.SitrepJson;

/** Every API endpoint against a real server on a free loopback port, with a real HTTP client. */
class ApiServerIT {
  private static final String STORY = "s-pyongyang-summit";
  private static FixtureCorpus corpus;
  private static SitrepServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    corpus = FixtureCorpus.load();
    server = SitrepServer.start(corpus, "127.0.0.1", 0);
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return SitrepJson.mapper().readTree(r.body());
  }

  static String wireArticle() {
    return corpus.allArticles().get(0).id();
  }

  @Test
  void storiesListsTheStoryWithItsContractFields() throws Exception {
    JsonNode stories = json("/api/stories");
    assertThat(stories).hasSize(1);
    JsonNode s = stories.get(0);
    assertThat(s.get("id").asText()).isEqualTo(STORY);
    for (String field : new String[] {"title", "articles", "outlets", "countries", "first", "last", "independentSources"}) {
      assertThat(s.has(field)).as(field).isTrue();
    }
    assertThat(s.get("articles")).hasSize(6);
  }

  @Test
  void storyPageGroupsOutletsByCountry() throws Exception {
    JsonNode d = json("/api/stories/" + STORY);
    assertThat(d.get("story").get("id").asText()).isEqualTo(STORY);
    assertThat(d.get("byCountry").get("KR")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("Han River Daily", "Seoul Evening Ledger");
    assertThat(d.get("outlets")).anySatisfy(o -> {
      assertThat(o.get("name").asText()).isEqualTo("Chollima Daily");
      assertThat(o.get("kind").asText()).isEqualTo("state_affiliated");
      assertThat(o.get("country").asText()).isEqualTo("KP");
    });
    assertThat(d.get("articles")).hasSize(6);
  }

  @Test
  void quotesMergeReprintsAndKeepEverySource() throws Exception {
    JsonNode quotes = json("/api/stories/" + STORY + "/quotes");
    JsonNode putin = null;
    for (JsonNode q : quotes) {
      if ("Vladimir Putin".equals(q.get("speaker").asText())) {
        putin = q;
      }
    }
    assertThat(putin).isNotNull();
    assertThat(putin.get("text").asText()).isEqualTo("This is a truly breakthrough document");
    assertThat(putin.get("sources")).hasSize(2);
  }

  @Test
  void entitiesTimelineAndClaimsCarrySources() throws Exception {
    JsonNode entities = json("/api/entities?story=" + STORY);
    assertThat(entities).extracting(e -> e.get("name").asText()).contains("Vladimir Putin", "Shin Won-sik");
    JsonNode timeline = json("/api/timeline?story=" + STORY);
    assertThat(timeline.get(0).get("date").asText()).isEqualTo("2024-06-19");
    assertThat(timeline.get(0).get("sources")).isNotEmpty();
    JsonNode claims = json("/api/claims?story=" + STORY);
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.get("id").asText()).isEqualTo("c-containers-6700");
      assertThat(c.get("status").asText()).isEqualTo("denied");
      assertThat(c.get("contested").asBoolean()).isTrue();
      assertThat(c.get("deniedBy")).extracting(JsonNode::asText).contains("North Korea", "Russia");
    });
    assertThat(json("/api/claims")).hasSize(claims.size());
  }

  @Test
  void compareHasOnePerspectivePerCountry() throws Exception {
    JsonNode c = json("/api/stories/" + STORY + "/compare");
    assertThat(c.get("story").asText()).isEqualTo(STORY);
    assertThat(c.get("perspectives")).extracting(p -> p.get("country").asText()).containsExactly("KP", "KR", "RU", "US");
  }

  @Test
  void graphEdgesAreTypedAndCiteSentencesInsideTheirArticles() throws Exception {
    JsonNode g = json("/api/stories/" + STORY + "/graph");
    assertThat(g.get("nodes")).extracting(n -> n.get("label").asText()).contains("Vladimir Putin", "Kim Jong Un", "South Korea");
    assertThat(g.get("edges")).extracting(e -> e.get("type").asText()).contains("sign", "condemn", "denies");
    for (JsonNode e : g.get("edges")) {
      JsonNode src = e.get("sources").get(0);
      String text = corpus.article(src.get("article").asText()).orElseThrow().text();
      assertThat(src.get("end").asInt()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(src.get("start").asInt(), src.get("end").asInt())).isNotBlank();
    }
    JsonNode sign = null;
    for (JsonNode e : g.get("edges")) {
      if (e.get("type").asText().equals("sign")) {
        sign = e;
      }
    }
    assertThat(sign.get("kind").asText()).isEqualTo("event");
    assertThat(sign.get("sources")).hasSize(2);
  }

  @Test
  void articleReturnsTheContractObject() throws Exception {
    JsonNode a = json("/api/articles/" + wireArticle());
    assertThat(a.get("outlet").asText()).isEqualTo("Meridian Wire");
    assertThat(a.get("text").asText()).startsWith("PYONGYANG, June 19");
    assertThat(a.get("quotes").get(0).get("speaker").asText()).isEqualTo("Vladimir Putin");
  }

  @Test
  void searchFindsFacetsAndPages() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("containers"));
    assertThat(r.get("total").asLong()).isEqualTo(4);
    assertThat(r.get("facets").get("country").get("KR").asLong()).isEqualTo(2);
    assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    JsonNode kr = json("/api/search?q=containers&country=kr");
    assertThat(kr.get("total").asLong()).isEqualTo(2);
    JsonNode page = json("/api/search?q=containers&offset=1&limit=2");
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("hits")).hasSize(2);
    JsonNode dated = json("/api/search?q=&from=2024-06-21&to=2024-06-22");
    assertThat(dated.get("hits")).extracting(h -> h.get("outlet").asText())
        .containsExactlyInAnyOrder("Seoul Evening Ledger", "Chollima Daily", "Rossiya Courier");
    JsonNode byOutlet = json("/api/search?outlet=" + enc("Meridian Wire") + "&entity=" + enc("Kim Jong Un"));
    assertThat(byOutlet.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void briefInEachFormat() throws Exception {
    HttpResponse<String> md = get("/api/stories/" + STORY + "/brief?format=md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("content-type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("## What happened", "[^1]:");
    HttpResponse<String> html = get("/api/stories/" + STORY + "/brief?format=html");
    assertThat(html.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<h2>Who said what</h2>", "#/article/");
    HttpRequest pdfRequest = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/stories/" + STORY + "/brief?format=pdf")).build();
    HttpResponse<byte[]> pdf = client.send(pdfRequest, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("content-type").orElse("")).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").fieldNames()).toIterable().contains(
        "/api/stories", "/api/stories/{id}", "/api/stories/{id}/quotes", "/api/stories/{id}/compare",
        "/api/stories/{id}/graph", "/api/stories/{id}/brief", "/api/entities", "/api/timeline", "/api/claims",
        "/api/search", "/api/articles/{id}");
  }

  @Test
  void webUiIsServedAtTheRoot() throws Exception {
    HttpResponse<String> index = get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<title>Sitrep</title>");
    assertThat(get("/app.js").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/search?limit=0, 400, limit",
    "/api/search?limit=101, 400, limit",
    "/api/search?limit=ten, 400, limit",
    "/api/search?offset=-1, 400, offset",
    "/api/search?from=2024-13-01, 400, from",
    "/api/search?from=yesterday, 400, from",
    "/api/search?from=2024-06-22&to=2024-06-19, 400, after",
    "/api/search?country=Korea, 400, country",
    "/api/search?q=a&q=b, 400, q",
    "/api/stories/s-nope, 404, s-nope",
    "/api/stories/s-nope/compare, 404, s-nope",
    "/api/stories/s-nope/graph, 404, s-nope",
    "/api/stories/s-nope/quotes, 404, s-nope",
    "/api/stories/s-nope/brief, 404, s-nope",
    "/api/stories/s-pyongyang-summit/brief?format=docx, 400, format",
    "/api/entities?story=s-nope, 404, s-nope",
    "/api/timeline?story=s-nope, 404, s-nope",
    "/api/claims?story=s-nope, 404, s-nope",
    "/api/articles/0000, 404, 0000",
    "/api/no-such-endpoint, 404, /api/no-such-endpoint",
  })
  void badRequestsGetProblemJson(String path, int status, String mentioned) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    JsonNode p = SitrepJson.mapper().readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("/problems/");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).contains(mentioned);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
