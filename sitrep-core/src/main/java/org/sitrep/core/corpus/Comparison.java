package org.sitrep.core.corpus;

import java.util.List;

/** The output of {@code compare STORY}. */
public record Comparison(String story, List<Perspective> perspectives) {
  public Comparison {
    perspectives = List.copyOf(perspectives);
  }
}
