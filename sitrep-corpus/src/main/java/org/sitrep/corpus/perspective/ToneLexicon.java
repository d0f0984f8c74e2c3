package org.sitrep.corpus.perspective;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.corpus.text.Terms;

/**
 * A curated tone lexicon of diplomatic and security reporting ({@code tone.txt}), scoring a
 * sentence in [-1, 1]. A negation ("not", "no", "never", "without") within three words before a
 * lexicon word flips it. Immutable, thread-safe.
 *
 * <p>NOTE: curated rather than taken from a package: no maintained sentiment lexicon artifact is
 * published on Maven Central, CoreNLP's sentiment model needs full parse trees (far too slow for a
 * corpus pass), and general-purpose lexicons score topic words of conflict news ("war",
 * "missile") as negative, which would mark every outlet hostile.
 */
public final class ToneLexicon {
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "neither", "hardly");
  private final Map<String, Double> weights;

  private ToneLexicon(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The bundled lexicon. */
  public static ToneLexicon bundled() {
    Map<String, Double> w = new HashMap<>();
    try (InputStream in = ToneLexicon.class.getResourceAsStream("tone.txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus: resource tone.txt missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\\s+");
        w.put(Terms.stem(f[0].toLowerCase(java.util.Locale.ROOT)), Double.parseDouble(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corpus: cannot read tone.txt", e);
    }
    return new ToneLexicon(w);
  }

  /**
   * The tone of a sentence: the sum of its lexicon weights divided by the number of lexicon words
   * plus one (so one mild word does not count as a strongly toned sentence), in [-1, 1]; 0 when it
   * has none.
   */
  public double score(String sentence) {
    List<String> words = Terms.words(sentence);
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < words.size(); i++) {
      Double w = weights.get(Terms.stem(words.get(i)));
      if (w == null) {
        continue;
      }
      boolean negated = false;
      for (int j = Math.max(0, i - 3); j < i; j++) {
        if (NEGATIONS.contains(words.get(j))) {
          negated = true;
        }
      }
      sum += negated ? -w : w;
      hits++;
    }
    return hits == 0 ? 0 : Math.max(-1, Math.min(1, sum / (hits + 1) * 2));
  }
}
