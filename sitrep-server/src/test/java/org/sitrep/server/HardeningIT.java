package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.json.SitrepJson;

/**
 * Issue 14, defects 5 and 15: what a hostile client gets from a real server on loopback, over the
 * demo pages stored without NLP. Requests are written byte by byte on a socket, so the Host header,
 * an over-long URI or header and a malformed path reach the server as sent.
 */
class HardeningIT {
  @TempDir static Path dir;
  private static Engine engine;
  private static SitrepServer server;

  @BeforeAll
  static void start() throws IOException {
    engine = Engine.open(new EngineConfig(dir.resolve("data"), null, false, 1));
    engine.ingest(List.of(Path.of("../samples/demo")), item -> {});
    server = SitrepServer.start(engine.corpus(), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    engine.close();
  }

  /** One raw HTTP/1.1 exchange: status line, headers (lower-cased names) and body. */
  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return "";
    }

    JsonNode problem() throws IOException {
      assertThat(header("content-type")).as(head + "\n" + body).startsWith("application/problem+json");
      JsonNode p = SitrepJson.mapper().readTree(body);
      assertThat(p.get("status").asInt()).isEqualTo(status);
      assertThat(p.get("detail").asText()).isNotBlank();
      return p;
    }
  }

  static Answer raw(String target, String host, String extraHeaders) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(20));
      OutputStream out = socket.getOutputStream();
      String request = "GET " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
          + extraHeaders + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new Answer(status, head, dechunk(head, body));
    }
  }

  private static String dechunk(String head, String body) {
    if (!head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      return body;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < body.length()) {
      int eol = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }

  private static String local() {
    return "127.0.0.1:" + server.port();
  }

  @ParameterizedTest(name = "q={0}")
  @ValueSource(strings = {"\"unbalanced", "summit (Kim", "summit]", "*mit", "Kim AND", "a~~~~", "/(a|b)*a(a|b){40}/",
      "/[/", "title:", "OR", "Kim^^2", "\\"})
  void badSearchQueriesAre400NamingTheQuery(String q) throws IOException {
    Answer a = raw("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), local(), "");
    assertThat(a.status()).as(q + " -> " + a.body()).isIn(200, 400);
    if (a.status() == 400) {
      JsonNode p = a.problem();
      assertThat(p.get("type").asText()).isEqualTo("/problems/bad-request");
      assertThat(p.get("detail").asText()).contains("query");
    }
  }

  @Test
  void theUsualMistakesAreAll400() throws IOException {
    for (String q : new String[] {"\"unbalanced", "summit (Kim", "*mit", "Kim AND", "a~~~~", "/(a|b)*a(a|b){40}/"}) {
      Answer a = raw("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), local(), "");
      assertThat(a.status()).as(q + " -> " + a.body()).isEqualTo(400);
    }
  }

  @Test
  void everyAnswerCarriesACspAndNosniff() throws IOException {
    for (String path : new String[] {"/", "/app.js", "/api/stories", "/api/search?limit=0", "/api/nothing-here",
        "/api/stories/none"}) {
      Answer a = raw(path, local(), "");
      assertThat(a.header("content-security-policy")).as(path).contains("default-src 'self'")
          .contains("script-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
      assertThat(a.header("x-content-type-options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void aForeignHostIsRefusedWith421AndLoopbackNamesAreServed() throws IOException {
    for (String path : new String[] {"/", "/api/stories", "/app.js"}) {
      Answer refused = raw(path, "rebind.attacker.example:" + server.port(), "");
      assertThat(refused.status()).as(path).isEqualTo(421);
      assertThat(refused.problem().get("detail").asText()).contains("rebind.attacker.example");
      assertThat(refused.body()).doesNotContain("Putin");
    }
    for (String host : new String[] {local(), "localhost:" + server.port(), "localhost", "[::1]:" + server.port(),
        "127.0.0.1", "LOCALHOST."}) {
      assertThat(raw("/api/stories", host, "").status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void jettysOwnRefusalsAreProblemJson() throws IOException {
    Answer longUri = raw("/api/search?q=" + "a".repeat(20_000), local(), "");
    assertThat(longUri.status()).isEqualTo(414);
    longUri.problem();
    assertThat(longUri.header("x-content-type-options")).isEqualTo("nosniff");
    Answer bigHeader = raw("/api/stories", local(), "X-Filler: " + "b".repeat(20_000) + "\r\n");
    assertThat(bigHeader.status()).isEqualTo(431);
    bigHeader.problem();
    Answer badPath = raw("/api/%zz", local(), "");
    assertThat(badPath.status()).isEqualTo(400);
    assertThat(badPath.body()).doesNotContain("<html");
    badPath.problem();
    Answer noHost = raw("/api/stories", null, "");
    assertThat(noHost.status()).isEqualTo(400);
    noHost.problem();
  }

  @Test
  void theUiRefusesScriptLinksWhateverTheStoreHolds() throws Exception {
    Path node = Path.of("/usr/bin/node");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(node), "node is needed to run the UI module");
    Path dom = Path.of("src/main/resources/web/dom.js").toAbsolutePath();
    String script = "import {safeUrl} from '" + dom.toUri() + "';"
        + "for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/',"
        + " 'vbscript:x', 'https://news.example/a', '#/article/x', '/api/stories']) console.log(JSON.stringify(safeUrl(u)));";
    Process p = new ProcessBuilder(node.toString(), "--input-type=module", "-e", script).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out.strip().split("\n")).containsExactly("null", "null", "null", "null", "null",
        "\"https://news.example/a\"", "\"#/article/x\"", "\"/api/stories\"");
  }
}
