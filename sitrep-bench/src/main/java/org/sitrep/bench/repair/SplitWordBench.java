package org.sitrep.bench.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.sitrep.ingest.meta.LanguageIdentifier;
import org.sitrep.ingest.repair.TextRepair;

/**
 * Measures the split-word repair on the clean English article bodies of the article-extraction
 * benchmark's ground truth: (1) false joins, the changes the repair makes to text that has no damage
 * (each is listed so that a reader can tell real damage in the gold text from mistakes), and (2) the
 * share of words restored after one stray space is put into a random word of six letters or more per
 * paragraph (seeded), with the joins that produce a wrong text. Not thread-safe; run once.
 */
public final class SplitWordBench {
  /** Seeds of the damage; fixed so that runs compare. */
  private static final long[] SEEDS = {1, 2, 3};

  private final TextRepair repair = TextRepair.english();

  /**
   * The figures of one run.
   *
   * @param paragraphs English paragraphs measured
   * @param words their words
   * @param falseJoinChanges changes made to undamaged text (each listed in {@code changes})
   * @param changes the changed spans, "before -> after"
   * @param splits words damaged in the restoration test
   * @param restored damaged paragraphs repaired back to the original exactly
   * @param wrongJoins damaged paragraphs the repair changed into something else
   * @param microsPerWord repair time per word on clean text
   */
  public record Report(int paragraphs, long words, int falseJoinChanges, List<String> changes, int splits,
      int restored, int wrongJoins, double microsPerWord) {
    public Report {
      changes = List.copyOf(changes);
    }

    /** Restored share in [0,1]. */
    public double restoredRate() {
      return splits == 0 ? 0 : (double) restored / splits;
    }

    /** False joins per 100,000 words of clean text. */
    public double falseJoinsPer100kWords() {
      return words == 0 ? 0 : falseJoinChanges * 100_000.0 / words;
    }
  }

  /** Runs the benchmark on {@code groundTruth} (the benchmark's {@code ground-truth.json}). */
  public Report run(Path groundTruth) throws IOException {
    Objects.requireNonNull(groundTruth, "groundTruth");
    JsonNode root = new ObjectMapper().readTree(Files.readString(groundTruth));
    LanguageIdentifier languages = LanguageIdentifier.shared();
    List<String> paragraphs = new ArrayList<>();
    for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
      String body = it.next().path("articleBody").asText("");
      if (!"en".equals(languages.identify(body))) {
        continue;
      }
      for (String p : body.split("\\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
        }
      }
    }
    long words = 0;
    int falseJoins = 0;
    List<String> changes = new ArrayList<>();
    List<String> undamaged = new ArrayList<>();
    long start = System.nanoTime();
    for (String p : paragraphs) {
      words += p.split("\\s+").length;
      TextRepair.Repaired r = repair.repair(p, true);
      if (r.joins() > 0) {
        falseJoins += r.joins();
        changes.add(difference(p, r.text()));
      } else {
        undamaged.add(p);
      }
    }
    double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, words);
    int splits = 0;
    int restored = 0;
    int wrong = 0;
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      for (String p : undamaged) {
        String[] tokens = p.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
          if (tokens[i].matches("\\p{L}{6,}")) {
            candidates.add(i);
          }
        }
        if (candidates.isEmpty()) {
          continue;
        }
        int index = candidates.get(random.nextInt(candidates.size()));
        String word = tokens[index];
        int at = 2 + random.nextInt(word.length() - 3);
        tokens[index] = word.substring(0, at) + " " + word.substring(at);
        String damaged = String.join(" ", tokens);
        String repaired = repair.repair(damaged, true).text();
        splits++;
        if (repaired.equals(p)) {
          restored++;
        } else if (!repaired.equals(damaged)) {
          wrong++;
        }
      }
    }
    return new Report(paragraphs.size(), words, falseJoins, changes, splits, restored, wrong, micros);
  }

  private static String difference(String before, String after) {
    int i = 0;
    while (i < Math.min(before.length(), after.length()) && before.charAt(i) == after.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 20);
    int endBefore = Math.min(before.length(), i + 20);
    int endAfter = Math.min(after.length(), i + 20 - (before.length() - after.length()));
    return before.substring(from, endBefore) + " -> " + after.substring(from, Math.max(from, endAfter));
  }
}
