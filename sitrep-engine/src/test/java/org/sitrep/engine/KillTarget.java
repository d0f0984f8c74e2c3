package org.sitrep.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;

/**
 * A writer process for {@link KillDuringUpdateIT}: adds generated articles to a store in chunks and
 * prints each chunk it committed, until killed or done. Arguments: store folder, first and last
 * article number (exclusive).
 */
public final class KillTarget {
  private static final String[] TOPICS = {"harbour strike", "grain corridor", "border talks", "rail tunnel",
      "fishing quota", "election recount", "river flood", "chip exports"};
  private static final String[] PEOPLE = {"Anna Berg", "Tomas Lind", "Mara Quist", "Olle Sand"};

  private KillTarget() {}

  /** Article number {@code n}: deterministic, on one of a few topics, with two entities. */
  static Article article(int n) {
    String topic = TOPICS[n % TOPICS.length];
    String person = PEOPLE[(n / TOPICS.length) % PEOPLE.length];
    String text = person + " spoke about the " + topic + " on Monday. Officials said the " + topic
        + " would be discussed again. Report number " + n + " adds that " + person + " met the unions.";
    int at = text.indexOf(person);
    Entity e = new Entity("e1", person, EntityType.PERSON, List.of(), List.of(new Mention(person, at, at + person.length())),
        List.of());
    String day = "2024-06-" + String.format("%02d", 1 + (n / 40) % 28);
    return new Article("k-" + n, "test:k-" + n, "https://example.org/k-" + n, "Outlet " + (n % 5),
        "Latest on the " + topic, List.of(), day, "en", List.of(), null, text, List.of(e), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    try (Engine engine = Engine.open(new EngineConfig(dir, null, false, 1))) {
      for (int start = from; start < to; start += 50) {
        List<Article> chunk = new ArrayList<>();
        for (int n = start; n < Math.min(to, start + 50); n++) {
          chunk.add(article(n));
        }
        engine.addArticles(chunk);
        System.out.println("committed " + Math.min(to, start + 50));
        System.out.flush();
      }
    }
  }
}
