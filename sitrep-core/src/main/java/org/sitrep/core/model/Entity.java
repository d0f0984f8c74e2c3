package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity within an article.
 *
 * @param id stable within the article (and, for canonical names, across articles)
 * @param name canonical name
 * @param aliases other names the article uses for it
 * @param mentions occurrences in the article's {@code text}; offsets index {@code text}. Empty for
 *     an entity named only in the headline
 * @param roles roles or affiliations the article states ("Foreign Minister"); an extension
 * @param titleMentions occurrences in the article's {@code title} (the headline); offsets index
 *     {@code title}, never {@code text}; an extension
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
    List<String> roles, List<Mention> titleMentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = Checks.list(aliases);
    mentions = Checks.list(mentions);
    roles = Checks.list(roles);
    titleMentions = Checks.list(titleMentions);
  }

  /** An entity mentioned in the text only. */
  public Entity(
      String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
      List<String> roles) {
    this(id, name, type, aliases, mentions, roles, List.of());
  }
}
