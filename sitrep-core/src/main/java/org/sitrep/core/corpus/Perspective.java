package org.sitrep.core.corpus;

import java.util.List;
import java.util.Map;

/**
 * How the outlets of one country cover a story.
 *
 * @param tone actor name to a score in [-1, 1] (negative: hostile framing)
 */
public record Perspective(
    String country,
    List<String> outlets,
    List<String> quotedSpeakers,
    List<ClaimRef> claims,
    List<ClaimRef> omits,
    List<String> framing,
    Map<String, Double> tone) {
  public Perspective {
    outlets = List.copyOf(outlets);
    quotedSpeakers = List.copyOf(quotedSpeakers);
    claims = List.copyOf(claims);
    omits = List.copyOf(omits);
    framing = List.copyOf(framing);
    tone = Map.copyOf(tone);
  }
}
