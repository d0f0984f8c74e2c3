package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.sources.fetch.HttpFetcher;
import org.sitrep.sources.watch.PageDirectory;
import org.sitrep.sources.watch.PageSink;
import org.sitrep.sources.watch.SourcesFile;
import org.sitrep.sources.watch.WatchState;
import org.sitrep.sources.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch SOURCES.yaml}: polls feeds and sitemaps on a schedule and ingests new articles. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls the feeds and sitemaps listed in SOURCES.yaml on their intervals, fetches new articles politely",
      "(robots.txt, per-host limits, conditional GET, retries) and adds them to the store. Resumes where it",
      "stopped: its state (seen articles, validators, per-source counts) lives in DATA/watch/.",
      "One line per poll and per page on stderr."
    })
public final class WatchCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCES.yaml", description = "The sources file (YAML).")
  Path sourcesFile;

  @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ./sitrep-data).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--once", description = "Poll every source once, now, then exit.")
  boolean once;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "Keep fetched pages as JSON Lines files in DIR instead of storing them (ingest them later).")
  @Nullable Path pagesDir;

  @Option(names = "--no-nlp", description = "Store articles without running the NLP stages.")
  boolean noNlp;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    SourcesFile sources;
    try {
      sources = SourcesFile.load(sourcesFile);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("sitrep watch: no such sources file: " + sourcesFile);
      return ExitCodes.USAGE;
    } catch (SourcesFile.InvalidException e) {
      err.println("sitrep watch: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Consumer<String> log = line -> {
      synchronized (err) {
        err.println(LocalTime.now().format(TIME) + " " + line);
        err.flush();
      }
    };
    Engine engine = null;
    CountDownLatch finished = new CountDownLatch(1);
    try (WatchState state = WatchState.open(data); HttpFetcher fetcher = new HttpFetcher(sources.policy())) {
      PageSink sink;
      if (pagesDir != null) {
        sink = new PageDirectory(pagesDir);
        log.accept("watch: " + sources.sources().size() + " sources; pages go to " + pagesDir);
      } else {
        engine = Engine.open(new EngineConfig(data, null, !noNlp, Math.max(1, Runtime.getRuntime().availableProcessors())));
        Engine opened = engine;
        // the countries the sources file states reach the outlet registry: their articles get them
        opened.addOutlets(sources.sources().stream().flatMap(s -> s.outletFacts().stream()).toList());
        sink = engineSink(opened);
        log.accept("watch: " + sources.sources().size() + " sources; store " + data);
      }
      Watcher watcher = new Watcher(sources.sources(), state, fetcher, sink, log, Clock.systemUTC());
      if (once) {
        List<Watcher.PollReport> reports = watcher.pollAll();
        int added = reports.stream().mapToInt(Watcher.PollReport::added).sum();
        long failedPolls = reports.stream().filter(r -> !r.ok()).count();
        int failedPages = reports.stream().mapToInt(Watcher.PollReport::failed).sum();
        log.accept("watch: done: " + reports.size() + " polls (" + failedPolls + " failed), " + added
            + " articles added, " + failedPages + " pages failed");
        return failedPolls > 0 || failedPages > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
      }
      // On Ctrl-C or SIGTERM: finish the current poll, save the state, close the store. The hook
      // waits for that (not for the main thread, which may itself be blocked in System.exit).
      Thread hook = new Thread(() -> {
        watcher.stop();
        try {
          finished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "sitrep-watch-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      watcher.run();
      log.accept("watch: stopped; state saved in " + WatchState.folder(data));
      return ExitCodes.OK;
    } finally {
      try {
        if (engine != null) {
          engine.close();
        }
      } finally {
        finished.countDown();
      }
    }
  }

  /** The engine as the watcher's page sink: each page is ingested, each poll's end commits. */
  static PageSink engineSink(Engine engine) {
    return new PageSink() {
      @Override
      public org.sitrep.core.stage.ItemResult<org.sitrep.core.corpus.IngestOutcome> accept(
          org.sitrep.core.model.RawPage page) {
        return engine.ingest(page);
      }

      @Override
      public void flush() throws IOException {
        engine.refresh();
      }
    };
  }
}
