package org.sitrep.core.corpus;

import java.util.List;
import org.sitrep.core.model.EntityType;

/** One real-world entity across the corpus. */
public record EntitySummary(
    String id, String name, EntityType type, List<String> aliases, int articles, List<String> roles,
    List<SourceRef> sources) {
  public EntitySummary {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    sources = List.copyOf(sources);
  }
}
