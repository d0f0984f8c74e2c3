package org.sitrep.bench.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;

/**
 * An article text written piece by piece with its annotations recorded as it grows, so every span
 * points at the characters it names: entity mentions, quotes (marks included), claims and events
 * (their sentence), figures and time expressions. Not thread-safe; one per generated article.
 */
final class ArticleDraft {
  /** An entity as the generator knows it: canonical id and name, type and stated role. */
  record Ref(String id, String name, EntityType type, @Nullable String role) {}

  private static final class Acc {
    final Ref ref;
    final List<Mention> mentions = new ArrayList<>();

    Acc(Ref ref) {
      this.ref = ref;
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final Map<String, Acc> entities = new LinkedHashMap<>();
  final List<Quote> quotes = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<Quantity> quantities = new ArrayList<>();
  final List<TimeExpression> times = new ArrayList<>();
  final List<Event> events = new ArrayList<>();

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }

  String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** True once the entity has a mention in this article (the first mention uses the full name). */
  boolean introduced(Ref ref) {
    return entities.containsKey(ref.id());
  }

  ArticleDraft add(String s) {
    text.append(s);
    return this;
  }

  /** Appends {@code surface} as a mention of {@code ref}. */
  ArticleDraft mention(Ref ref, String surface) {
    int start = text.length();
    text.append(surface);
    entities.computeIfAbsent(ref.id(), k -> new Acc(ref)).mentions.add(new Mention(surface, start, text.length()));
    return this;
  }

  /** Appends {@code words} in double quotes (with the trailing comma inside) as a quote of {@code speaker}. */
  ArticleDraft quote(String words, Ref speaker) {
    int start = text.length();
    text.append('"').append(words).append(",\"");
    quotes.add(new Quote(words + ",", speaker.name(), speaker.id(), speaker.role(), start, text.length()));
    return this;
  }

  ArticleDraft time(String surface, String value) {
    int start = text.length();
    text.append(surface);
    times.add(new TimeExpression(surface, value, start, text.length()));
    return this;
  }

  ArticleDraft quantity(String surface, double value, @Nullable String unit, boolean approximate) {
    int start = text.length();
    text.append(surface);
    quantities.add(new Quantity(surface, value, unit, approximate, start, text.length()));
    return this;
  }

  void claim(int start, @Nullable String claimant, ClaimStatus status, List<String> deniedBy) {
    claims.add(new Claim(slice(start, text.length()), claimant, status, deniedBy, start, text.length()));
  }

  void event(int start, String action, List<String> actors, List<String> targets, @Nullable String object,
      @Nullable String date, @Nullable String place) {
    events.add(new Event(action, actors, targets, object, date, place, slice(start, text.length()), start, text.length()));
  }

  /**
   * The entities as the NLP gives them: canonical name, the other surfaces used as aliases, every
   * mention, the role when stated; only mentions the filter keeps (by start offset) count.
   */
  List<Entity> entities(IntPredicate keep) {
    List<Entity> out = new ArrayList<>();
    for (Acc a : entities.values()) {
      List<Mention> kept = a.mentions.stream().filter(m -> keep.test(m.start())).toList();
      if (kept.isEmpty()) {
        continue;
      }
      out.add(entity(a.ref, kept));
    }
    return out;
  }

  /** An entity from its mentions: aliases are the surfaces other than the canonical name. */
  static Entity entity(Ref ref, List<Mention> mentions) {
    Set<String> aliases = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (!m.text().equals(ref.name())) {
        aliases.add(m.text());
      }
    }
    return new Entity(ref.id(), ref.name(), ref.type(), List.copyOf(aliases), mentions,
        ref.role() == null ? List.of() : List.of(ref.role()));
  }
}
