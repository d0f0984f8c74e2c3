package org.sitrep.nlp.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.Stage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.core.stage.Warning;
import org.sitrep.nlp.NlpConfig;

/**
 * The NLP stage: hands each article to the pack of its language, loading a pack when the first
 * article in its language arrives. An article that mixes languages by paragraph (an English story
 * under a Chinese page head) is cut into runs of paragraphs in one language, each run annotated by
 * its own pack and the results joined with offsets into the whole text; entities with the same id
 * from two runs become one entity. An article in a language without a pack gets no annotations and
 * a warning {@code nlp:language}. Thread-safe.
 *
 * <p>NOTE: an article whose language could not be told is read as English, as it always has been.
 */
public final class LanguagePacks implements Stage<CleanDocument, AnnotatedDocument> {
  /** The language assumed when the cleaner could not tell one. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final NlpConfig config;
  private final Map<String, Slot> slots;

  /** Packs found by {@link ServiceLoader} on this class's loader. */
  public LanguagePacks(NlpConfig config) {
    this(config, ServiceLoader.load(LanguagePackProvider.class, LanguagePacks.class.getClassLoader())
        .stream().map(ServiceLoader.Provider::get).toList());
  }

  /**
   * Packs of the given providers.
   *
   * @throws IllegalArgumentException when two providers claim one language
   */
  public LanguagePacks(NlpConfig config, List<LanguagePackProvider> providers) {
    this.config = Objects.requireNonNull(config, "config");
    Map<String, Slot> map = new LinkedHashMap<>();
    for (LanguagePackProvider p : providers) {
      Slot old = map.put(p.language(), new Slot(p));
      if (old != null) {
        throw new IllegalArgumentException("two language packs for '" + p.language() + "': "
            + old.provider.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    this.slots = Map.copyOf(map);
  }

  @Override
  public String name() {
    return "nlp";
  }

  /** Codes of the languages with a pack on the class path. */
  public Set<String> languages() {
    return Set.copyOf(slots.keySet());
  }

  /** Whether the pack of {@code language} has been loaded (by an article in that language). */
  public boolean loaded(String language) {
    Slot s = slots.get(language);
    return s != null && s.pack != null;
  }

  /**
   * The pack of {@code language}, loading it on first call.
   *
   * @throws StageException when there is no such pack or its models fail to load
   */
  public LanguagePack pack(String language) throws StageException {
    Slot s = slots.get(language);
    if (s == null) {
      throw new StageException(Reason.INTERNAL, "no language pack for '" + language
          + "' (packs on the class path: " + slots.keySet() + ")");
    }
    return s.get(config);
  }

  @Override
  public AnnotatedDocument process(CleanDocument doc, StageContext ctx) throws StageException {
    String lang = doc.language() == null ? DEFAULT_LANGUAGE : doc.language();
    List<Run> runs = runs(doc.text(), lang);
    if (runs.size() == 1) {
      if (!slots.containsKey(lang)) {
        ctx.warnings().accept(new Warning(name(), "language", "no NLP models for '" + lang + "'"));
        return new AnnotatedDocument(doc, Annotations.EMPTY);
      }
      return pack(lang).annotate(doc, ctx);
    }
    Joined joined = new Joined();
    CleanDocument completed = doc;
    for (Run run : runs) {
      if (!slots.containsKey(run.language)) {
        ctx.warnings().accept(new Warning(name(), "language",
            "no NLP models for '" + run.language + "' (paragraphs at " + run.start + ")"));
        continue;
      }
      CleanDocument part = new CleanDocument(doc.id(), doc.source(), doc.url(), doc.outlet(),
          doc.title(), doc.authors(), doc.published(), run.language, doc.credits(), doc.dateline(),
          doc.text().substring(run.start, run.end), List.of());
      AnnotatedDocument done = pack(run.language).annotate(part, ctx);
      joined.add(done.annotations(), run.start);
      completed = withMetadataOf(completed, done.document());
    }
    return new AnnotatedDocument(completed, joined.annotations());
  }

  /** {@code doc} with the dateline, credits and notes a pack found in one run of it. */
  private static CleanDocument withMetadataOf(CleanDocument doc, CleanDocument run) {
    Set<String> credits = new LinkedHashSet<>(doc.credits());
    credits.addAll(run.credits());
    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.addAll(run.warnings());
    return new CleanDocument(doc.id(), doc.source(), doc.url(), doc.outlet(), doc.title(),
        doc.authors(), doc.published(), doc.language(), List.copyOf(credits),
        doc.dateline() != null ? doc.dateline() : run.dateline(), doc.text(), warnings);
  }

  /** A run of paragraphs in one language: [start, end) in the text. */
  public record Run(String language, int start, int end) {}

  /**
   * Runs of paragraphs by language: a paragraph is in the article's language unless that pack does
   * not recognize it and another pack does. One run when the article is in one language. Loads no
   * models.
   */
  public List<Run> runs(String text, String lang) {
    @Nullable Slot own = slots.get(lang);
    List<Run> runs = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int next = text.indexOf("\n\n", at);
      int end = next < 0 ? text.length() : next;
      String paragraph = text.substring(at, end);
      String pl = lang;
      if (!paragraph.isBlank() && (own == null || !own.provider.recognizes(paragraph))) {
        for (var e : slots.entrySet()) {
          if (!e.getKey().equals(lang) && e.getValue().provider.recognizes(paragraph)) {
            pl = e.getKey();
            break;
          }
        }
      }
      if (!runs.isEmpty() && runs.getLast().language.equals(pl)) {
        runs.set(runs.size() - 1, new Run(pl, runs.getLast().start, end));
      } else {
        runs.add(new Run(pl, at, end));
      }
      at = next < 0 ? text.length() : next + 2;
    }
    if (runs.size() <= 1) {
      return List.of(new Run(lang, 0, text.length()));
    }
    return runs;
  }

  /** One language's pack, loaded once, on first use; a load failure is remembered. */
  private static final class Slot {
    final LanguagePackProvider provider;
    volatile @Nullable LanguagePack pack;
    @Nullable String failure;

    Slot(LanguagePackProvider provider) {
      this.provider = provider;
    }

    LanguagePack get(NlpConfig config) throws StageException {
      LanguagePack p = pack;
      if (p != null) {
        return p;
      }
      synchronized (this) {
        if (pack != null) {
          return pack;
        }
        if (failure == null) {
          try {
            pack = provider.load(config);
            return pack;
          } catch (RuntimeException | LinkageError e) {
            failure = "language pack '" + provider.language() + "' failed to load: " + e;
          }
        }
        throw new StageException(Reason.INTERNAL, failure);
      }
    }
  }

  /** Annotations of several runs, shifted into the whole text; entities joined by id. */
  private static final class Joined {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    void add(Annotations a, int by) {
      for (Entity e : a.entities()) {
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
          ms.add(new Mention(m.text(), m.start() + by, m.end() + by));
        }
        Entity old = entities.get(e.id());
        if (old == null) {
          entities.put(e.id(), new Entity(e.id(), e.name(), e.type(), e.aliases(), ms, e.roles()));
        } else {
          List<Mention> all = new ArrayList<>(old.mentions());
          all.addAll(ms);
          Set<String> aliases = new LinkedHashSet<>(old.aliases());
          aliases.addAll(e.aliases());
          Set<String> roles = new LinkedHashSet<>(old.roles());
          roles.addAll(e.roles());
          entities.put(e.id(), new Entity(old.id(), old.name(), old.type(), List.copyOf(aliases), all,
              List.copyOf(roles)));
        }
      }
      for (Quote q : a.quotes()) {
        quotes.add(new Quote(q.text(), q.speaker(), q.speakerId(), q.speakerRole(), q.start() + by,
            q.end() + by));
      }
      for (Claim c : a.claims()) {
        claims.add(new Claim(c.text(), c.claimant(), c.status(), c.deniedBy(), c.start() + by,
            c.end() + by));
      }
      for (Quantity q : a.quantities()) {
        quantities.add(new Quantity(q.text(), q.value(), q.unit(), q.approximate(), q.start() + by,
            q.end() + by));
      }
      for (TimeExpression t : a.times()) {
        times.add(new TimeExpression(t.text(), t.value(), t.start() + by, t.end() + by));
      }
      for (Event e : a.events()) {
        events.add(new Event(e.action(), e.actors(), e.targets(), e.object(), e.date(), e.place(),
            e.text(), e.start() + by, e.end() + by));
      }
    }

    Annotations annotations() {
      return new Annotations(List.copyOf(entities.values()), quotes, claims, quantities, times,
          events);
    }
  }
}
