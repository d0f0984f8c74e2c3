package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A fixed-length, unit-length vector of a text for "more like this": its analysed terms (stemmed,
 * stop words dropped) and adjacent term pairs, hashed into {@link #DIMENSIONS} signed buckets with
 * sub-linear term-frequency weights. Pairs keep word order, so reprints and light rewrites of one
 * article land far closer to it than other articles on the same topic. Thread-safe.
 */
public final class TermVector {
  /** Vector length. */
  public static final int DIMENSIONS = 256;

  private final Analyzer analyzer;

  TermVector(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The vector of {@code text}, or null when the text has no indexable term. */
  public float @org.jspecify.annotations.Nullable [] of(String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("vector", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String previous = null;
      while (ts.incrementToken()) {
        String t = term.toString();
        counts.merge(t, 1, Integer::sum);
        if (previous != null) {
          counts.merge(previous + ' ' + t, 1, Integer::sum);
        }
        previous = t;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("term-vector: cannot analyse text", e);
    }
    if (counts.isEmpty()) {
      return null;
    }
    float[] v = new float[DIMENSIONS];
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int h = mix(e.getKey().hashCode());
      int bucket = Math.floorMod(h, DIMENSIONS);
      float sign = (h & 0x4000_0000) == 0 ? 1f : -1f;
      v[bucket] += sign * (float) (1 + Math.log(e.getValue()));
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return null;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  /** A finaliser (murmur3 fmix32) so similar strings spread over buckets and signs. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85eb_ca6b;
    h ^= h >>> 13;
    h *= 0xc2b2_ae35;
    h ^= h >>> 16;
    return h;
  }
}
