package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;
import org.sitrep.engine.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: ingests the bundled sample corpus into a fresh store and serves the UI. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled demo corpus into a fresh store and serves the web UI.",
      "The corpus is samples/demo (the June 2024 Putin-Kim summit and its aftermath); the command prints",
      "the store folder and the address, then serves the UI and the API until interrupted."
    })
public final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host = "127.0.0.1";

  @Option(names = "--data", paramLabel = "DIR",
      description = "Store folder (default: a new temporary folder, removed on exit).")
  @Nullable Path data;

  @Option(names = "--samples", paramLabel = "DIR", description = "Corpus to ingest (default: samples/demo of this checkout).")
  @Nullable Path samples;

  @Option(names = "--outlets", paramLabel = "FILE",
      description = "Outlet facts for the corpus (default: samples/demo-outlets.txt with the bundled corpus).")
  @Nullable Path outlets;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("sitrep demo: --port must be in [0,65535], got " + port);
      return ExitCodes.USAGE;
    }
    Path corpus = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(corpus)) {
      err.println("sitrep demo: demo corpus not found at " + corpus + " (give one with --samples DIR)");
      return ExitCodes.USAGE;
    }
    boolean temporary = data == null;
    Path store = temporary ? Files.createTempDirectory("sitrep-demo-") : data;
    if (temporary) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(store), "sitrep-demo-cleanup"));
    }
    out.println("sitrep demo: ingesting " + corpus + " into " + store.toAbsolutePath()
        + (temporary ? " (temporary; removed on exit; keep it with --data DIR)" : ""));
    out.flush();
    Path outletFile = outlets != null ? outlets : samples == null ? defaultOutlets() : null;
    if (outletFile != null && !Files.isRegularFile(outletFile)) {
      err.println("sitrep demo: outlets file not found at " + outletFile);
      return ExitCodes.USAGE;
    }
    Engine engine = Engine.open(new EngineConfig(store, outletFile, true, EngineConfig.at(store).threads()));
    try {
      AtomicInteger done = new AtomicInteger();
      IngestReport report = engine.ingest(List.of(corpus), new IngestListener() {
        @Override
        public void item(ItemResult<IngestOutcome> result) {
          int n = done.incrementAndGet();
          if (result instanceof ItemResult.Failed<IngestOutcome> failed) {
            err.println(failed.describe());
          }
          err.print("\r  " + n + " pages read");
          err.flush();
        }
      });
      err.println();
      out.println("sitrep demo: " + report.added() + " articles added, " + report.duplicates() + " duplicates, "
          + report.failures().size() + " failed");
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    ServeCommand.serveUntilInterrupted(out, engine, host, port, "demo store: " + store.toAbsolutePath());
    return ExitCodes.OK;
  }

  private static Path defaultSamples() {
    String home = System.getProperty("sitrep.home");
    Path root = home != null ? Path.of(home) : Path.of("");
    return root.resolve("samples").resolve("demo");
  }

  private static Path defaultOutlets() {
    return defaultSamples().resolveSibling("demo-outlets.txt");
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit: the folder is in the system's temporary area anyway
    }
  }
}
