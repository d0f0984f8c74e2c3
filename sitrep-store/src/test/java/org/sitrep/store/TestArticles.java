package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;

/** Articles built by hand for store tests: entities get a mention at their first occurrence. */
final class TestArticles {
  private TestArticles() {}

  static Article article(String id, @Nullable String outlet, String title, String text,
      @Nullable String published, String... entityNames) {
    List<Entity> entities = new ArrayList<>();
    for (String name : entityNames) {
      int at = Math.max(0, text.indexOf(name));
      int end = Math.min(text.length(), at + name.length());
      entities.add(new Entity("e-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name,
          EntityType.OTHER, List.of(), List.of(new Mention(text.substring(at, end), at, end)), List.of()));
    }
    return new Article(id, "test:" + id, "https://example.org/" + id, outlet, title, List.of(), published,
        "en", List.of(), null, text, entities, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Article number {@code i} of a deterministic generated series (for crash and bulk tests). */
  static Article numbered(int i) {
    String[] outlets = {"Harbour Times", "Valley Post", "Northern Wire"};
    String[] topics = {"port strike", "grain harvest", "bridge repair", "election count", "river flood"};
    String topic = topics[i % topics.length];
    String text = "Article " + i + " reports on the " + topic + " in district " + (i % 17) + ". "
        + "Officials said the " + topic + " affected " + (100 + i) + " households on day " + i + ".\n\n"
        + "Residents described the situation as serious, and the council promised a review.";
    return article("n" + i, outlets[i % outlets.length], "Report " + i + " on the " + topic, text,
        String.format(java.util.Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28));
  }
}
