package org.sitrep.sources.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, with handlers by exact path and a request log. */
public final class LoopbackServer implements AutoCloseable {
  /** Handles one exchange. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("test-http-", 0).factory()));
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        Handler h = handlers.get(path);
        if (h == null) {
          send(exchange, 404, "text/plain", "not found");
        } else {
          h.handle(exchange);
        }
      }
    });
    server.start();
  }

  public LoopbackServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Serves a fixed body with a content type. */
  public LoopbackServer serve(String path, String contentType, String body) {
    return on(path, ex -> send(ex, 200, contentType, body));
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Paths requested so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  public static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
