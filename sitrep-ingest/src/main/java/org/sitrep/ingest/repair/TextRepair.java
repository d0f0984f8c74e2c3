package org.sitrep.ingest.repair;

import java.util.Objects;

/**
 * The repair chain for one paragraph: mojibake first (it changes letters), then split words. Thread-safe;
 * build once and share.
 */
public final class TextRepair {
  private final MojibakeRepair mojibake = new MojibakeRepair();
  private final SplitWordJoiner joiner;

  public TextRepair(EnglishLexicon lexicon) {
    this.joiner = new SplitWordJoiner(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /** A repair chain over the process-wide lexicon. */
  public static TextRepair english() {
    return new TextRepair(EnglishLexicon.shared());
  }

  /** The joiner, for line unwrapping across hyphenated breaks. */
  public SplitWordJoiner joiner() {
    return joiner;
  }

  /**
   * Repairs {@code text}.
   *
   * @param english whether the text is English: split words are only joined in English text
   */
  public Repaired repair(String text, boolean english) {
    int[] counts = new int[2];
    String out = mojibake.repair(text, () -> counts[0]++);
    if (english) {
      out = joiner.repair(out, () -> counts[1]++);
    }
    return new Repaired(out, counts[0], counts[1]);
  }

  /** Mojibake repair alone, for text whose language is not known yet. */
  public String repairEncoding(String text) {
    return mojibake.repair(text, null);
  }

  /** Mojibake repair alone; {@code counter} runs once per repaired character. */
  public String repairEncoding(String text, Runnable counter) {
    return mojibake.repair(text, counter);
  }

  /**
   * A repaired text and what was done to it.
   *
   * @param text the repaired text
   * @param mojibake characters decoded back from mojibake
   * @param joins split words joined (stray spaces and broken hyphens)
   */
  public record Repaired(String text, int mojibake, int joins) {
    public Repaired {
      Objects.requireNonNull(text, "text");
    }
  }
}
