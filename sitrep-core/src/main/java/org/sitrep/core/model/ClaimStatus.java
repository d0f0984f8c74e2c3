package org.sitrep.core.model;

import java.util.Locale;

/** How firmly a claim is put, from the source's own words. */
public enum ClaimStatus {
  ASSERTED,
  REPORTED,
  ALLEGED,
  DISPUTED,
  DENIED;

  /** The lower-case form the JSON contract uses. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
