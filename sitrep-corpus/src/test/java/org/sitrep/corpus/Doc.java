package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.corpus.text.Sentences;

/**
 * Writes test articles as the NLP would annotate them: spans are found in the text, so a fixture
 * states facts by their words and never by offsets. Fails at once when a phrase is not in the text.
 */
final class Doc {
  private final String id;
  private final String outlet;
  private final @Nullable String url;
  private final String published;
  private final String title;
  private final String text;
  private final List<String> credits = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private Doc(String id, String outlet, @Nullable String url, String published, String title, String text) {
    this.id = id;
    this.outlet = outlet;
    this.url = url;
    this.published = published;
    this.title = title;
    this.text = text;
  }

  static Doc of(String id, String outlet, @Nullable String url, String published, String title, String... paragraphs) {
    return new Doc(id, outlet, url, published, title, String.join("\n\n", paragraphs));
  }

  Doc credit(String c) {
    credits.add(c);
    return this;
  }

  /** An entity whose mentions are every occurrence of its name and aliases. */
  Doc entity(String localId, String name, EntityType type, List<String> aliases, List<String> roles) {
    List<Mention> mentions = new ArrayList<>();
    List<String> forms = new ArrayList<>(aliases);
    forms.add(0, name);
    forms.sort((x, y) -> y.length() - x.length());
    boolean[] taken = new boolean[text.length()];
    for (String f : forms) {
      int from = 0;
      for (int i = text.indexOf(f, from); i >= 0; i = text.indexOf(f, from)) {
        from = i + f.length();
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordEnd = from == text.length() || !Character.isLetterOrDigit(text.charAt(from));
        if (!wordStart || !wordEnd || taken[i]) {
          continue;
        }
        for (int k = i; k < from; k++) {
          taken[k] = true;
        }
        mentions.add(new Mention(f, i, from));
      }
    }
    mentions.sort((x, y) -> x.start() - y.start());
    entities.add(new Entity(localId, name, type, aliases, mentions, roles));
    return this;
  }

  Doc quote(String words, @Nullable String speaker, @Nullable String role) {
    int i = find(words);
    String speakerId = null;
    for (Entity e : entities) {
      if (e.name().equals(speaker)) {
        speakerId = e.id();
      }
    }
    quotes.add(new Quote(words, speaker, speakerId, role, Math.max(0, i - 1), Math.min(text.length(), i + words.length() + 1)));
    return this;
  }

  Doc claim(String phrase, @Nullable String claimant, ClaimStatus status, String... deniedBy) {
    int i = find(phrase);
    int[] s = Sentences.around(text, i, i + phrase.length());
    claims.add(new Claim(text.substring(s[0], s[1]), claimant, status, List.of(deniedBy), s[0], s[1]));
    return this;
  }

  Doc quantity(String phrase, double value, @Nullable String unit, boolean approximate) {
    int i = find(phrase);
    quantities.add(new Quantity(phrase, value, unit, approximate, i, i + phrase.length()));
    return this;
  }

  Doc time(String phrase, String value) {
    int i = find(phrase);
    times.add(new TimeExpression(phrase, value, i, i + phrase.length()));
    return this;
  }

  Doc event(String action, List<String> actors, @Nullable String object, @Nullable String date, @Nullable String place,
      String phrase) {
    int i = find(phrase);
    int[] s = Sentences.around(text, i, i + phrase.length());
    events.add(new Event(action, actors, object, date, place, text.substring(s[0], s[1]), s[0], s[1]));
    return this;
  }

  Article build() {
    return new Article(id, "test:" + id, url, outlet, title, List.of(), published, "en", credits, null, text,
        entities, quotes, claims, quantities, times, events, List.of());
  }

  private int find(String phrase) {
    int i = text.indexOf(phrase);
    if (i < 0) {
      throw new IllegalArgumentException("fixture " + id + ": phrase not in text: " + phrase);
    }
    return i;
  }
}
