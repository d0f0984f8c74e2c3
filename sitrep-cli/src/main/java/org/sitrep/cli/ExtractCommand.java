package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.InputReader;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.AnnotatedDocument;
import org.sitrep.nlp.pack.LanguagePacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: the whole per-article pipeline, one JSON object per article per line.
 *
 * <p>Pages are read in input order by one thread and processed by a pool of workers; results are
 * printed in input order, so the output does not depend on the number of threads. At most twice as
 * many pages as workers are in flight, which bounds memory on large inputs.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Cleans each input and extracts its entities, quotes, claims, figures, times and events.",
      "Prints one JSON object per article per line on stdout, in input order; stores nothing."
    })
public final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO) used where the page states none; anchors relative dates.")
  @Nullable String published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet name where the page states none.")
  @Nullable String outlet;

  @Option(names = "--url", paramLabel = "URL", description = "URL of the page where the input states none.")
  @Nullable String url;

  @Option(names = "--no-nlp", description = "Stop after cleaning and metadata (NLP fields empty).")
  boolean noNlp;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of cores). Output order is the input order whatever N is.")
  @Nullable Integer threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: HTML, text dumps, JSON Lines, WARC, feeds.")
  List<Path> paths = List.of();

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private volatile @Nullable LanguagePacks nlp;

  /** What one input produced: at most one JSON line, and the stderr lines that report its failures. */
  private record Outcome(@Nullable String json, List<String> errors) {
    static Outcome failed(String error) {
      return new Outcome(null, List.of(error));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (published != null && !validDate(published)) {
      err.println("sitrep extract: --published expects an ISO date such as 2024-06-21, got '" + published + "'");
      return ExitCodes.USAGE;
    }
    int workers = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    if (workers < 1) {
      err.println("sitrep extract: --threads must be at least 1, got " + workers);
      return ExitCodes.USAGE;
    }
    InputReader reader = new InputReader();
    boolean failed = false;
    Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "sitrep-extract-" + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      for (Path path : paths) {
        try (var pages = reader.read(path)) {
          for (var it = pages.iterator(); it.hasNext(); ) {
            ItemResult<RawPage> item = it.next();
            if (item instanceof ItemResult.Failed<RawPage> f) {
              inFlight.add(CompletableFuture.completedFuture(Outcome.failed(f.describe())));
            } else {
              RawPage page = ((ItemResult.Ok<RawPage>) item).value().withDefaults(url, published, outlet);
              inFlight.add(CompletableFuture.supplyAsync(() -> process(page), pool));
            }
            // Print whatever is finished at the head; wait for the head when the window is full.
            while (!inFlight.isEmpty() && (inFlight.peekFirst().isDone() || inFlight.size() > 2 * workers)) {
              failed |= print(inFlight.removeFirst().join(), out, err);
            }
          }
        }
      }
      while (!inFlight.isEmpty()) {
        failed |= print(inFlight.removeFirst().join(), out, err);
      }
    } finally {
      pool.shutdownNow();
    }
    return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** Prints one outcome; true when it reports a failure. */
  private static boolean print(Outcome outcome, PrintWriter out, PrintWriter err) {
    for (String e : outcome.errors()) {
      err.println(e);
    }
    err.flush();
    if (outcome.json() != null) {
      out.println(outcome.json());
      out.flush();
    }
    return !outcome.errors().isEmpty();
  }

  /** Runs one page through cleaning and NLP on a worker thread; never throws. */
  private Outcome process(RawPage page) {
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    // A stage that failed on one article is reported on stderr; notes such as repaired words stay
    // in the article's own "warnings" field, so stderr carries only what went wrong.
    StageContext ctx = new StageContext(Clock.systemUTC(), w -> {
      if (w.code().equals("failed")) {
        errors.add(page.source() + ": " + w);
      }
    });
    CleanDocument doc;
    try {
      doc = cleaner.process(page, ctx);
    } catch (StageException e) {
      return Outcome.failed(new ItemResult.Failed<>(page.source(), cleaner.name(), e.reason(), e.getMessage()).describe());
    } catch (RuntimeException e) {
      // A bug on one page must not stop the batch: report it as an internal failure of that page.
      return Outcome.failed(new ItemResult.Failed<>(page.source(), cleaner.name(), Reason.INTERNAL, describe(e)).describe());
    }
    Annotations ann = Annotations.EMPTY;
    if (!noNlp) {
      LanguagePacks annotator = nlp();
      try {
        AnnotatedDocument annotated = annotator.process(doc, ctx);
        doc = annotated.document();
        ann = annotated.annotations();
      } catch (StageException e) {
        errors.add(new ItemResult.Failed<>(page.source(), annotator.name(), e.reason(), e.getMessage()).describe());
      } catch (RuntimeException e) {
        // Same as above: the article is still printed, without annotations, and the run exits 1.
        errors.add(new ItemResult.Failed<>(page.source(), annotator.name(), Reason.INTERNAL, describe(e)).describe());
      }
    }
    return new Outcome(SitrepJson.line(Article.of(doc, ann)), List.copyOf(errors));
  }

  /** The language packs; each loads its models when the first article in its language arrives. */
  private LanguagePacks nlp() {
    LanguagePacks n = nlp;
    if (n == null) {
      synchronized (this) {
        n = nlp;
        if (n == null) {
          n = new LanguagePacks(NlpConfig.defaults());
          nlp = n;
        }
      }
    }
    return n;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static boolean validDate(String value) {
    try {
      LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
