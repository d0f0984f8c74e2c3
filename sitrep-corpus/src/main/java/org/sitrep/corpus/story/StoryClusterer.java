package org.sitrep.corpus.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Clusters a stream of articles into stories, online. Articles arrive in batches; each article
 * joins the story whose centroid is most similar (TF-IDF cosine over its terms, which include its
 * entities, see {@link StoryDocs}; decayed by the days since the story's last article, and
 * favouring larger stories up to {@link #SIZE_CAP} recent articles) when the score reaches the
 * threshold, and otherwise starts a story. After the first assignment each batch gets a few
 * reassignment passes (an article leaves its story and is placed again), so the first articles of
 * a batch are not judged against stories that only formed later in it; articles still alone then
 * get a lower bar, and stories begun in the batch that repeat an existing one are folded into it.
 * Earlier batches are never revisited: an article keeps the story it received when its batch was
 * processed.
 *
 * <p>Candidates come from an inverted index of terms to stories, so the cost per article is the
 * length of the posting lists of its terms, not the number of stories; stories out of the time
 * window leave the index. Deterministic: the same input in the same order gives the same stories.
 * Not thread-safe; use one instance per run.
 */
public final class StoryClusterer {
  /**
   * Story size beyond which the preference for larger stories stops growing, so that a story
   * covered every day for months does not swallow unrelated articles.
   */
  static final int SIZE_CAP = 100;
  /**
   * Most terms a story's centroid keeps: past twice this many, after a batch, it keeps this many of
   * its heaviest (summed weight times IDF), so a story covered for months costs what a week-old one
   * costs to score against, to hold and to store. Stories of a few hundred articles never reach it.
   */
  public static final int CENTROID_TERMS = 2_000;

  private final StoryParams params;
  private final Map<String, Integer> termIds = new HashMap<>();
  private int[] df = new int[1024];
  private double[] idf = new double[1024];
  /** The batch each term's IDF was computed for. */
  private int[] idfStamp = new int[1024];
  private int batchNo;
  /** Term id to (story index to the story's weight for the term). */
  private final List<@Nullable IntDoubleMap> postings = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();
  /** Stories that can still take articles; the others are out of the time window for good. */
  private final List<Cluster> active = new ArrayList<>();
  /** Dot-product accumulator by story index, zero between calls. */
  private double[] acc = new double[64];
  private int docsSeen;
  /** The best-scoring story of the last placement, whether or not it reached the bar; -1 for none. */
  private int lastBest = -1;

  /** A retired story's weights are dropped; this marks it. */
  private final java.util.BitSet retired = new java.util.BitSet();
  /** Stories retired by the last {@link #addBatch(List)}. */
  private final List<Integer> retiredLast = new ArrayList<>();
  private final DocFreqs docFreqs;

  /**
   * Document frequencies of articles clustered before this instance (an incremental corpus keeps
   * them in its store); a term's count is read once, when this instance first sees the term, and
   * counted on from there.
   */
  public interface DocFreqs {
    /** Articles clustered before. */
    int docs();

    /** Articles clustered before whose terms include {@code term}. */
    int docFreq(String term);

    /** None: a clusterer that starts from an empty corpus. */
    DocFreqs NONE = new DocFreqs() {
      @Override
      public int docs() {
        return 0;
      }

      @Override
      public int docFreq(String term) {
        return 0;
      }
    };
  }

  /**
   * One story's state as an incremental corpus keeps it between processes: its centroid (term to
   * summed weight), its articles per day and its size.
   */
  public record ClusterState(Map<String, Double> weights, Map<Long, Integer> days, int size) {
    public ClusterState {
      weights = Map.copyOf(weights);
      days = Map.copyOf(days);
    }
  }

  public StoryClusterer(StoryParams params) {
    this(params, DocFreqs.NONE);
  }

  /** A clusterer continuing a corpus whose earlier articles {@code docFreqs} counts. */
  public StoryClusterer(StoryParams params, DocFreqs docFreqs) {
    this.params = params;
    this.docFreqs = docFreqs;
    this.docsSeen = docFreqs.docs();
  }

  /**
   * Clusters one batch of articles after every earlier batch (the online step of
   * {@link #cluster(List)}); returns each article's story index (indices are never reused and
   * never renumbered).
   */
  public int[] addBatch(List<StoryDoc> docs) {
    Vec[] vecs = new Vec[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      vecs[i] = vectorize(docs.get(i));
    }
    int[] assignment = new int[docs.size()];
    retiredLast.clear();
    processBatch(vecs, 0, docs.size(), assignment);
    return assignment;
  }

  /** Adds a story kept from an earlier process as active; returns its index. */
  public int restore(ClusterState state) {
    Cluster c = new Cluster(clusters.size());
    clusters.add(c);
    active.add(c);
    for (Map.Entry<String, Double> e : new TreeMap<>(state.weights()).entrySet()) {
      int t = termId(e.getKey());
      c.weights.put(t, e.getValue());
      IntDoubleMap post = postings.get(t);
      if (post == null) {
        post = new IntDoubleMap(4);
        postings.set(t, post);
      }
      post.put(c.index, e.getValue());
    }
    c.days.putAll(state.days());
    c.size = state.size();
    return c.index;
  }

  /**
   * A story's centroid as parallel arrays (terms in no particular order), with its articles per day
   * and its size: what a caller keeps after every batch to {@link #restore(ClusterState)} the story
   * in another process.
   */
  public record Centroid(String[] terms, double[] weights, Map<Long, Integer> days, int size) {}

  /** Story {@code index}'s centroid as arrays. */
  public Centroid centroid(int index) {
    Cluster c = clusters.get(index);
    String[] terms = new String[c.weights.size()];
    double[] weights = new double[terms.length];
    int n = 0;
    for (int s = 0; s < c.weights.capacity(); s++) {
      if (c.weights.used(s)) {
        terms[n] = termNames.get(c.weights.keyAt(s));
        weights[n] = c.weights.valueAt(s);
        n++;
      }
    }
    return new Centroid(terms, weights, new TreeMap<>(c.days), c.size);
  }

  /** True when story {@code index} is out of the time window for good. */
  public boolean isRetired(int index) {
    return retired.get(index);
  }

  /** The stories the last {@link #addBatch(List)} retired. */
  public List<Integer> retiredByLastBatch() {
    return List.copyOf(retiredLast);
  }

  /** Frees what a retired story held (its state was kept elsewhere); it can never take articles again. */
  public void release(int index) {
    if (retired.get(index)) {
      Cluster c = clusters.get(index);
      c.weights = new IntDoubleMap(1);
      c.days.clear();
    }
  }

  /** The number of distinct terms this instance has seen (its dictionary grows with them). */
  public int vocabulary() {
    return termIds.size();
  }

  /** The number of stories that can still take articles. */
  public int activeStories() {
    return active.size();
  }

  /** One article as term ids and weights (in the article's sorted term order). */
  private record Vec(int[] ids, double[] weights, @Nullable Long day) {}

  /** Clusters {@code docs} in arrival order; returns the story index of each document. */
  public int[] cluster(List<StoryDoc> docs) {
    int[] assignment = new int[docs.size()];
    Vec[] vecs = new Vec[docs.size()];
    for (int from = 0; from < docs.size(); from += params.batchSize()) {
      int to = Math.min(docs.size(), from + params.batchSize());
      for (int i = from; i < to; i++) {
        vecs[i] = vectorize(docs.get(i));
      }
      processBatch(vecs, from, to, assignment);
    }
    return renumber(assignment);
  }

  private final List<String> termNames = new ArrayList<>();

  private double idf(int t) {
    if (idfStamp[t] != batchNo) {
      idf[t] = Math.log((docsSeen + 1.0) / (df[t] + 0.5));
      idfStamp[t] = batchNo;
    }
    return idf[t];
  }

  private int termId(String term) {
    Integer id = termIds.get(term);
    if (id == null) {
      id = termIds.size();
      termIds.put(term, id);
      termNames.add(term);
      postings.add(null);
      if (id >= df.length) {
        df = Arrays.copyOf(df, df.length * 2);
        idf = Arrays.copyOf(idf, idf.length * 2);
        idfStamp = Arrays.copyOf(idfStamp, idfStamp.length * 2);
      }
      df[id] = docFreqs.docFreq(term);
      idfStamp[id] = -1;
    }
    return id;
  }

  private Vec vectorize(StoryDoc d) {
    int[] ids = new int[d.terms().size()];
    double[] w = new double[ids.length];
    int k = 0;
    for (Map.Entry<String, Double> e : d.terms().entrySet()) {
      int id = termId(e.getKey());
      ids[k] = id;
      w[k] = e.getValue();
      k++;
    }
    return new Vec(ids, w, d.day());
  }

  private void processBatch(Vec[] docs, int from, int to, int[] assignment) {
    for (int i = from; i < to; i++) {
      for (int t : docs[i].ids()) {
        df[t]++;
      }
    }
    docsSeen += to - from;
    // term weights and story norms follow the new statistics lazily: a term's IDF and a story's
    // norm are recomputed when first used in this batch, so a batch costs what it touches, not the
    // vocabulary or every open story (the values are those of recomputing all of them here)
    batchNo++;
    Long earliest = null;
    for (int i = from; i < to; i++) {
      Long day = docs[i].day();
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
        // an empty story stays: it may be reused by an article left alone in this batch
        still.add(c);
      }
    }
    active.clear();
    active.addAll(still);
    int firstNew = clusters.size();
    for (int i = from; i < to; i++) {
      assignment[i] = place(docs[i], params.threshold(), -1);
    }
    for (int pass = 0; pass < params.passes(); pass++) {
      boolean moved = false;
      for (int i = from; i < to; i++) {
        Vec d = docs[i];
        remove(clusters.get(assignment[i]), d);
        int c = place(d, params.threshold(), -1);
        moved |= c != assignment[i];
        assignment[i] = c;
      }
      if (!moved) {
        break;
      }
    }
    // Articles still alone get one more chance at a lower bar: a lone headline that shares a few
    // distinctive words with a story more likely belongs to it than starts a story of its own.
    // An article still alone after the sweep is judged again, while any moves, when the story
    // nearest to it has grown since it was judged (articles later in the sweep joined it).
    int[] nearest = new int[to - from];
    int[] nearestSize = new int[to - from];
    for (int sweep = 0; sweep <= params.passes(); sweep++) {
      boolean moved = false;
      for (int i = from; i < to; i++) {
        Cluster own = clusters.get(assignment[i]);
        int k = i - from;
        boolean again = sweep == 0 ? own.size <= 2
            : own.size == 1 && nearest[k] >= 0 && clusters.get(nearest[k]).size > nearestSize[k];
        if (again) {
          Vec d = docs[i];
          remove(own, d);
          int c = place(d, params.threshold() * params.loneFactor(), own.index);
          nearest[k] = lastBest;
          nearestSize[k] = lastBest >= 0 ? clusters.get(lastBest).size : 0;
          moved |= c != assignment[i];
          assignment[i] = c;
        }
      }
      if (!moved) {
        break;
      }
    }
    mergeNewStories(docs, from, to, assignment, firstNew);
    Set<Integer> grown = new TreeSet<>();
    for (int i = from; i < to; i++) {
      grown.add(assignment[i]);
    }
    for (int c : grown) {
      prune(clusters.get(c));
    }
  }

  /**
   * Stories begun in this batch that are the same story as another one (centroid cosine, decayed
   * by the days between their nearest articles, at least {@code mergeThreshold}) are folded into
   * it; only this batch's articles move.
   */
  private void mergeNewStories(Vec[] docs, int from, int to, int[] assignment, int firstNew) {
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = from; i < to; i++) {
      members.computeIfAbsent(assignment[i], k -> new ArrayList<>()).add(i);
    }
    for (int ci = firstNew; ci < clusters.size(); ci++) {
      Cluster a = clusters.get(ci);
      if (a.size == 0 || a.norm() == 0) {
        continue;
      }
      IntDoubleMap dot = new IntDoubleMap();
      IntDoubleMap aw = a.weights;
      for (int s = 0; s < aw.capacity(); s++) {
        if (!aw.used(s)) {
          continue;
        }
        int t = aw.keyAt(s);
        double w = aw.valueAt(s) * idf(t) * idf(t);
        IntDoubleMap post = postings.get(t);
        for (int q = 0; post != null && q < post.capacity(); q++) {
          if (post.used(q) && post.keyAt(q) != ci) {
            dot.put(post.keyAt(q), dot.get(post.keyAt(q)) + w * post.valueAt(q));
          }
        }
      }
      int[] cands = keys(dot);
      int best = -1;
      double bestScore = 0;
      for (int bi : cands) {
        Cluster b = clusters.get(bi);
        if (b.size < a.size || b.size == 0 || b.norm() == 0) {
          continue;
        }
        double score = dot.get(bi) / (a.norm() * b.norm());
        // the days between the stories are those between their nearest articles: both were begun
        // in this batch, whose articles need not arrive in date order, so one late follow-up
        // (an analysis three days on) does not push a story away from reports it overlaps
        Long gapDays = a.gap(b);
        if (gapDays != null) {
          long gap = gapDays;
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
        List<Integer> moving = members.getOrDefault(ci, List.of());
        for (int i : moving) {
          remove(a, docs[i]);
          add(clusters.get(best), docs[i]);
          assignment[i] = best;
        }
        members.computeIfAbsent(best, k -> new ArrayList<>()).addAll(moving);
        members.remove(ci);
      }
    }
  }

  /** Places {@code d} at {@code threshold}; when nothing reaches it, reuses story {@code reuse} if empty. */
  private int place(Vec d, double threshold, int reuse) {
    if (acc.length < clusters.size()) {
      acc = Arrays.copyOf(acc, Math.max(clusters.size(), acc.length * 2));
    }
    int[] touched = new int[16];
    int nTouched = 0;
    double docNorm2 = 0;
    int[] ids = d.ids();
    double[] ws = d.weights();
    for (int k = 0; k < ids.length; k++) {
      int t = ids[k];
      double w = ws[k] * idf(t);
      docNorm2 += w * w;
      IntDoubleMap post = postings.get(t);
      if (post == null) {
        continue;
      }
      double wi = w * idf(t);
      for (int q = 0; q < post.capacity(); q++) {
        if (!post.used(q)) {
          continue;
        }
        int ci = post.keyAt(q);
        if (acc[ci] == 0) {
          if (nTouched == touched.length) {
            touched = Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = ci;
        }
        acc[ci] += wi * post.valueAt(q);
      }
    }
    double docNorm = Math.sqrt(docNorm2);
    int[] cands = Arrays.copyOf(touched, nTouched);
    Arrays.sort(cands);
    double[] dots = new double[nTouched];
    for (int k = 0; k < nTouched; k++) {
      dots[k] = acc[cands[k]];
      acc[cands[k]] = 0;
    }
    int best = -1;
    double bestScore = 0;
    Long day = d.day();
    for (int k = 0; k < cands.length; k++) {
      Cluster c = clusters.get(cands[k]);
      if (c.size == 0 || docNorm == 0 || c.norm() == 0) {
        continue;
      }
      double decay = 1.0;
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
        best = cands[k];
      }
    }
    lastBest = best;
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
    IntDoubleMap w = c.weights;
    for (int s = 0; s < w.capacity(); s++) {
      if (w.used(s)) {
        IntDoubleMap post = postings.get(w.keyAt(s));
        if (post != null) {
          post.remove(c.index);
        }
      }
    }
    retired.set(c.index);
    retiredLast.add(c.index);
  }

  private void add(Cluster c, Vec d) {
    c.norm(); // current for this batch before it changes
    int[] ids = d.ids();
    double[] ws = d.weights();
    for (int k = 0; k < ids.length; k++) {
      int t = ids[k];
      double old = c.weights.get(t);
      double now = old + ws[k];
      c.weights.put(t, now);
      c.norm2 += (now * now - old * old) * idf(t) * idf(t);
      IntDoubleMap post = postings.get(t);
      if (post == null) {
        post = new IntDoubleMap(4);
        postings.set(t, post);
      }
      post.put(c.index, now);
    }
    Long day = d.day();
    if (day != null) {
      c.days.merge(day, 1, Integer::sum);
    }
    c.size++;
  }

  /** Keeps the {@link #CENTROID_TERMS} heaviest terms of a centroid that has more than twice as many. */
  private void prune(Cluster c) {
    IntDoubleMap w = c.weights;
    if (w.size() <= 2 * CENTROID_TERMS) {
      return;
    }
    int[] terms = new int[w.size()];
    double[] rank = new double[w.size()];
    int n = 0;
    for (int s = 0; s < w.capacity(); s++) {
      if (w.used(s)) {
        terms[n] = w.keyAt(s);
        rank[n] = w.valueAt(s) * idf(w.keyAt(s));
        n++;
      }
    }
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    // heaviest first; ties by the term itself, so every process prunes alike
    Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Double.compare(rank[b], rank[a])
        : termNames.get(terms[a]).compareTo(termNames.get(terms[b])));
    for (int k = CENTROID_TERMS; k < n; k++) {
      int t = terms[order[k]];
      w.remove(t);
      IntDoubleMap post = postings.get(t);
      if (post != null) {
        post.remove(c.index);
      }
    }
    c.normStamp = -1;
  }

  private void remove(Cluster c, Vec d) {
    c.norm();
    int[] ids = d.ids();
    double[] ws = d.weights();
    for (int k = 0; k < ids.length; k++) {
      int t = ids[k];
      double old = c.weights.get(t);
      double now = old - ws[k];
      IntDoubleMap post = postings.get(t);
      if (now <= 1e-9) {
        c.weights.remove(t);
        if (post != null) {
          post.remove(c.index);
        }
        now = 0;
      } else {
        c.weights.put(t, now);
        if (post != null) {
          post.put(c.index, now);
        }
      }
      c.norm2 += (now * now - old * old) * idf(t) * idf(t);
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

  private static int[] keys(IntDoubleMap m) {
    int[] out = new int[m.size()];
    int n = 0;
    for (int s = 0; s < m.capacity(); s++) {
      if (m.used(s)) {
        out[n++] = m.keyAt(s);
      }
    }
    Arrays.sort(out);
    return out;
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
    IntDoubleMap weights = new IntDoubleMap();
    final TreeMap<Long, Integer> days = new TreeMap<>();
    int size;
    double norm2;
    int normStamp = -1;

    Cluster(int index) {
      this.index = index;
    }

    @Nullable Long lastDay() {
      return days.isEmpty() ? null : days.lastKey();
    }

    /** Days from {@code day} to the nearest day of this story's articles; null when it has none. */
    @Nullable Long gap(long day) {
      Long below = days.floorKey(day);
      Long above = days.ceilingKey(day);
      if (below == null && above == null) {
        return null;
      }
      return Math.min(below == null ? Long.MAX_VALUE : day - below, above == null ? Long.MAX_VALUE : above - day);
    }

    /**
     * Days between the nearest days of this story's and {@code other}'s articles (0 when their spans
     * interleave); null when either has no dated article.
     */
    @Nullable Long gap(Cluster other) {
      if (days.isEmpty() || other.days.isEmpty()) {
        return null;
      }
      long best = Long.MAX_VALUE;
      for (long d : days.keySet()) {
        best = Math.min(best, other.gap(d));
        if (best == 0) {
          break;
        }
      }
      return best;
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

    /** The norm for this batch's term statistics. */
    double norm() {
      if (normStamp != batchNo) {
        recomputeNorm();
        normStamp = batchNo;
      }
      return Math.sqrt(Math.max(norm2, 0));
    }

    void recomputeNorm() {
      double n = 0;
      for (int s = 0; s < weights.capacity(); s++) {
        if (weights.used(s)) {
          double w = weights.valueAt(s) * idf(weights.keyAt(s));
          n += w * w;
        }
      }
      norm2 = n;
    }
  }
}
