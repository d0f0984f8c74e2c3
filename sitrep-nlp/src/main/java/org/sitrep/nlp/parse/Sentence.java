package org.sitrep.nlp.parse;

import java.util.ArrayList;
import java.util.List;

/** One sentence: its span in the document text, tokens and dependency edges. */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Dependents of a token (by index), in token order. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge that has {@code dependent} as its dependent, or null for tokens without one. */
  public @org.jspecify.annotations.Nullable Dependency headOf(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }
}
