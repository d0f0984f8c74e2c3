package org.sitrep.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.SitrepServer;

/**
 * The HTTP API's parameters under arbitrary bytes: a real server on loopback over a small real
 * store (JSON Lines pages stored without NLP), one raw HTTP/1.1 request per input. The first byte
 * picks the endpoint, the rest becomes its path segment or query string (bytes outside a safe set
 * percent-encoded, so malformed escapes still reach the server). Any answer is fine except a 5xx,
 * a body that is not JSON where JSON is promised, or an error that is not problem JSON.
 */
public final class ApiHarness {
  private static final String[] ENDPOINTS = {"/api/search?", "/api/stories/", "/api/entities?", "/api/timeline?",
      "/api/claims?", "/api/articles/", "/api/stories/STORY/brief?", "/api/stories/STORY/quotes",
      "/api/stories/STORY/compare", "/api/stories/STORY/graph", "/api/search?q=", "/api/search?country="};
  private static Engine engine;
  private static SitrepServer server;
  private static String story;

  private ApiHarness() {}

  private static synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      Path dir = Files.createTempDirectory("sitrep-api-fuzz-");
      Path input = dir.resolve("pages.jsonl");
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        lines.append("{\"url\":\"https://news.example/a/").append(i).append("\",\"outlet\":\"")
            .append(i % 2 == 0 ? "Harbour Times" : "Valley Post").append("\",\"published\":\"2024-06-1").append(i % 10)
            .append("\",\"text\":\"Port strike day ").append(i).append("\\n\\nDock workers in Busan said the strike")
            .append(" affected ").append(100 + i).append(" ships. The union leader Kim Min-jun said talks would resume")
            .append(" on Friday.\\n\\nOfficials in Seoul denied that exports had fallen.\"}\n");
      }
      Files.writeString(input, lines, StandardCharsets.UTF_8);
      engine = Engine.open(new EngineConfig(dir.resolve("data"), null, false, 1));
      engine.ingest(List.of(input), item -> {});
      story = engine.corpus().stories().getFirst().id();
      server = SitrepServer.start(engine.corpus(), "127.0.0.1", 0);
    } catch (IOException e) {
      throw new UncheckedIOException("api fuzz: cannot build the test store", e);
    }
  }

  /** One request; throws AssertionError on a wrong answer. */
  public static void request(byte[] data) {
    if (data.length == 0) {
      return;
    }
    start();
    String endpoint = ENDPOINTS[(data[0] & 0xFF) % ENDPOINTS.length].replace("STORY", story);
    StringBuilder target = new StringBuilder(endpoint);
    for (int i = 1; i < data.length && target.length() < 2000; i++) {
      int b = data[i] & 0xFF;
      if (b < 128 && (Character.isLetterOrDigit(b) || "&=%+._~*-:,/'\"()[]{}!?^@$".indexOf(b) >= 0)) {
        target.append((char) b);
      } else {
        target.append('%').append(String.format(Locale.ROOT, "%02X", b));
      }
    }
    Answer a = send(target.toString());
    if (a.status >= 500) {
      throw new AssertionError("HTTP " + a.status + " for " + target + ": " + a.body);
    }
    boolean json = a.type.startsWith("application/json") || a.type.startsWith("application/problem+json");
    if (a.status >= 400 && !a.type.startsWith("application/problem+json")) {
      throw new AssertionError("HTTP " + a.status + " as " + a.type + " (not problem JSON) for " + target);
    }
    if (json) {
      try {
        JsonNode node = SitrepJson.mapper().readTree(a.body);
        if (node == null) {
          throw new AssertionError("empty JSON body for " + target);
        }
      } catch (IOException e) {
        throw new AssertionError("unparseable JSON for " + target + ": " + e.getMessage());
      }
    }
    if (a.csp.isEmpty()) {
      throw new AssertionError("no Content-Security-Policy on HTTP " + a.status + " for " + target);
    }
  }

  private record Answer(int status, String type, String csp, String body) {}

  private static Answer send(String target) {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      if (split < 0) {
        throw new AssertionError("no complete HTTP answer for " + target + ": " + text);
      }
      String head = text.substring(0, split);
      String body = text.substring(split + 4);
      String type = "";
      String csp = "";
      boolean chunked = false;
      for (String line : head.split("\r\n")) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-type:")) {
          type = lower.substring(13).strip();
        } else if (lower.startsWith("content-security-policy:")) {
          csp = line.substring(24).strip();
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      return new Answer(Integer.parseInt(head.split(" ", 3)[1]), type, csp, chunked ? dechunk(body) : body);
    } catch (IOException e) {
      throw new AssertionError("request " + target + " failed: " + e, e);
    }
  }

  private static String dechunk(String body) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < body.length()) {
      int eol = body.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
