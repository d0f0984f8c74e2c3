package org.sitrep.corpus.reprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.text.Terms;

/**
 * Groups copies of one piece into one origin. Two articles are copies when the MinHash estimate of
 * the Jaccard similarity of their 5-word shingle sets reaches {@link #THRESHOLD}; candidates come
 * from LSH banding (32 bands of 4 rows, so pairs near the threshold collide with high probability
 * while unrelated pairs almost never do), so the cost is linear in the number of articles. The
 * origin of a group of copies is the agency it is credited to ("Source: Yonhap", "(AP)") when any
 * copy names one, else the outlet of its earliest copy; an article with a credit and no copy has
 * the credited agency as origin too. Deterministic; thread-safe (stateless after construction).
 */
public final class ReprintDetector {
  /** Number of MinHash permutations. */
  public static final int HASHES = 128;
  /** LSH bands; rows per band is {@code HASHES / BANDS}. */
  public static final int BANDS = 32;
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Least estimated Jaccard similarity of two copies. */
  public static final double THRESHOLD = 0.5;

  private final MinHash minHash = new MinHash(HASHES, SHINGLE);

  /** One article as the detector sees it. Credits and outlet are canonical outlet names. */
  public record Copy(String id, String text, @Nullable String outlet, List<String> credits, @Nullable String published) {
    public Copy {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      credits = List.copyOf(credits);
    }
  }

  /**
   * The grouping.
   *
   * @param originOf article id to its origin (an outlet name, or the article id when no outlet is known)
   * @param groupOf article id to the id of the first article (arrival order) of its copy group
   */
  public record Result(Map<String, String> originOf, Map<String, String> groupOf) {
    public Result {
      originOf = Map.copyOf(originOf);
      groupOf = Map.copyOf(groupOf);
    }
  }

  /** Signature of one text, for tests and measurements. */
  public long[] signature(String text) {
    return minHash.signature(minHash.shingles(Terms.words(text)));
  }

  /** Groups {@code copies} (arrival order). */
  public Result detect(List<Copy> copies) {
    int n = copies.size();
    long[][] sigs = new long[n][];
    for (int i = 0; i < n; i++) {
      sigs[i] = signature(copies.get(i).text());
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int rows = HASHES / BANDS;
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        long h = band;
        for (int r = 0; r < rows; r++) {
          h = MinHash.mix(h * 31 + sigs[i][band * rows + r]);
        }
        List<Integer> bucket = buckets.computeIfAbsent(h, k -> new ArrayList<>());
        for (int j : bucket) {
          if (find(parent, i) != find(parent, j) && MinHash.similarity(sigs[i], sigs[j]) >= THRESHOLD) {
            union(parent, i, j);
          }
        }
        // NOTE: a bucket only needs a few representatives: members already joined are compared once.
        if (bucket.size() < 64) {
          bucket.add(i);
        }
      }
    }
    Map<String, String> groupOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groupOf.put(copies.get(i).id(), copies.get(find(parent, i)).id());
    }
    return grouped(copies, groupOf);
  }

  /**
   * The LSH band keys of a signature: two texts whose signatures share a key are candidate copies.
   * Keys are stable across processes and versions of the same parameters.
   */
  public static List<String> bandKeys(long[] signature) {
    int rows = HASHES / BANDS;
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = MinHash.mix(h * 31 + signature[band * rows + r]);
      }
      keys.add(Long.toString(h, 36));
    }
    return keys;
  }

  /**
   * The result for copies already grouped ({@code groupOf}: article id to the id of its group's
   * first copy; an article absent from it is a group of its own): each group's origin is the
   * agency a copy credits, else the outlet of its earliest copy.
   */
  public static Result grouped(List<Copy> copies, Map<String, String> groupOf) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      groups.computeIfAbsent(groupOf.getOrDefault(copies.get(i).id(), copies.get(i).id()), k -> new ArrayList<>()).add(i);
    }
    Map<String, String> originOf = new HashMap<>();
    Map<String, String> groupOut = new HashMap<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> members = g.getValue();
      String origin = null;
      for (int i : members) {
        Copy c = copies.get(i);
        for (String credit : c.credits()) {
          if (!credit.isBlank()) {
            origin = credit;
            break;
          }
        }
        if (origin != null) {
          break;
        }
      }
      if (origin == null) {
        Integer earliest = null;
        for (int i : members) {
          if (copies.get(i).outlet() == null) {
            continue;
          }
          if (earliest == null || before(copies.get(i).published(), copies.get(earliest).published())) {
            earliest = i;
          }
        }
        origin = earliest == null ? copies.get(members.get(0)).id() : copies.get(earliest).outlet();
      }
      for (int i : members) {
        originOf.put(copies.get(i).id(), origin);
        groupOut.put(copies.get(i).id(), g.getKey());
      }
    }
    return new Result(originOf, groupOut);
  }

  private static boolean before(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return false;
    }
    return b == null || a.compareTo(b) < 0;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a != b) {
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  @Override
  public String toString() {
    return "ReprintDetector" + Arrays.toString(new int[] {HASHES, BANDS, SHINGLE});
  }
}
