package org.sitrep.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An attributed statement, its claimant and status; the span covers the claim sentence. */
public record Claim(
    String text, @Nullable String claimant, ClaimStatus status, List<String> deniedBy, int start,
    int end) {
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    deniedBy = Checks.list(deniedBy);
    Checks.span("claim", start, end);
  }
}
