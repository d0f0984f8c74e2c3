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
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.model.Article;
import org.sitrep.engine.IngestReport;
import org.sitrep.json.SitrepJson;

/**
 * Every API endpoint against a real server on a free loopback port, with a real HTTP client, over
 * the demo corpus ingested by the real engine ({@link DemoCorpus}).
 */
class ApiServerIT {
  private static Corpus corpus;
  private static SitrepServer server;
  private static HttpClient client;
  /** The summit story: the one holding the wire original of 19 June. */
  private static String summit;
  /** The story of South Korea's container figures and their denials. */
  private static String containers;
  private static Article wire;

  @BeforeAll
  static void start() throws IOException {
    corpus = DemoCorpus.corpus();
    wire = DemoCorpus.article("Meridian Wire", "Putin and Kim sign mutual defence pact");
    summit = storyOf(wire.id());
    containers = storyOf(DemoCorpus.article("Seoul Evening Ledger", "North Korea shipped 6,700 containers").id());
    server = SitrepServer.start(corpus, "127.0.0.1", 0);
    client = HttpClient.newHttpClient();
  }

  private static String storyOf(String articleId) throws IOException {
    return corpus.stories().stream().filter(s -> s.articles().contains(articleId)).findFirst().orElseThrow().id();
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

  @Test
  void theDemoIngestStoredEveryPageOnce() throws IOException {
    IngestReport report = DemoCorpus.report();
    assertThat(report.failures()).isEmpty();
    assertThat(report.added()).isEqualTo(DemoCorpus.PAGES);
    assertThat(report.duplicates()).isZero();
  }

  @Test
  void storiesListTheSummitWithItsReprintsAndContractFields() throws Exception {
    JsonNode stories = json("/api/stories");
    assertThat(stories.size()).isBetween(2, 8);
    long covered = 0;
    for (JsonNode s : stories) {
      for (String field : new String[] {"id", "title", "articles", "outlets", "countries", "first", "last", "independentSources"}) {
        assertThat(s.has(field)).as(field).isTrue();
      }
      covered += s.get("articles").size();
    }
    assertThat(covered).as("every article in exactly one story").isEqualTo(DemoCorpus.PAGES);
    JsonNode s = json("/api/stories/" + summit).get("story");
    String lakeshore = DemoCorpus.article("Lakeshore Tribune", "Russia, North Korea pledge").id();
    String deccan = DemoCorpus.article("Deccan Morning Post", "Putin, Kim sign treaty").id();
    assertThat(s.get("articles")).extracting(JsonNode::asText).contains(wire.id(), lakeshore, deccan);
    assertThat(s.get("countries")).extracting(JsonNode::asText).contains("US", "KP", "KR", "RU");
    assertThat(s.get("independentSources").asInt())
        .as("the two reprints of the wire story are not independent sources")
        .isLessThanOrEqualTo(s.get("outlets").size() - 2);
    assertThat(s.get("first").asText()).startsWith("2024-06-19");
  }

  @Test
  void storyPageGroupsOutletsByCountryWithTheirFacts() throws Exception {
    JsonNode d = json("/api/stories/" + summit);
    assertThat(d.get("story").get("id").asText()).isEqualTo(summit);
    assertThat(d.get("byCountry").get("US")).extracting(JsonNode::asText).contains("Meridian Wire", "Lakeshore Tribune");
    assertThat(d.get("byCountry").get("KP")).extracting(JsonNode::asText).containsExactly("Chollima Daily");
    assertThat(d.get("outlets")).anySatisfy(o -> {
      assertThat(o.get("name").asText()).isEqualTo("Chollima Daily");
      assertThat(o.get("kind").asText()).isEqualTo("state_affiliated");
      assertThat(o.get("country").asText()).isEqualTo("KP");
    });
    assertThat(d.get("articles")).hasSize(d.get("story").get("articles").size());
  }

  @Test
  void quotesMergeReprintsAndKeepEverySource() throws Exception {
    JsonNode quotes = json("/api/stories/" + summit + "/quotes");
    JsonNode putin = null;
    for (JsonNode q : quotes) {
      if ("Vladimir Putin".equals(q.get("speaker").asText()) && q.get("text").asText().contains("breakthrough document")) {
        putin = q;
      }
    }
    assertThat(putin).as("Putin's quote from the wire story").isNotNull();
    assertThat(putin.get("sources")).extracting(src -> src.get("outlet").asText())
        .contains("Meridian Wire", "Lakeshore Tribune");
    for (JsonNode src : putin.get("sources")) {
      String text = corpus.article(src.get("article").asText()).orElseThrow().text();
      assertThat(text.substring(src.get("start").asInt(), src.get("end").asInt())).contains("breakthrough document");
    }
  }

  @Test
  void entitiesTimelineAndClaimsCarrySources() throws Exception {
    JsonNode entities = json("/api/entities?story=" + summit);
    assertThat(entities).extracting(e -> e.get("name").asText()).contains("Vladimir Putin", "Kim Jong Un");
    JsonNode timeline = json("/api/timeline?story=" + summit);
    assertThat(timeline).anySatisfy(t -> {
      assertThat(t.get("date").asText()).isEqualTo("2024-06-19");
      assertThat(t.get("action").asText()).isEqualTo("sign");
      assertThat(t.get("sources")).isNotEmpty();
    });
    JsonNode claims = json("/api/claims?story=" + containers);
    assertThat(claims).anySatisfy(c -> {
      // one claim with its differing figures: 6,700 in Seoul Evening Ledger, 10,000 in Han River Daily
      assertThat(c.get("text").asText()).contains("6,700 containers").contains("figures differ");
      assertThat(c.get("sources")).extracting(src -> src.get("outlet").asText())
          .contains("Seoul Evening Ledger", "Han River Daily");
    });
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.get("status").asText()).isEqualTo("denied");
      assertThat(c.get("contested").asBoolean()).isTrue();
      assertThat(c.get("deniedBy")).extracting(JsonNode::asText).contains("North Korea", "Russia");
    });
    for (JsonNode c : claims) {
      JsonNode src = c.get("sources").get(0);
      String text = corpus.article(src.get("article").asText()).orElseThrow().text();
      assertThat(text.substring(src.get("start").asInt(), src.get("end").asInt())).as(c.get("id").asText()).isNotBlank();
    }
    assertThat(json("/api/claims").size()).isGreaterThan(claims.size());
  }

  @Test
  void compareHasOnePerspectivePerCountry() throws Exception {
    JsonNode c = json("/api/stories/" + summit + "/compare");
    assertThat(c.get("story").asText()).isEqualTo(summit);
    assertThat(c.get("perspectives")).extracting(p -> p.get("country").asText()).contains("KP", "KR", "RU", "US")
        .doesNotHaveDuplicates().isSorted();
  }

  @Test
  void theChineseReactionThatSaysDprkJoinsTheSummitStory() throws Exception {
    Article beijing = DemoCorpus.article("Huaxia Review", "Beijing says Russia-DPRK ties");
    assertThat(storyOf(beijing.id())).isEqualTo(summit);
    assertThat(containers).isNotEqualTo(summit);
  }

  @Test
  void capitalsActingInTheSummitStoryAreTheirCountriesInTheGraph() throws Exception {
    JsonNode g = json("/api/stories/" + summit + "/graph");
    assertThat(g.get("nodes")).extracting(n -> n.get("label").asText())
        .contains("Russia", "North Korea").doesNotContain("Moscow", "Pyongyang");
    // "Moscow and Pyongyang have both denied the accusations" is an event of the two countries; two
    // states denying together do not deny each other, so it draws no edge between them
    JsonNode events = json("/api/timeline?story=" + summit);
    assertThat(events).anySatisfy(item -> {
      assertThat(item.get("action").asText()).isEqualTo("deny");
      assertThat(item.get("text").asText()).contains("Moscow and Pyongyang");
      assertThat(item.get("actors")).extracting(JsonNode::asText).containsExactly("Russia", "North Korea");
    });
    assertThat(g.get("edges")).noneSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("deny"));
    // the accusers point at the accused
    assertThat(g.get("edges")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("accuse");
      assertThat(e.get("text").asText()).contains("have accused North Korea");
    });
  }

  @Test
  void graphEdgesAreTypedAndCiteSentencesInsideTheirArticles() throws Exception {
    JsonNode g = json("/api/stories/" + summit + "/graph");
    assertThat(g.get("nodes")).extracting(n -> n.get("label").asText()).contains("Russia", "North Korea");
    assertThat(g.get("edges")).isNotEmpty();
    for (JsonNode e : g.get("edges")) {
      JsonNode src = e.get("sources").get(0);
      String text = corpus.article(src.get("article").asText()).orElseThrow().text();
      assertThat(src.get("end").asInt()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(src.get("start").asInt(), src.get("end").asInt())).isNotBlank();
    }
    assertThat(g.get("edges")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("sign");
      assertThat(e.get("kind").asText()).isEqualTo("event");
      assertThat(e.get("sources").size()).isGreaterThanOrEqualTo(2);
    });
  }

  @Test
  void articleReturnsTheContractObject() throws Exception {
    JsonNode a = json("/api/articles/" + wire.id());
    assertThat(a.get("id").asText()).isEqualTo(wire.id());
    assertThat(a.get("outlet").asText()).isEqualTo("Meridian Wire");
    assertThat(a.get("text").asText()).startsWith("PYONGYANG, June 19");
    assertThat(a.get("quotes")).anySatisfy(q -> assertThat(q.get("speaker").asText()).isEqualTo("Vladimir Putin"));
  }

  @Test
  void searchFindsFacetsAndPages() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("containers"));
    long total = r.get("total").asLong();
    assertThat(total).isBetween(4L, 8L);
    assertThat(r.get("hits")).extracting(h -> h.get("outlet").asText()).contains("Seoul Evening Ledger", "Han River Daily");
    long kr = r.get("facets").get("country").get("KR").asLong();
    assertThat(kr).isEqualTo(2);
    assertThat(r.get("hits").get(0).get("snippet").asText()).containsIgnoringCase("<mark>containers</mark>");
    assertThat(json("/api/search?q=containers&country=kr").get("total").asLong()).isEqualTo(kr);
    JsonNode page = json("/api/search?q=containers&offset=1&limit=2");
    assertThat(page.get("total").asLong()).isEqualTo(total);
    assertThat(page.get("hits")).hasSize(2);
    assertThat(page.get("hits").get(0).get("article").asText()).isEqualTo(r.get("hits").get(1).get("article").asText());
    JsonNode dated = json("/api/search?q=&from=2024-06-21&to=2024-06-22");
    assertThat(dated.get("hits")).extracting(h -> h.get("published").asText().substring(0, 10))
        .isNotEmpty().allMatch(d -> d.compareTo("2024-06-21") >= 0 && d.compareTo("2024-06-22") <= 0);
    JsonNode byOutlet = json("/api/search?outlet=" + enc("Meridian Wire") + "&entity=" + enc("Kim Jong Un"));
    assertThat(byOutlet.get("hits")).extracting(h -> h.get("article").asText()).containsExactly(wire.id());
  }

  @Test
  void briefInEachFormat() throws Exception {
    HttpResponse<String> md = get("/api/stories/" + summit + "/brief?format=md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("content-type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("## What happened", "[^1]:");
    HttpResponse<String> html = get("/api/stories/" + summit + "/brief?format=html");
    assertThat(html.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<h2>Who said what</h2>", "#/article/");
    HttpRequest pdfRequest = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/stories/" + summit + "/brief?format=pdf")).build();
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

  @Test
  void unknownBriefFormatIsAProblem() throws Exception {
    HttpResponse<String> r = get("/api/stories/" + summit + "/brief?format=docx");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    assertThat(SitrepJson.mapper().readTree(r.body()).get("detail").asText()).contains("format");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
