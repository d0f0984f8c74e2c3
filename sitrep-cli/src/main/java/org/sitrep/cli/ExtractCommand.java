package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.sitrep.nlp.NlpAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: the whole per-article pipeline, one JSON object per article per line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Cleans each input and extracts its entities, quotes, claims, figures, times and events.",
      "Prints one JSON object per article per line on stdout; stores nothing."
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: HTML, text dumps, JSON Lines, WARC, feeds.")
  List<Path> paths = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (published != null && !validDate(published)) {
      err.println("sitrep extract: --published expects an ISO date such as 2024-06-21, got '" + published + "'");
      return ExitCodes.USAGE;
    }
    InputReader reader = new InputReader();
    ArticleCleaner cleaner = new ArticleCleaner();
    boolean[] failedBox = {false};
    String[] current = {""};
    // A stage that failed on one article is reported on stderr; notes such as repaired words stay
    // in the article's own "warnings" field, so stderr carries only what went wrong.
    StageContext ctx = new StageContext(java.time.Clock.systemUTC(), w -> {
      if (w.code().equals("failed")) {
        err.println(current[0] + ": " + w);
        failedBox[0] = true;
      }
    });
    NlpAnnotator nlp = null;
    boolean failed = false;
    for (Path path : paths) {
      try (var pages = reader.read(path)) {
        for (var it = pages.iterator(); it.hasNext(); ) {
          ItemResult<RawPage> item = it.next();
          if (item instanceof ItemResult.Failed<RawPage> f) {
            err.println(f.describe());
            failed = true;
            continue;
          }
          RawPage page = ((ItemResult.Ok<RawPage>) item).value().withDefaults(url, published, outlet);
          current[0] = page.source();
          CleanDocument doc;
          try {
            doc = cleaner.process(page, ctx);
          } catch (StageException e) {
            err.println(new ItemResult.Failed<>(page.source(), cleaner.name(), e.reason(), e.getMessage()).describe());
            failed = true;
            continue;
          } catch (RuntimeException e) {
            // A bug on one page must not stop the batch: report it as an internal failure of that page.
            err.println(new ItemResult.Failed<>(page.source(), cleaner.name(), Reason.INTERNAL, describe(e)).describe());
            failed = true;
            continue;
          }
          Annotations ann = Annotations.EMPTY;
          if (!noNlp) {
            if (nlp == null) {
              nlp = new NlpAnnotator();
            }
            try {
              ann = nlp.process(doc, ctx);
            } catch (StageException e) {
              err.println(new ItemResult.Failed<>(page.source(), nlp.name(), e.reason(), e.getMessage()).describe());
              failed = true;
            } catch (RuntimeException e) {
              // Same as above: the article is still printed, without annotations, and the run exits 1.
              err.println(new ItemResult.Failed<>(page.source(), nlp.name(), Reason.INTERNAL, describe(e)).describe());
              failed = true;
            }
          }
          out.println(SitrepJson.line(Article.of(doc, ann)));
          out.flush();
        }
      }
    }
    return failed || failedBox[0] ? ExitCodes.SOME_FAILED : ExitCodes.OK;
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
