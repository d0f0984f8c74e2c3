package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The article object of the JSON contract: a clean document and its annotations, flat. Field order
 * is the contract's order, so a record-aware JSON writer prints it as documented.
 */
public record Article(
    String id,
    String source,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String title,
    List<String> authors,
    @Nullable String published,
    @Nullable String language,
    List<String> credits,
    @Nullable Dateline dateline,
    String text,
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Event> events,
    List<String> warnings) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = Checks.list(authors);
    credits = Checks.list(credits);
    entities = Checks.list(entities);
    quotes = Checks.list(quotes);
    claims = Checks.list(claims);
    quantities = Checks.list(quantities);
    times = Checks.list(times);
    events = Checks.list(events);
    warnings = Checks.list(warnings);
  }

  /** Joins a clean document with its annotations. */
  public static Article of(CleanDocument doc, Annotations ann) {
    return new Article(doc.id(), doc.source(), doc.url(), doc.outlet(), doc.title(), doc.authors(),
        doc.published(), doc.language(), doc.credits(), doc.dateline(), doc.text(),
        ann.entities(), ann.quotes(), ann.claims(), ann.quantities(), ann.times(), ann.events(),
        doc.warnings());
  }

  /** The cleaning half of this article. */
  public CleanDocument document() {
    return new CleanDocument(id, source, url, outlet, title, authors, published, language, credits,
        dateline, text, warnings);
  }

  /** The NLP half of this article. */
  public Annotations annotations() {
    return new Annotations(entities, quotes, claims, quantities, times, events);
  }
}
