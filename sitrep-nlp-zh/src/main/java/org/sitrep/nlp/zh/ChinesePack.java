package org.sitrep.nlp.zh;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.core.stage.Warning;
import org.sitrep.names.NameResolver;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.AnnotatedDocument;
import org.sitrep.nlp.pack.LanguagePack;
import org.sitrep.nlp.pack.LanguagePackProvider;
import org.sitrep.nlp.pack.ScriptShare;
import org.sitrep.nlp.parse.ParsedText;

/**
 * Chinese: CoreNLP's Chinese segmenter, tagger and NER ({@link ChineseParser}), then our readers of
 * Chinese news for entities with canonical English names, quotes, claims, figures, times, events,
 * datelines and credits. Each entity named through a cross-script resource leaves a note in the
 * document's warnings ({@code names:identity 普京 = Vladimir Putin (CC-CEDICT: ...)}) saying which
 * resource named it. Loads its models once (about 1.6 GB of heap); thread-safe.
 */
public final class ChinesePack implements LanguagePack {
  private final ChineseParser parser;
  private final NameResolver names;
  private final NlpConfig config;
  private final ChineseEntities entities;
  private final ChineseQuotes quotes = new ChineseQuotes();
  private final ChineseClaims claims = new ChineseClaims();
  private final ChineseTimes times = new ChineseTimes();
  private final ChineseQuantities quantities = new ChineseQuantities();
  private final ChineseEvents events;
  private final ChineseDatelines datelines = new ChineseDatelines();

  public ChinesePack(NlpConfig config) {
    this.config = config;
    this.names = NameResolver.load();
    this.parser = new ChineseParser();
    this.entities = new ChineseEntities(names, WikiDictionary.load());
    this.events = new ChineseEvents(names);
  }

  @Override
  public String language() {
    return "zh";
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument doc, StageContext ctx) throws StageException {
    String text = doc.text();
    if (text.length() > config.maxChars()) {
      throw new StageException(Reason.TOO_LARGE, "text of " + text.length()
          + " chars exceeds the NLP limit of " + config.maxChars());
    }
    LocalDate published = date(doc.published());
    ParsedText parsed;
    try {
      parsed = parser.parse(text, published == null ? null : published.toString());
    } catch (RuntimeException e) {
      throw new StageException(Reason.INTERNAL, "CoreNLP (Chinese) failed: " + e, e);
    }
    ChineseEntities.Result ents;
    try {
      ents = entities.extract(parsed);
    } catch (RuntimeException e) {
      ctx.warnings().accept(new Warning("zh-entity-extractor", "failed", String.valueOf(e)));
      ents = new ChineseEntities.Result(List.of(), List.of(), java.util.Map.of());
    }
    ChineseEntities.Result found = ents;
    List<Quote> qs = run(ctx, "zh-quote-extractor", () -> quotes.find(text, found));
    ChineseDatelines.Found head = datelines.find(text, published, names);
    List<Claim> cs = run(ctx, "zh-claim-extractor", () -> claims.find(parsed, found, head.end()));
    List<TimeExpression> ts = run(ctx, "zh-time-normalizer", () -> times.find(text, published));
    List<Quantity> qty = run(ctx, "zh-quantity-extractor", () -> quantities.find(parsed));
    List<Event> evs = run(ctx, "zh-event-extractor", () -> events.find(parsed, found, ts, head.end()));
    CleanDocument completed = complete(doc, head, found);
    return new AnnotatedDocument(completed,
        new Annotations(found.entities(), qs, cs, qty, ts, evs));
  }

  /** The dateline and credits only a Chinese reader finds, and a note for each cross-script name. */
  private CleanDocument complete(CleanDocument doc, ChineseDatelines.Found d,
      ChineseEntities.Result found) {
    Set<String> credits = new LinkedHashSet<>(doc.credits());
    Set<String> known = new java.util.HashSet<>();
    for (String c : doc.credits()) {
      var id = names.resolve(c, org.sitrep.core.model.EntityType.ORGANIZATION);
      known.add(id == null ? c : id.canonical());
    }
    for (String c : d.credits()) {
      if (known.add(c)) {
        credits.add(c); // the cleaner's 环球时报 and the dateline's Global Times are one credit
      }
    }
    List<String> warnings = new ArrayList<>(doc.warnings());
    Set<String> explained = new LinkedHashSet<>();
    for (ChineseEntities.Found f : found.mentions()) {
      if (f.identity() != null && explained.add(f.surface())) {
        warnings.add(new Warning("names", "identity", f.surface() + " = " + f.canonical() + " ("
            + f.identity().explanation() + ")").toString());
      }
    }
    return new CleanDocument(doc.id(), doc.source(), doc.url(), doc.outlet(), doc.title(),
        doc.authors(), doc.published(), doc.language(), List.copyOf(credits),
        doc.dateline() != null ? doc.dateline() : d.dateline(), doc.text(), warnings);
  }

  private static @Nullable LocalDate date(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // an unreadable publication date anchors nothing
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

  /** The provider listed for {@link java.util.ServiceLoader}. */
  public static final class Provider implements LanguagePackProvider {
    @Override
    public String language() {
      return "zh";
    }

    /** A paragraph in which Han characters are most of the letters, with no kana (Japanese). */
    @Override
    public boolean recognizes(String paragraph) {
      IntPredicate kana = ScriptShare.script(Character.UnicodeScript.HIRAGANA)
          .or(ScriptShare.script(Character.UnicodeScript.KATAKANA));
      return ScriptShare.mostly(paragraph, ScriptShare.script(Character.UnicodeScript.HAN), kana, 4);
    }

    @Override
    public LanguagePack load(NlpConfig config) {
      return new ChinesePack(config);
    }
  }
}
