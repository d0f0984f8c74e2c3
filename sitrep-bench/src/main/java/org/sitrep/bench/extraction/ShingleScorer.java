package org.sitrep.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark metric: per-document precision and recall of 4-token shingles
 * (multiset overlap, normalised per document), averaged over documents; F1 from the two means;
 * accuracy as exact token-sequence equality. Stateless.
 */
public final class ShingleScorer {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Corpus figures. */
  public record Score(double precision, double recall, double f1, double accuracy, int documents) {}

  /** Per-document counts, normalised to sum to one. */
  public record DocScore(double tp, double fp, double fn, boolean exact) {
    /** Precision of this document, or NaN when it does not count towards precision. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp + fp == 0) {
        return Double.NaN;
      }
      return tp / (tp + fp);
    }

    /** Recall of this document, or NaN when it does not count towards recall. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp + fn == 0) {
        return Double.NaN;
      }
      return tp / (tp + fn);
    }
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < 4) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one prediction against its gold text. */
  public DocScore score(String gold, String predicted) {
    List<String> gt = tokens(gold);
    List<String> pt = tokens(predicted);
    Map<List<String>, Integer> g = shingles(gt);
    Map<List<String>, Integer> p = shingles(pt);
    Set<List<String>> keys = new HashSet<>(g.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int cg = g.getOrDefault(k, 0);
      int cp = p.getOrDefault(k, 0);
      tp += Math.min(cg, cp);
      fp += Math.max(0, cp - cg);
      fn += Math.max(0, cg - cp);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    return new DocScore(tp, fp, fn, gt.equals(pt));
  }

  /** Averages per-document scores the way the benchmark defines. */
  public Score aggregate(List<DocScore> docs) {
    double ps = 0;
    int pn = 0;
    double rs = 0;
    int rn = 0;
    int exact = 0;
    for (DocScore d : docs) {
      double p = d.precision();
      if (!Double.isNaN(p)) {
        ps += p;
        pn++;
      }
      double r = d.recall();
      if (!Double.isNaN(r)) {
        rs += r;
        rn++;
      }
      if (d.exact()) {
        exact++;
      }
    }
    double precision = pn == 0 ? 0 : ps / pn;
    double recall = rn == 0 ? 0 : rs / rn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, docs.isEmpty() ? 0 : (double) exact / docs.size(), docs.size());
  }
}
