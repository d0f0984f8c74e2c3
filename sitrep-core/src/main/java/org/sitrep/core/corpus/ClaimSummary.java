package org.sitrep.core.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One claim across outlets, with corroboration and contest. */
public record ClaimSummary(
    String id,
    String text,
    @Nullable String claimant,
    String status,
    List<String> deniedBy,
    List<String> corroboratedBy,
    boolean contested,
    List<SourceRef> sources) {
  public ClaimSummary {
    deniedBy = List.copyOf(deniedBy);
    corroboratedBy = List.copyOf(corroboratedBy);
    sources = List.copyOf(sources);
  }
}
