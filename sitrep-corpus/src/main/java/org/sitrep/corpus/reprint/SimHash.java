package org.sitrep.corpus.reprint;

import java.util.Set;

/**
 * 64-bit SimHash of a shingle set, kept to compare against MinHash on labelled pairs (the
 * measurement that chose MinHash, see {@code ReprintDetectorTest}). Thread-safe (stateless).
 */
public final class SimHash {
  private SimHash() {}

  /** The SimHash fingerprint of {@code shingles} (each shingle weight 1). */
  public static long of(Set<Long> shingles) {
    int[] v = new int[64];
    for (long s : shingles) {
      long h = MinHash.mix(s);
      for (int i = 0; i < 64; i++) {
        v[i] += ((h >>> i) & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int i = 0; i < 64; i++) {
      if (v[i] > 0) {
        out |= 1L << i;
      }
    }
    return out;
  }

  /** Similarity as 1 - Hamming distance / 64. */
  public static double similarity(long x, long y) {
    return 1 - Long.bitCount(x ^ y) / 64.0;
  }
}
