package org.sitrep.nlp;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.Stage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.core.stage.Warning;
import org.sitrep.nlp.claim.ClaimExtractor;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.event.EventExtractor;
import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.quantity.QuantityExtractor;
import org.sitrep.nlp.quote.QuoteExtractor;
import org.sitrep.nlp.time.TimeNormalizer;

/**
 * Clean document to annotations: parses the text (and the headline apart) with CoreNLP, then runs
 * our extractors; entities come from both, the other facts from the text. A failing
 * extractor leaves the other fields filled and is reported as a warning ({@code nlp:<stage>-failed})
 * through the context. Loads its models once at construction; thread-safe.
 */
public final class NlpAnnotator implements Stage<CleanDocument, Annotations> {
  private final CoreNlpParser parser;
  private final EntityExtractor entities = new EntityExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final ClaimExtractor claims = new ClaimExtractor();
  private final TimeNormalizer times = new TimeNormalizer();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final EventExtractor events = new EventExtractor();

  public NlpAnnotator() {
    this(NlpConfig.defaults());
  }

  public NlpAnnotator(NlpConfig config) {
    this.parser = new CoreNlpParser(config);
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Annotations process(CleanDocument doc, StageContext ctx) throws StageException {
    String lang = doc.language();
    if (lang != null && !lang.equals("en")) {
      ctx.warnings().accept(new Warning(name(), "language", "no NLP models for '" + lang + "'"));
      return Annotations.EMPTY;
    }
    String text = doc.text();
    if (text.length() > parser.config().maxChars()) {
      throw new StageException(Reason.TOO_LARGE, "text of " + text.length()
          + " chars exceeds the NLP limit of " + parser.config().maxChars());
    }
    ParsedText parsed;
    try {
      parsed = parser.parse(text, doc.published());
    } catch (RuntimeException e) {
      throw new StageException(Reason.INTERNAL, "CoreNLP failed: " + e, e);
    }
    ParsedText headline = headline(doc);
    List<Entity> ents = run(ctx, "entity-extractor", () -> entities.extract(parsed, headline));
    List<Quote> qs = run(ctx, "quote-extractor", () -> quotes.extract(parsed, ents));
    List<Claim> cs = run(ctx, "claim-extractor", () -> claims.extract(parsed, ents, qs));
    List<TimeExpression> ts = run(ctx, "time-normalizer", () -> times.normalize(parsed, doc.published()));
    List<Quantity> qty = run(ctx, "quantity-extractor", () -> quantities.extract(parsed));
    List<Event> evs = run(ctx, "event-extractor", () -> events.extract(parsed, ents, ts));
    return new Annotations(ents, qs, cs, qty, ts, evs);
  }

  /**
   * The headline parsed apart from the text, so its names are found (offsets index the title); null
   * without a title.
   */
  private @Nullable ParsedText headline(CleanDocument doc) throws StageException {
    String title = doc.title();
    if (title == null || title.isBlank() || title.length() > 1000) {
      return null;
    }
    try {
      return parser.parse(title, doc.published());
    } catch (RuntimeException e) {
      throw new StageException(Reason.INTERNAL, "CoreNLP failed on the title: " + e, e);
    }
  }

  private static <T> List<T> run(StageContext ctx, String stage, Supplier<List<T>> body) {
    try {
      return body.get();
    } catch (RuntimeException e) {
      // One extractor's failure must not cost the article its other fields: report and go on.
      ctx.warnings().accept(new Warning(stage, "failed", String.valueOf(e)));
      return List.of();
    }
  }
}
