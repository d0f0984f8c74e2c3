package org.sitrep.corpus.story;

/**
 * An int-to-double hash map with open addressing (linear probing, backward-shift deletion): the
 * story index and centroids without boxing. Absent keys read as 0. Iteration is by slot
 * ({@link #capacity()}, {@link #used(int)}), which is the same for the same sequence of operations.
 * Not thread-safe.
 */
final class IntDoubleMap {
  private int[] keys;
  private double[] vals;
  private boolean[] used;
  private int size;

  IntDoubleMap() {
    this(8);
  }

  IntDoubleMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[cap];
    vals = new double[cap];
    used = new boolean[cap];
  }

  int size() {
    return size;
  }

  int capacity() {
    return keys.length;
  }

  boolean used(int slot) {
    return used[slot];
  }

  int keyAt(int slot) {
    return keys[slot];
  }

  double valueAt(int slot) {
    return vals[slot];
  }

  double get(int key) {
    int s = slot(key);
    return s < 0 ? 0 : vals[s];
  }

  void put(int key, double value) {
    if ((size + 1) * 10 > keys.length * 6) {
      grow();
    }
    int mask = keys.length - 1;
    int s = hash(key) & mask;
    while (used[s]) {
      if (keys[s] == key) {
        vals[s] = value;
        return;
      }
      s = (s + 1) & mask;
    }
    used[s] = true;
    keys[s] = key;
    vals[s] = value;
    size++;
  }

  void remove(int key) {
    int s = slot(key);
    if (s < 0) {
      return;
    }
    int mask = keys.length - 1;
    used[s] = false;
    size--;
    int next = (s + 1) & mask;
    while (used[next]) {
      int ideal = hash(keys[next]) & mask;
      boolean move = next > s ? (ideal <= s || ideal > next) : (ideal <= s && ideal > next);
      if (move) {
        keys[s] = keys[next];
        vals[s] = vals[next];
        used[s] = true;
        used[next] = false;
        s = next;
      }
      next = (next + 1) & mask;
    }
  }

  private int slot(int key) {
    int mask = keys.length - 1;
    int s = hash(key) & mask;
    while (used[s]) {
      if (keys[s] == key) {
        return s;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  private void grow() {
    int[] k = keys;
    double[] v = vals;
    boolean[] u = used;
    keys = new int[k.length * 2];
    vals = new double[k.length * 2];
    used = new boolean[k.length * 2];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (u[i]) {
        put(k[i], v[i]);
      }
    }
  }

  private static int hash(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "IntDoubleMap[size=" + size + ", capacity=" + keys.length + "]";
  }
}
