package org.sitrep.core.model;

import java.util.List;

/** What the NLP stages found in one article. */
public record Annotations(
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Event> events) {

  public static final Annotations EMPTY =
      new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Annotations {
    entities = Checks.list(entities);
    quotes = Checks.list(quotes);
    claims = Checks.list(claims);
    quantities = Checks.list(quantities);
    times = Checks.list(times);
    events = Checks.list(events);
  }
}
