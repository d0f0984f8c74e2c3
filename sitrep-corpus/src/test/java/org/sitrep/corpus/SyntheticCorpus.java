package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.Quote;
import org.sitrep.core.model.TimeExpression;

/**
 * A large seeded corpus for scale checks: the summit articles repeated over a year, each copy with
 * its own opening paragraph of words drawn from a synthetic vocabulary (so copies are not
 * near-duplicates and topics drift) and all spans shifted accordingly.
 */
public final class SyntheticCorpus {
  private SyntheticCorpus() {}

  public static List<Article> of(int n, long seed) {
    List<Article> base = SummitCorpus.articles();
    SplittableRandom r = new SplittableRandom(seed);
    String[] vocab = new String[3000];
    for (int i = 0; i < vocab.length; i++) {
      StringBuilder w = new StringBuilder();
      int len = 4 + r.nextInt(6);
      for (int k = 0; k < len; k++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      vocab[i] = w.toString();
    }
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article b = base.get(i % base.size());
      int topic = r.nextInt(400);
      StringBuilder lead = new StringBuilder();
      for (int k = 0; k < 40; k++) {
        // words cluster around the topic so that articles of one topic share vocabulary
        int w = (topic * 7 + r.nextInt(30)) % vocab.length;
        lead.append(k == 0 ? capitalize(vocab[w]) : vocab[w]).append(k == 39 ? "." : " ");
      }
      String prefix = lead + "\n\n";
      int d = prefix.length();
      String published = LocalDate.of(2024, 1, 1).plusDays(i * 365L / n) + "T00:00:00Z";
      List<Entity> entities = new ArrayList<>();
      for (Entity e : b.entities()) {
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
          ms.add(new Mention(m.text(), m.start() + d, m.end() + d));
        }
        entities.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), ms, e.roles()));
      }
      List<Quote> quotes = b.quotes().stream().map(q -> new Quote(q.text(), q.speaker(), q.speakerId(),
          q.speakerRole(), q.start() + d, q.end() + d)).toList();
      List<Claim> claims = b.claims().stream().map(c -> new Claim(c.text(), c.claimant(), c.status(), c.deniedBy(),
          c.start() + d, c.end() + d)).toList();
      List<Quantity> quantities = b.quantities().stream().map(q -> new Quantity(q.text(), q.value(), q.unit(),
          q.approximate(), q.start() + d, q.end() + d)).toList();
      List<TimeExpression> times = b.times().stream().map(t -> new TimeExpression(t.text(), t.value(),
          t.start() + d, t.end() + d)).toList();
      List<Event> events = b.events().stream().map(e -> new Event(e.action(), e.actors(), e.object(), e.date(),
          e.place(), e.text(), e.start() + d, e.end() + d)).toList();
      String title = b.title() + " " + vocab[(topic * 7) % vocab.length] + " " + vocab[(topic * 7 + 1) % vocab.length];
      out.add(new Article("syn-" + i, "synthetic", b.url(), b.outlet(), title, List.of(), published, "en",
          b.credits(), null, prefix + b.text(), entities, quotes, claims, quantities, times, events, List.of()));
    }
    return out;
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
