package org.sitrep.bench.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura evaluation metric: must-include segments found in the normalised output are true
 * positives, must-exclude segments found are false positives; counts are summed over pages. Each
 * instance accumulates one run; not thread-safe.
 */
public final class SegmentScorer {
  private static final Pattern WS = Pattern.compile("\\s+");

  private long tp;
  private long fp;
  private long fn;
  private long tn;

  /** Corpus figures. */
  public record Score(long tp, long fp, long fn, long tn, double precision, double recall, double accuracy, double f1) {}

  static String norm(String s) {
    return WS.matcher(s).replaceAll(" ").strip();
  }

  /** Adds one page; {@code output} null or empty means the extractor found nothing. Returns the page's [tp, fp]. */
  public int[] add(List<String> with, List<String> without, String output) {
    String e = norm(output);
    int pageTp = 0;
    int pageFp = 0;
    for (String w : with) {
      if (!e.isEmpty() && e.contains(norm(w))) {
        pageTp++;
      } else {
        fn++;
      }
    }
    for (String w : without) {
      if (!e.isEmpty() && e.contains(norm(w))) {
        pageFp++;
      } else {
        tn++;
      }
    }
    tp += pageTp;
    fp += pageFp;
    return new int[] {pageTp, pageFp};
  }

  public Score score() {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double total = tp + fp + fn + tn;
    double acc = total == 0 ? 0 : (tp + tn) / total;
    double f1 = 2.0 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    return new Score(tp, fp, fn, tn, p, r, acc, f1);
  }
}
