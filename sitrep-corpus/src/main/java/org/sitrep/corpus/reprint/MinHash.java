package org.sitrep.corpus.reprint;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles, and Jaccard estimates from them. Immutable, thread-safe.
 * The hash family is seeded with a constant, so signatures are the same in every run.
 */
public final class MinHash {
  private final int shingle;
  private final long[] a;
  private final long[] b;

  /** {@code hashes} permutations over {@code shingle}-word shingles. */
  public MinHash(int hashes, int shingle) {
    if (hashes < 1 || shingle < 1) {
      throw new IllegalArgumentException("hashes and shingle must be >= 1, got " + hashes + ", " + shingle);
    }
    this.shingle = shingle;
    this.a = new long[hashes];
    this.b = new long[hashes];
    SplittableRandom r = new SplittableRandom(0x5eed_5173L);
    for (int i = 0; i < hashes; i++) {
      a[i] = r.nextLong() | 1;
      b[i] = r.nextLong();
    }
  }

  /** The distinct shingle hashes of a word sequence (a shorter text is one shingle). */
  public Set<Long> shingles(List<String> words) {
    Set<Long> out = new HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    int n = Math.max(1, words.size() - shingle + 1);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.size(), i + shingle); j++) {
        h = 31 * h + words.get(j).hashCode();
        h = mix(h);
      }
      out.add(h);
    }
    return out;
  }

  /** The signature of a shingle set: per permutation, the least permuted hash. */
  public long[] signature(Set<Long> shingles) {
    long[] sig = new long[a.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < a.length; i++) {
        // the shingle hash is already mixed: one multiply-add and xor-shift per permutation suffices
        long v = a[i] * s + b[i];
        v ^= v >>> 31;
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
  public static double similarity(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return same / (double) x.length;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
