package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {
  @TempDir Path tmp;
  HttpServer server;
  String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("test-http-", 0).factory()));
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getPath();
        String body;
        String type = "text/html";
        int status = 200;
        switch (path) {
          case "/robots.txt" -> {
            body = "User-agent: *\nDisallow:\n";
            type = "text/plain";
          }
          case "/feed.xml" -> {
            body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link>"
                + "<description>d</description><item><title>One</title><link>" + base + "/one.html</link></item>"
                + "<item><title>Two</title><link>" + base + "/two.html</link></item></channel></rss>";
            type = "application/rss+xml";
          }
          case "/one.html", "/two.html" -> body = "<html><body><p>" + path + " text.</p></body></html>";
          default -> {
            body = "missing";
            status = 404;
          }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void watchOnceThenListSources() throws Exception {
    Path sources = tmp.resolve("sources.yaml");
    Files.writeString(sources, """
        defaults:
          per-host-delay: 0s
          retries: 0
        sources:
          - name: Example World
            feed: %s/feed.xml
            outlet: Example News
            country: GB
          - name: Gone
            feed: %s/gone.xml
        """.formatted(base, base));
    Path data = tmp.resolve("data");
    Path pages = tmp.resolve("pages");
    Run watch = run("watch", sources.toString(), "--data", data.toString(), "--once", "--pages", pages.toString());
    assertThat(watch.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(watch.err()).contains("poll feed \"Example World\"", "2 entries, 2 new", "one.html -> fetched 200",
        "poll feed \"Gone\"", "failed: HTTP 404", "2 articles added");
    try (Stream<Path> files = Files.list(pages)) {
      assertThat(files.filter(p -> p.toString().endsWith(".jsonl")).count()).isEqualTo(2);
    }

    Run table = run("sources", "--data", data.toString());
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("SOURCE", "LAST FETCH", "ARTICLES", "Example World", "Example News (GB)", "Gone", "error: HTTP 404");

    Run json = run("sources", "--data", data.toString(), "--format", "json");
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("name").asText()).isEqualTo("Example World");
    assertThat(array.get(0).get("articles").asLong()).isEqualTo(2);
    assertThat(array.get(0).get("lastFetch").isNull()).isFalse();
    assertThat(array.get(1).get("errors").asLong()).isEqualTo(1);

    Run again = run("watch", sources.toString(), "--data", data.toString(), "--once", "--pages", pages.toString());
    assertThat(again.err()).contains("2 entries, 0 new", "0 articles added");
  }

  @Test
  void badSourcesFileIsAUsageError() throws Exception {
    Path sources = tmp.resolve("bad.yaml");
    Files.writeString(sources, "sources:\n  - name: x\n    feed: ftp://example.com/rss\n");
    Run watch = run("watch", sources.toString(), "--data", tmp.resolve("d").toString(), "--once");
    assertThat(watch.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(watch.err()).contains("bad.yaml", "expected an http(s) URL");
    assertThat(run("watch", tmp.resolve("missing.yaml").toString(), "--once").code()).isEqualTo(ExitCodes.USAGE);
  }
}
