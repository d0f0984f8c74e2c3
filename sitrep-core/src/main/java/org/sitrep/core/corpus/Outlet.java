package org.sitrep.core.corpus;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publisher.
 *
 * @param country ISO 3166-1 alpha-2 code, or null when unknown
 * @param inferred true when the country was guessed from the domain or text, not curated
 */
public record Outlet(
    String name, @Nullable String country, OutletKind kind, List<String> domains, boolean inferred) {
  public Outlet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    domains = List.copyOf(domains);
  }
}
