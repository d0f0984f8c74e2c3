package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.server.SitrepServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the HTTP API under /api/ and the web UI at /, over a corpus store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the JSON API under /api/ (OpenAPI at /api/openapi.json) and the web UI at / over a corpus store.",
      "Listens on loopback unless --host says otherwise; runs until interrupted (Ctrl+C)."
    })
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("sitrep serve: --port must be in [0,65535], got " + port);
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(data)) {
      err.println("sitrep serve: no corpus store at " + data + "; run ./sitrep ingest --data " + data + " PATH... first");
      return ExitCodes.USAGE;
    }
    Engine engine = Engine.open(EngineConfig.at(data));
    serveUntilInterrupted(spec.commandLine().getOut(), engine, host, port, "data: " + data.toAbsolutePath());
    return ExitCodes.OK;
  }

  /**
   * Starts the server over the engine's corpus, prints its address, and blocks until the JVM is
   * asked to stop (Ctrl+C); then closes the server and the engine before the JVM exits.
   */
  static void serveUntilInterrupted(PrintWriter out, Engine engine, String host, int port, String note)
      throws IOException, InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    SitrepServer server;
    try {
      server = SitrepServer.start(engine.corpus(), host, port);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    Thread hook = new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(15, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sitrep-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      String shown = host.contains(":") ? "[" + host + "]" : host;
      out.println("Sitrep is serving http://" + shown + ":" + server.port() + "/ (" + note + ")");
      out.println("API: http://" + shown + ":" + server.port() + "/api/ (OpenAPI: /api/openapi.json). Press Ctrl+C to stop.");
      out.flush();
      stopped.await();
    } finally {
      try {
        server.close();
        engine.close();
      } finally {
        closed.countDown();
      }
    }
  }
}
