package org.sitrep.bench.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering quality of predicted labels against gold labels: NMI with geometric-mean
 * normalisation (as in the MStream paper, eq. 6), B-cubed and pairwise precision, recall and F1.
 */
public record ClusteringScores(
    int documents, int goldClusters, int predictedClusters, double nmi, double bcubedPrecision,
    double bcubedRecall, double bcubedF1, double pairPrecision, double pairRecall, double pairF1) {

  /** Scores {@code predicted} against {@code gold} (same length, one label per document). */
  public static ClusteringScores of(int[] gold, int[] predicted) {
    if (gold.length != predicted.length || gold.length == 0) {
      throw new IllegalArgumentException("label arrays must be non-empty and of equal length, got "
          + gold.length + " and " + predicted.length);
    }
    int n = gold.length;
    Map<Integer, Integer> nc = new HashMap<>();
    Map<Integer, Integer> nk = new HashMap<>();
    Map<Long, Integer> nck = new HashMap<>();
    for (int i = 0; i < n; i++) {
      nc.merge(gold[i], 1, Integer::sum);
      nk.merge(predicted[i], 1, Integer::sum);
      nck.merge(((long) gold[i] << 32) | (predicted[i] & 0xffffffffL), 1, Integer::sum);
    }
    double mi = 0;
    double bp = 0;
    double br = 0;
    double tp = 0;
    for (Map.Entry<Long, Integer> e : nck.entrySet()) {
      int c = (int) (e.getKey() >> 32);
      int k = (int) (long) e.getKey();
      double v = e.getValue();
      mi += v * Math.log(n * v / ((double) nc.get(c) * nk.get(k)));
      bp += v * v / nk.get(k);
      br += v * v / nc.get(c);
      tp += v * (v - 1) / 2;
    }
    double hc = 0;
    double gp = 0;
    for (int v : nc.values()) {
      hc += v * Math.log((double) v / n);
      gp += v * (v - 1.0) / 2;
    }
    double hk = 0;
    double pp = 0;
    for (int v : nk.values()) {
      hk += v * Math.log((double) v / n);
      pp += v * (v - 1.0) / 2;
    }
    double denom = Math.sqrt(hc * hk);
    double nmi = denom == 0 ? (nc.size() == nk.size() ? 1 : 0) : mi / denom;
    bp /= n;
    br /= n;
    double pairP = pp == 0 ? 0 : tp / pp;
    double pairR = gp == 0 ? 0 : tp / gp;
    return new ClusteringScores(n, nc.size(), nk.size(), nmi, bp, br, f1(bp, br), pairP, pairR,
        f1(pairP, pairR));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
