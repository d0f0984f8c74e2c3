package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who did what to whom, when and where; the span covers the sentence.
 *
 * @param actors canonical names of who acted
 * @param targets canonical names of whom the action was done to or with: the recipient of a transfer
 *     ("sent troops to Russia"), the person or state acted upon ("warned Washington", "sanctioned
 *     Russian banks"), the counterpart of a meeting ("met with Kim")
 * @param object what was acted on, as written, or null
 * @param place where it happened, or null
 */
public record Event(
    String action,
    List<String> actors,
    List<String> targets,
    @Nullable String object,
    @Nullable String date,
    @Nullable String place,
    String text,
    int start,
    int end) {
  public Event {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
    actors = Checks.list(actors);
    targets = Checks.list(targets);
    Checks.span("event", start, end);
  }

  /** The same event with another date. */
  public Event withDate(@Nullable String newDate) {
    return new Event(action, actors, targets, object, newDate, place, text, start, end);
  }

  /** The same event with other actors and targets (names resolved again, for instance). */
  public Event withParties(List<String> newActors, List<String> newTargets) {
    return new Event(action, newActors, newTargets, object, date, place, text, start, end);
  }

  /** An event without targets. */
  public Event(String action, List<String> actors, @Nullable String object, @Nullable String date,
      @Nullable String place, String text, int start, int end) {
    this(action, actors, List.of(), object, date, place, text, start, end);
  }
}
