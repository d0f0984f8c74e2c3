package org.sitrep.nlp.lite;

import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.core.stage.Warning;
import org.sitrep.names.NameResolver;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.entity.Gazetteer;
import org.sitrep.nlp.pack.AnnotatedDocument;
import org.sitrep.nlp.pack.LanguagePack;

/**
 * A language pack without a parser: entities are the candidate names of the language's reader that
 * the name layer or CLDR's local names know (each named entity leaves a note in the warnings, as the
 * Chinese pack's do: {@code names:identity Путин = Vladimir Putin (...)}), and times are normalised
 * against the publication date. No quotes, claims, figures or events. Thread-safe.
 */
abstract class NameLayerPack implements LanguagePack {
  private final String language;
  private final NlpConfig config;
  private final NameFinder finder;

  NameLayerPack(String language, NlpConfig config, NameResolver names) {
    this.language = language;
    this.config = config;
    this.finder = new NameFinder(names, new LocalNames(new ULocale(language), names, Gazetteer.standard()));
  }

  private static @Nullable NameResolver shared;

  /**
   * The name layer, loaded once for the packs of this module (CC-CEDICT and the gazetteer, about a
   * second of CPU and most of a pack's memory): a corpus in Korean and Russian holds one copy.
   */
  static synchronized NameResolver names() {
    if (shared == null) {
      shared = NameResolver.load();
    }
    return shared;
  }

  @Override
  public final String language() {
    return language;
  }

  /** The spans that may be names, with the forms to look each up by; any order, may overlap. */
  abstract List<NameFinder.Candidate> candidates(String text);

  /** The time expressions of the text, anchored to {@code published} where it is known. */
  abstract List<TimeExpression> times(String text, @Nullable LocalDate published);

  @Override
  public final AnnotatedDocument annotate(CleanDocument doc, StageContext ctx) throws StageException {
    String text = doc.text();
    if (text.length() > config.maxChars()) {
      throw new StageException(Reason.TOO_LARGE, "text of " + text.length()
          + " chars exceeds the NLP limit of " + config.maxChars());
    }
    List<NameFinder.Found> found = new ArrayList<>();
    try {
      found = names(text);
    } catch (RuntimeException e) {
      // one reader's failure must not cost the article its other fields: report and go on
      ctx.warnings().accept(new Warning(language + "-entity-extractor", "failed", String.valueOf(e)));
    }
    List<TimeExpression> times = List.of();
    try {
      times = times(text, date(doc.published()));
    } catch (RuntimeException e) {
      ctx.warnings().accept(new Warning(language + "-time-normalizer", "failed", String.valueOf(e)));
    }
    List<Entity> entities = NameFinder.entities(found);
    List<String> warnings = new ArrayList<>(doc.warnings());
    Set<String> explained = new LinkedHashSet<>();
    for (NameFinder.Found f : found) {
      if (explained.add(f.surface())) {
        warnings.add(new Warning("names", "identity", f.surface() + " = " + f.identity().canonical() + " ("
            + f.identity().explanation() + ")").toString());
      }
    }
    CleanDocument noted = new CleanDocument(doc.id(), doc.source(), doc.url(), doc.outlet(), doc.title(),
        doc.authors(), doc.published(), doc.language(), doc.credits(), doc.dateline(), text, warnings);
    return new AnnotatedDocument(noted, new Annotations(entities, List.of(), List.of(), List.of(), times, List.of()));
  }

  /** Named candidates, leftmost first and the longest where they overlap, never overlapping. */
  List<NameFinder.Found> names(String text) {
    List<NameFinder.Candidate> all = new ArrayList<>(candidates(text));
    all.sort(Comparator.comparingInt(NameFinder.Candidate::start)
        .thenComparing(Comparator.comparingInt(NameFinder.Candidate::end).reversed()));
    List<NameFinder.Found> out = new ArrayList<>();
    int taken = 0;
    for (NameFinder.Candidate c : all) {
      if (c.start() < taken) {
        continue;
      }
      NameFinder.Found f = finder.resolve(text, c);
      if (f != null) {
        out.add(f);
        taken = f.end();
      }
    }
    return out;
  }

  static @Nullable LocalDate date(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // an unreadable publication date anchors nothing
    }
  }
}
