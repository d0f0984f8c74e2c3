package org.sitrep.corpus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Quote;
import org.sitrep.corpus.text.Terms;

/**
 * Reads a capital named in an actor role as its country: "Moscow and Pyongyang signed ..." is an
 * act of Russia and North Korea, so event actors, claimants, deniers and quote speakers that name a
 * capital ({@link Capitals}) become the country. Places stay as written: an event that happened in
 * Moscow keeps Moscow as its place. A name the article tags as a person or an organisation is never
 * read as a capital. Thread-safe (stateless).
 */
public final class CapitalActors {
  private final Capitals capitals;

  public CapitalActors(Capitals capitals) {
    this.capitals = Objects.requireNonNull(capitals, "capitals");
  }

  /** {@code article} with capitals in actor roles replaced by their countries (the same instance when none is). */
  public Article apply(Article article) {
    boolean changed = false;
    List<Event> events = new ArrayList<>(article.events().size());
    for (Event e : article.events()) {
      List<String> actors = countries(article, e.actors(), List.of());
      List<String> targets = countries(article, e.targets(), actors);
      boolean same = actors.equals(e.actors()) && targets.equals(e.targets());
      changed |= !same;
      events.add(same ? e : e.withParties(actors, targets));
    }
    List<Claim> claims = new ArrayList<>(article.claims().size());
    for (Claim c : article.claims()) {
      String claimant = c.claimant() == null ? null : country(article, c.claimant()).orElse(c.claimant());
      List<String> deniers = countries(article, c.deniedBy(), List.of());
      boolean same = Objects.equals(claimant, c.claimant()) && deniers.equals(c.deniedBy());
      changed |= !same;
      claims.add(same ? c : new Claim(c.text(), claimant, c.status(), deniers, c.start(), c.end()));
    }
    List<Quote> quotes = new ArrayList<>(article.quotes().size());
    for (Quote q : article.quotes()) {
      Optional<String> country = q.speaker() == null ? Optional.empty() : country(article, q.speaker());
      if (country.isPresent()) {
        changed = true;
        quotes.add(new Quote(q.text(), country.get(), localId(article, country.get()), q.speakerRole(), q.start(),
            q.end()));
      } else {
        quotes.add(q);
      }
    }
    if (!changed) {
      return article;
    }
    return new Article(article.id(), article.source(), article.url(), article.outlet(), article.title(),
        article.authors(), article.published(), article.language(), article.credits(), article.dateline(),
        article.text(), article.entities(), quotes, claims, article.quantities(), article.times(), events,
        article.warnings());
  }

  /** {@code names} with capitals as their countries, each once, leaving out those in {@code exclude}. */
  private List<String> countries(Article article, List<String> names, List<String> exclude) {
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      String c = country(article, name).orElse(name);
      if (!out.contains(c) && !exclude.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The country of {@code actor} when it names a capital the article does not tag as a person or organisation. */
  Optional<String> country(Article article, String actor) {
    Optional<Capitals.Country> c = capitals.countryOf(actor);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    String folded = Terms.fold(actor).strip();
    for (Entity e : article.entities()) {
      if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && named(e, folded)) {
        return Optional.empty();
      }
    }
    return Optional.of(c.get().name());
  }

  private static boolean named(Entity e, String folded) {
    if (Terms.fold(e.name()).strip().equals(folded)) {
      return true;
    }
    for (String a : e.aliases()) {
      if (Terms.fold(a).strip().equals(folded)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String localId(Article article, String name) {
    String folded = Terms.fold(name);
    for (Entity e : article.entities()) {
      if (e.type() == EntityType.COUNTRY && named(e, folded)) {
        return e.id();
      }
    }
    return null;
  }
}
