package org.sitrep.corpus.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Clusters a stream of articles into stories, online. Articles arrive in batches; each article
 * joins the story whose centroid is most similar (TF-IDF cosine over its terms, which include its
 * entities, see {@link StoryDocs}; decayed by the days since the story's last article, and
 * favouring larger stories up to {@link #SIZE_CAP} recent articles) when the score reaches the
 * threshold, and otherwise starts a story. After the first assignment each batch gets a few
 * reassignment passes (an article leaves its story and is placed again), so the first articles of
 * a batch are not judged against stories that only formed later in it. Earlier batches are never
 * revisited: an article keeps the story it received when its batch was processed.
 *
 * <p>Candidates come from an inverted index of terms to stories, so the cost per article is the
 * length of the posting lists of its terms, not the number of stories. Deterministic: the same
 * input in the same order gives the same stories. Not thread-safe; use one instance per run.
 */
public final class StoryClusterer {
  /**
   * Story size beyond which the preference for larger stories stops growing, so that a story
   * covered every day for months does not swallow unrelated articles.
   */
  static final int SIZE_CAP = 100;

  private final StoryParams params;
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Double> idfCache = new HashMap<>();
  private final Map<String, Map<Integer, Double>> postings = new HashMap<>();
  private final List<Cluster> clusters = new ArrayList<>();
  /** Dot-product accumulator by story index, zero between calls. */
  private double[] acc = new double[64];
  /** Stories that can still take articles; the others are out of the time window for good. */
  private final List<Cluster> active = new ArrayList<>();
  private int docsSeen;

  public StoryClusterer(StoryParams params) {
    this.params = params;
  }

  /** Clusters {@code docs} in arrival order; returns the story index of each document. */
  public int[] cluster(List<StoryDoc> docs) {
    int[] assignment = new int[docs.size()];
    for (int from = 0; from < docs.size(); from += params.batchSize()) {
      int to = Math.min(docs.size(), from + params.batchSize());
      processBatch(docs, from, to, assignment);
    }
    return renumber(assignment);
  }

  private void processBatch(List<StoryDoc> docs, int from, int to, int[] assignment) {
    for (int i = from; i < to; i++) {
      for (String t : docs.get(i).terms().keySet()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    docsSeen += to - from;
    idfCache.clear();
    Long earliest = null;
    for (int i = from; i < to; i++) {
      Long day = docs.get(i).day();
      if (day != null && (earliest == null || day < earliest)) {
        earliest = day;
      }
    }
    List<Cluster> still = new ArrayList<>();
    for (Cluster c : active) {
      Long last = c.lastDay();
      if (earliest != null && last != null && earliest - last > params.windowDays()) {
        retire(c);
      } else {
        c.recomputeNorm();
        still.add(c);
      }
    }
    active.clear();
    active.addAll(still);
    int firstNew = clusters.size();
    for (int i = from; i < to; i++) {
      assignment[i] = place(docs.get(i));
    }
    for (int pass = 0; pass < params.passes(); pass++) {
      boolean moved = false;
      for (int i = from; i < to; i++) {
        StoryDoc d = docs.get(i);
        remove(clusters.get(assignment[i]), d);
        int c = place(d);
        moved |= c != assignment[i];
        assignment[i] = c;
      }
      if (!moved) {
        break;
      }
    }
    // Articles still alone get one more chance at a lower bar: a lone headline that shares a few
    // distinctive words with a story more likely belongs to it than starts a story of its own.
    for (int i = from; i < to; i++) {
      Cluster own = clusters.get(assignment[i]);
      if (own.size <= 2) {
        StoryDoc d = docs.get(i);
        remove(own, d);
        assignment[i] = place(d, params.threshold() * params.loneFactor(), own.index);
      }
    }
    mergeNewStories(docs, from, to, assignment, firstNew);
  }

  /**
   * Stories begun in this batch that are the same story as another one (centroid cosine at least
   * {@code mergeThreshold}) are folded into it; only this batch's articles move.
   */
  private void mergeNewStories(List<StoryDoc> docs, int from, int to, int[] assignment, int firstNew) {
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = from; i < to; i++) {
      members.computeIfAbsent(assignment[i], k -> new ArrayList<>()).add(i);
    }
    for (int ci = firstNew; ci < clusters.size(); ci++) {
      Cluster a = clusters.get(ci);
      if (a.size == 0 || a.norm() == 0) {
        continue;
      }
      Map<Integer, Double> dot = new HashMap<>();
      for (Map.Entry<String, Double> e : a.weights.entrySet()) {
        double idf = idf(e.getKey());
        double w = e.getValue() * idf * idf;
        for (Map.Entry<Integer, Double> p : postings.get(e.getKey()).entrySet()) {
          if (p.getKey() != ci) {
            dot.merge(p.getKey(), w * p.getValue(), Double::sum);
          }
        }
      }
      int best = -1;
      double bestScore = 0;
      List<Integer> cands = new ArrayList<>(dot.keySet());
      cands.sort(null);
      for (int bi : cands) {
        Cluster b = clusters.get(bi);
        if (b.size < a.size || b.size == 0 || b.norm() == 0) {
          continue;
        }
        double score = dot.get(bi) / (a.norm() * b.norm());
        Long la = a.lastDay();
        Long lb = b.lastDay();
        if (la != null && lb != null) {
          long gap = Math.abs(la - lb);
          if (gap > params.windowDays()) {
            continue;
          }
          score *= Math.pow(0.5, gap / params.halfLifeDays());
        }
        if (score > bestScore) {
          bestScore = score;
          best = bi;
        }
      }
      if (best >= 0 && bestScore >= params.mergeThreshold()) {
        for (int i : members.getOrDefault(ci, List.of())) {
          remove(a, docs.get(i));
          add(clusters.get(best), docs.get(i));
          assignment[i] = best;
        }
        members.computeIfAbsent(best, k -> new ArrayList<>()).addAll(members.getOrDefault(ci, List.of()));
        members.remove(ci);
      }
    }
  }

  /** Adds {@code d} to its best story or a new one; returns the story index. */
  private int place(StoryDoc d) {
    return place(d, params.threshold(), -1);
  }

  /** Places {@code d} at {@code threshold}; when nothing reaches it, reuses story {@code reuse} if empty. */
  private int place(StoryDoc d, double threshold, int reuse) {
    if (acc.length < clusters.size()) {
      acc = java.util.Arrays.copyOf(acc, Math.max(clusters.size(), acc.length * 2));
    }
    int[] touched = new int[16];
    int nTouched = 0;
    double docNorm2 = 0;
    for (Map.Entry<String, Double> e : d.terms().entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      docNorm2 += w * w;
      Map<Integer, Double> post = postings.get(e.getKey());
      if (post == null) {
        continue;
      }
      double wi = w * idf(e.getKey());
      for (Map.Entry<Integer, Double> p : post.entrySet()) {
        int ci = p.getKey();
        if (acc[ci] == 0) {
          if (nTouched == touched.length) {
            touched = java.util.Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = ci;
        }
        acc[ci] += wi * p.getValue();
      }
    }
    double docNorm = Math.sqrt(docNorm2);
    int best = -1;
    double bestScore = 0;
    int[] cands = java.util.Arrays.copyOf(touched, nTouched);
    java.util.Arrays.sort(cands);
    double[] dots = new double[nTouched];
    for (int k = 0; k < nTouched; k++) {
      dots[k] = acc[cands[k]];
      acc[cands[k]] = 0;
    }
    for (int k = 0; k < cands.length; k++) {
      int ci = cands[k];
      Cluster c = clusters.get(ci);
      if (c.size == 0 || docNorm == 0 || c.norm() == 0) {
        continue;
      }
      double decay = 1.0;
      Long day = d.day();
      Long last = c.lastDay();
      if (day != null && last != null) {
        long gap = Math.abs(day - last);
        if (gap > params.windowDays()) {
          continue;
        }
        decay = Math.pow(0.5, gap / params.halfLifeDays());
      }
      double score = dots[k] / (docNorm * c.norm());
      score *= decay * (1 + params.sizePrior() * Math.log(Math.min(SIZE_CAP, c.recentSize(day, params.windowDays()))));
      if (score > bestScore) {
        bestScore = score;
        best = ci;
      }
    }
    if (best < 0 || bestScore < threshold) {
      if (reuse >= 0 && clusters.get(reuse).size == 0) {
        best = reuse;
      } else {
        best = clusters.size();
        Cluster fresh = new Cluster(best);
        clusters.add(fresh);
        active.add(fresh);
      }
    }
    add(clusters.get(best), d);
    return best;
  }

  /** Takes a story out of the term index: no later article can join it. */
  private void retire(Cluster c) {
    for (String t : c.weights.keySet()) {
      Map<Integer, Double> post = postings.get(t);
      if (post != null) {
        post.remove(c.index);
        if (post.isEmpty()) {
          postings.remove(t);
        }
      }
    }
  }

  private void add(Cluster c, StoryDoc d) {
    for (Map.Entry<String, Double> e : d.terms().entrySet()) {
      double old = c.weights.getOrDefault(e.getKey(), 0.0);
      double now = old + e.getValue();
      c.weights.put(e.getKey(), now);
      double idf = idf(e.getKey());
      c.norm2 += (now * now - old * old) * idf * idf;
      postings.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(c.index, now);
    }
    c.size++;
    Long day = d.day();
    if (day != null) {
      c.days.merge(day, 1, Integer::sum);
    }
  }

  private void remove(Cluster c, StoryDoc d) {
    for (Map.Entry<String, Double> e : d.terms().entrySet()) {
      double old = c.weights.getOrDefault(e.getKey(), 0.0);
      double now = old - e.getValue();
      double idf = idf(e.getKey());
      if (now <= 1e-9) {
        c.weights.remove(e.getKey());
        Map<Integer, Double> post = postings.get(e.getKey());
        if (post != null) {
          post.remove(c.index);
        }
        now = 0;
      } else {
        c.weights.put(e.getKey(), now);
        postings.get(e.getKey()).put(c.index, now);
      }
      c.norm2 += (now * now - old * old) * idf * idf;
    }
    Long day = d.day();
    if (day != null) {
      c.days.computeIfPresent(day, (k, v) -> v <= 1 ? null : v - 1);
    }
    c.size--;
    if (c.size == 0) {
      c.norm2 = 0;
    }
  }

  private double idf(String term) {
    Double v = idfCache.get(term);
    if (v == null) {
      v = Math.log((docsSeen + 1.0) / (df.getOrDefault(term, 0) + 0.5));
      idfCache.put(term, v);
    }
    return v;
  }

  private static int[] renumber(int[] assignment) {
    Map<Integer, Integer> ids = new HashMap<>();
    int[] out = new int[assignment.length];
    for (int i = 0; i < assignment.length; i++) {
      out[i] = ids.computeIfAbsent(assignment[i], k -> ids.size());
    }
    return out;
  }

  private final class Cluster {
    final int index;
    final Map<String, Double> weights = new HashMap<>();
    int size;
    double norm2;
    final java.util.TreeMap<Long, Integer> days = new java.util.TreeMap<>();

    @Nullable Long lastDay() {
      return days.isEmpty() ? null : days.lastKey();
    }

    Cluster(int index) {
      this.index = index;
    }

    /** Articles within {@code window} days of {@code day}; all of them when dates are unknown. */
    int recentSize(@Nullable Long day, int window) {
      if (day == null || days.isEmpty()) {
        return Math.max(1, size);
      }
      int n = 0;
      for (int v : days.subMap(day - window, true, day + window, true).values()) {
        n += v;
      }
      return Math.max(1, n);
    }

    double norm() {
      return Math.sqrt(Math.max(norm2, 0));
    }

    void recomputeNorm() {
      double n = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        double w = e.getValue() * idf(e.getKey());
        n += w * w;
      }
      norm2 = n;
    }

  }
}
