package org.sitrep.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.nlp.pack.AnnotatedDocument;
import org.sitrep.nlp.pack.LanguagePacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-page stages of ingest as two plain functions: {@link #clean} turns a raw page into a clean
 * document, {@link #annotate} runs the NLP on it and resolves its outlet into the article to store.
 * {@link Engine#ingest} runs them on its workers with the duplicate check of its store between the
 * two; a distributed runner runs the very same functions on its executors (a clean document travels
 * between the halves as an {@link Article} without annotations: {@link Article#document()} gives it
 * back). Each returns a per-item result: a failure names the stage and the reason, never throws.
 *
 * <p>Warnings the stages report through their context end up in the article's warnings after its
 * own, once each, at most {@value #MAX_WARNINGS} per half. Thread-safe when the cleaner, the
 * annotator and the registry are (they are).
 */
public final class PageStages {
  static final int MAX_WARNINGS = 50;
  private static final Logger LOG = LoggerFactory.getLogger(PageStages.class);

  private final ArticleCleaner cleaner;
  private final @Nullable Supplier<LanguagePacks> nlp;
  private final Supplier<OutletRegistry> outlets;

  /**
   * @param cleaner the cleaning stage
   * @param nlp the language packs, asked for at the first annotation (null: store cleaned articles
   *     without NLP)
   * @param outlets the registry to resolve outlets with, asked for at each page (it may be replaced
   *     while an engine runs)
   */
  public PageStages(ArticleCleaner cleaner, @Nullable Supplier<LanguagePacks> nlp, Supplier<OutletRegistry> outlets) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.nlp = nlp;
    this.outlets = Objects.requireNonNull(outlets, "outlets");
  }

  /** An article ready to store and the outlet it was resolved to (whose country the store facets). */
  public record Annotated(Article article, Outlet outlet) {
    public Annotated {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  /** The clean document of {@code page}, or the cleaning failure. */
  public ItemResult<CleanDocument> clean(RawPage page) {
    Objects.requireNonNull(page, "page");
    List<String> warnings = new ArrayList<>();
    try {
      CleanDocument doc = cleaner.process(page, context(warnings));
      return new ItemResult.Ok<>(page.source(), withWarnings(doc, warnings));
    } catch (StageException e) {
      return new ItemResult.Failed<>(page.source(), cleaner.name(), e.reason(), String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.debug("cleaning {} failed", page.source(), e);
      return new ItemResult.Failed<>(page.source(), cleaner.name(), Reason.INTERNAL, String.valueOf(e));
    }
  }

  /** The annotated article of {@code doc} with its outlet resolved, or the failure of the stage that failed. */
  public ItemResult<Annotated> annotate(CleanDocument doc) {
    Objects.requireNonNull(doc, "doc");
    List<String> warnings = new ArrayList<>();
    String stage = "nlp";
    if (doc.text().length() > Engine.MAX_ARTICLE_CHARS) {
      return new ItemResult.Failed<>(doc.source(), cleaner.name(), Reason.TOO_LARGE, "article text of "
          + doc.text().length() + " characters exceeds the limit of " + Engine.MAX_ARTICLE_CHARS + " characters per article");
    }
    try {
      Annotations ann = Annotations.EMPTY;
      if (nlp != null) {
        LanguagePacks packs = nlp.get();
        stage = packs.name();
        AnnotatedDocument annotated = packs.process(doc, context(warnings));
        doc = annotated.document();
        ann = annotated.annotations();
      }
      stage = "outlet-registry";
      Outlet outlet = outlets.get().resolve(doc.outlet(), doc.url(), doc.text());
      return new ItemResult.Ok<>(doc.source(), new Annotated(withOutletAndWarnings(Article.of(doc, ann), outlet, warnings), outlet));
    } catch (StageException e) {
      return new ItemResult.Failed<>(doc.source(), stage, e.reason(), String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.debug("annotating {} failed in {}", doc.source(), stage, e);
      return new ItemResult.Failed<>(doc.source(), stage, Reason.INTERNAL, String.valueOf(e));
    }
  }

  private static StageContext context(List<String> sink) {
    return new StageContext(Clock.systemUTC(), w -> {
      synchronized (sink) {
        if (sink.size() < MAX_WARNINGS) {
          sink.add(w.toString());
        }
      }
    });
  }

  private static CleanDocument withWarnings(CleanDocument d, List<String> warnings) {
    List<String> all = merged(d.warnings(), warnings);
    if (all == d.warnings()) {
      return d;
    }
    return new CleanDocument(d.id(), d.source(), d.url(), d.outlet(), d.title(), d.authors(), d.published(),
        d.language(), d.credits(), d.dateline(), d.text(), all);
  }

  private static List<String> merged(List<String> own, List<String> reported) {
    if (reported.isEmpty()) {
      return own;
    }
    List<String> all = new ArrayList<>(own);
    for (String w : reported) {
      if (!all.contains(w)) {
        all.add(w);
      }
    }
    return all;
  }

  static Article withOutletAndWarnings(Article a, Outlet outlet, List<String> warnings) {
    // a curated outlet gets its canonical name ("The Japan Times" -> "Japan Times") so facets and
    // stories agree; otherwise the page's own name, else what the registry made of the URL
    String name;
    if (!outlet.inferred()) {
      name = outlet.name();
    } else if (a.outlet() != null && !a.outlet().isBlank()) {
      name = a.outlet();
    } else {
      name = outlet.name().isBlank() || outlet.name().equals("unknown") ? null : outlet.name();
    }
    if (Objects.equals(name, a.outlet()) && warnings.isEmpty()) {
      return a;
    }
    return new Article(a.id(), a.source(), a.url(), name, a.title(), a.authors(), a.published(),
        a.language(), a.credits(), a.dateline(), a.text(), a.entities(), a.quotes(), a.claims(),
        a.quantities(), a.times(), a.events(), merged(a.warnings(), warnings));
  }
}
