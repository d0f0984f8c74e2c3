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

  @Option(names = "--watch", paramLabel = "SOURCES.yaml", description = {
      "Also watch these sources in the same process (as ./sitrep watch does) and serve what arrives.",
      "Without it the store is opened for reading only, so an ingest or a watch may write to it at the same time."})
  @org.jspecify.annotations.Nullable Path watch;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("sitrep serve: --port must be in [0,65535], got " + port);
      return ExitCodes.USAGE;
    }
    if (watch != null) {
      return serveAndWatch(err);
    }
    if (!Files.isDirectory(data)) {
      err.println("sitrep serve: no corpus store at " + data + "; run ./sitrep ingest --data " + data + " PATH... first");
      return ExitCodes.USAGE;
    }
    // read-only: the writer lock stays free for an ingest or a watch; their commits show up here
    Engine engine = Engine.openReadOnly(EngineConfig.at(data));
    serveUntilInterrupted(spec.commandLine().getOut(), engine, host, port, "data: " + data.toAbsolutePath());
    return ExitCodes.OK;
  }

  /** One process: the watcher writes the store, the server reads it. */
  private int serveAndWatch(PrintWriter err) throws IOException, InterruptedException {
    org.sitrep.sources.watch.SourcesFile sources;
    try {
      sources = org.sitrep.sources.watch.SourcesFile.load(watch);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("sitrep serve: no such sources file: " + watch);
      return ExitCodes.USAGE;
    } catch (org.sitrep.sources.watch.SourcesFile.InvalidException e) {
      err.println("sitrep serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    java.util.function.Consumer<String> log = line -> {
      synchronized (err) {
        err.println(java.time.LocalTime.now().withNano(0) + " " + line);
        err.flush();
      }
    };
    Engine engine = Engine.open(new EngineConfig(data, null, true, Math.max(1, Runtime.getRuntime().availableProcessors())));
    engine.addOutlets(sources.sources().stream().flatMap(s -> s.outletFacts().stream()).toList());
    org.sitrep.sources.watch.WatchState state = org.sitrep.sources.watch.WatchState.open(data);
    org.sitrep.sources.fetch.HttpFetcher fetcher = new org.sitrep.sources.fetch.HttpFetcher(sources.policy());
    org.sitrep.sources.watch.Watcher watcher = new org.sitrep.sources.watch.Watcher(sources.sources(), state, fetcher,
        WatchCommand.engineSink(engine), log, java.time.Clock.systemUTC());
    Thread polling = Thread.ofPlatform().name("sitrep-serve-watch").daemon(true).start(watcher::run);
    try {
      serveUntilInterrupted(spec.commandLine().getOut(), engine, host, port,
          "data: " + data.toAbsolutePath() + "; watching " + sources.sources().size() + " sources", () -> {
            watcher.stop();
            try {
              polling.join(60_000);
              fetcher.close();
              state.close();
            } catch (Exception e) {
              log.accept("watch: stopping: " + e);
            }
          });
    } finally {
      watcher.stop();
    }
    return ExitCodes.OK;
  }

  static void serveUntilInterrupted(PrintWriter out, Engine engine, String host, int port, String note)
      throws IOException, InterruptedException {
    serveUntilInterrupted(out, engine, host, port, note, () -> {});
  }

  /**
   * Starts the server over the engine's corpus, prints its address, and blocks until the JVM is
   * asked to stop (Ctrl+C); then closes the server and the engine before the JVM exits.
   */
  static void serveUntilInterrupted(PrintWriter out, Engine engine, String host, int port, String note,
      Runnable beforeClose) throws IOException, InterruptedException {
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
        beforeClose.run();
        engine.close();
      } finally {
        closed.countDown();
      }
    }
  }
}
