package org.sitrep.names;

import java.util.Objects;
import org.sitrep.core.model.EntityType;

/**
 * What a name in another script stands for, and why we think so.
 *
 * @param canonical the canonical English name, as the English pack writes it ("Vladimir Putin",
 *     "North Korea")
 * @param type the entity type the resource implies
 * @param resource the resource that said so ("CLDR", "CC-CEDICT", "ICU Russian-Latin/BGN", ...)
 * @param evidence what the resource said (the dictionary gloss, the transliteration, the ISO code)
 */
public record Identity(String canonical, EntityType type, String resource, String evidence) {
  public Identity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** "resource: evidence", for an entity's record of how it was named. */
  public String explanation() {
    return resource + ": " + evidence;
  }
}
