package org.sitrep.bench.extraction;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.InputReader;
import org.sitrep.json.SitrepJson;

/**
 * What {@code sitrep extract --no-nlp --threads 1} does with one input file, minus the terminal: the
 * input reader (content sniffing, whole-file read), the article cleaner (extraction, repair, metadata,
 * language, id) and the JSON line of the article, printed to a sink. Pages the cleaner refuses print
 * one error line, as the command does. Not thread-safe (one sink); build one per timing thread.
 */
final class ProductPath {
  private final InputReader reader = new InputReader();
  private final ArticleCleaner cleaner;
  private final PrintWriter out;
  private final StageContext ctx = new StageContext(Clock.systemUTC(), w -> {});
  private int articles;
  private int refused;

  /** A path that prints to {@code sink} (use {@link Writer#nullWriter()} for timing). */
  ProductPath(ArticleCleaner cleaner, Writer sink) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.out = new PrintWriter(Objects.requireNonNull(sink, "sink"));
  }

  /** Reads, cleans and prints every page in {@code file}. */
  void run(Path file) {
    try (Stream<ItemResult<RawPage>> pages = reader.read(file)) {
      for (Iterator<ItemResult<RawPage>> it = pages.iterator(); it.hasNext(); ) {
        ItemResult<RawPage> item = it.next();
        if (item instanceof ItemResult.Ok<RawPage> ok) {
          clean(ok.value());
        } else {
          refused++;
          out.println(((ItemResult.Failed<RawPage>) item).describe());
        }
      }
    }
    out.flush();
  }

  private void clean(RawPage page) {
    try {
      CleanDocument doc = cleaner.process(page, ctx);
      out.println(SitrepJson.line(Article.of(doc, Annotations.EMPTY)));
      articles++;
    } catch (StageException e) {
      refused++;
      out.println(new ItemResult.Failed<>(page.source(), cleaner.name(), e.reason(), e.getMessage()).describe());
    }
  }

  /** Articles printed so far. */
  int articles() {
    return articles;
  }

  /** Inputs or pages refused so far (one error line each). */
  int refused() {
    return refused;
  }
}
