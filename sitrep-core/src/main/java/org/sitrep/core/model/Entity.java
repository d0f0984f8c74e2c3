package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity within an article.
 *
 * @param id stable within the article (and, for canonical names, across articles)
 * @param name canonical name
 * @param aliases other names the article uses for it
 * @param roles roles or affiliations the article states ("Foreign Minister"); an extension
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
    List<String> roles) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = Checks.list(aliases);
    mentions = Checks.list(mentions);
    roles = Checks.list(roles);
  }
}
