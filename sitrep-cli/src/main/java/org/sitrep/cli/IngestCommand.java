package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;
import org.sitrep.engine.IngestReport;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest PATH...}: adds inputs to the corpus store, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Adds inputs to the corpus store, idempotently.",
      "Cleans, annotates and stores each input, then updates the stories, entities, timeline, claims and",
      "comparisons. The same article ingested twice is stored once. Shows progress on a terminal."
    })
public final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
      description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--outlets", paramLabel = "FILE", description = "A file of outlets that extends the built-in registry.")
  @Nullable Path outlets;

  @Option(names = "--no-nlp", description = "Store cleaned articles without NLP (no entities, quotes, claims or events).")
  boolean noNlp;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  @Nullable Integer threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: HTML, text dumps, JSON Lines, WARC, feeds.")
  List<Path> paths = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    if (n < 1) {
      err.println("sitrep ingest: --threads must be at least 1, got " + n);
      return ExitCodes.USAGE;
    }
    EngineConfig config = new EngineConfig(data, outlets, !noNlp, n);
    Progress progress = new Progress(err, System.console() != null);
    IngestReport report;
    long started = System.nanoTime();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = null;
    try (Engine engine = Engine.open(config)) {
      // On SIGTERM or Ctrl-C: stop reading inputs, let the pages in flight finish, commit them and
      // say what was kept. The hook waits for that; the JVM ends when it returns.
      hook = new Thread(() -> {
        engine.stop();
        try {
          finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "sitrep-ingest-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      report = engine.ingest(paths, progress);
      progress.finish();
      double seconds = (System.nanoTime() - started) / 1e9;
      int items = report.added() + report.duplicates() + report.failures().size();
      out.println(String.format(Locale.ROOT, "added %d, duplicates %d, failed %d (%d items in %.1f s, %.1f items/s)",
          report.added(), report.duplicates(), report.failures().size(), items, seconds, items / Math.max(seconds, 1e-3)));
      if (engine.stopped()) {
        out.println("ingest interrupted: the " + report.added() + " articles added before the stop are committed ("
            + engine.store().committedArticles() + " articles in " + data + "); inputs not yet read were left."
            + " Run the same command again to go on: stored articles are skipped as duplicates.");
        out.flush();
        err.println("sitrep ingest: interrupted; " + report.added() + " articles added and committed");
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
      out.println("corpus in " + data + ": " + engine.store().size() + " articles, "
          + engine.corpus().stories().size() + " stories");
      out.flush();
    } catch (StoreException e) {
      progress.finish();
      err.println("sitrep ingest: " + e.getMessage());
      err.flush();
      return ExitCodes.SOME_FAILED;
    } finally {
      finished.countDown();
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down: the hook is running and has just been released
        }
      }
    }
    return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** How long a SIGTERM waits for the pages in flight and the commit (NLP of a long page takes a while). */
  private static final int SHUTDOWN_WAIT_SECONDS = 120;

  /**
   * Progress on stderr: on a terminal a bar redrawn in place with count, rate and ETA; elsewhere a
   * plain line every {@value #PLAIN_EVERY} items. Failures always get their own line.
   */
  static final class Progress implements IngestListener {
    static final int PLAIN_EVERY = 100;
    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long expected = -1;
    private long done;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void expected(long total) {
      expected = total;
    }

    @Override
    public void item(ItemResult<IngestOutcome> result) {
      done++;
      if (result instanceof ItemResult.Failed<IngestOutcome> f) {
        if (terminal && drawn) {
          err.print("\r\033[K");
        }
        err.println(f.describe());
        drawn = false;
      }
      long now = System.nanoTime();
      if (terminal) {
        if (!drawn || now - lastDraw > 100_000_000L) {
          draw(now);
        }
      } else if (done % PLAIN_EVERY == 0) {
        err.println("ingest: " + status(now));
      }
      err.flush();
    }

    private void draw(long now) {
      lastDraw = now;
      drawn = true;
      int width = 30;
      String bar;
      if (expected > 0) {
        int filled = (int) Math.min(width, done * width / expected);
        bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] ";
      } else {
        bar = "";
      }
      err.print("\r\033[K" + bar + status(now));
    }

    String status(long now) {
      double seconds = Math.max((now - started) / 1e9, 1e-3);
      double rate = done / seconds;
      StringBuilder sb = new StringBuilder();
      sb.append(done);
      if (expected > 0) {
        sb.append('/').append(Math.max(expected, done));
        sb.append(String.format(Locale.ROOT, " %3d%%", Math.min(100, done * 100 / Math.max(expected, done))));
      }
      sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
      if (expected > done && rate > 0) {
        long eta = Math.round((expected - done) / rate);
        sb.append(String.format(Locale.ROOT, "  ETA %dm%02ds", eta / 60, eta % 60));
      }
      return sb.toString();
    }

    void finish() {
      if (terminal && drawn) {
        err.println();
      }
      err.flush();
    }
  }
}
