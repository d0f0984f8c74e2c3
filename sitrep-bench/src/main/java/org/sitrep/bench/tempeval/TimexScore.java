package org.sitrep.bench.tempeval;

import java.util.List;

/**
 * Micro-summed TempEval-3 Task A counts. A system timex is aligned with the first unaligned gold
 * timex whose extent it overlaps (the official normaliser's id transfer); a relaxed match is an
 * aligned pair, a strict match an aligned pair with identical extents. Value and type accuracy are
 * over relaxed matches, and value F1 = value accuracy x relaxed F1, as the official scorer defines.
 */
public record TimexScore(int gold, int system, int relaxed, int strict, int valueOk, int typeOk) {
  public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

  /** Scores one document's system timexes against its gold ones. */
  public static TimexScore of(List<TimexSpan> gold, List<TimexSpan> system) {
    boolean[] used = new boolean[gold.size()];
    int relaxed = 0;
    int strict = 0;
    int valueOk = 0;
    int typeOk = 0;
    for (TimexSpan s : system) {
      for (int g = 0; g < gold.size(); g++) {
        TimexSpan t = gold.get(g);
        if (!used[g] && t.overlaps(s)) {
          used[g] = true;
          relaxed++;
          if (t.start() == s.start() && t.end() == s.end()) {
            strict++;
          }
          if (t.value().equals(s.value())) {
            valueOk++;
          }
          if (t.type().equals(s.type())) {
            typeOk++;
          }
          break;
        }
      }
    }
    return new TimexScore(gold.size(), system.size(), relaxed, strict, valueOk, typeOk);
  }

  public TimexScore plus(TimexScore o) {
    return new TimexScore(gold + o.gold, system + o.system, relaxed + o.relaxed, strict + o.strict,
        valueOk + o.valueOk, typeOk + o.typeOk);
  }

  /** Adds {@code n} creation-time timexes that a system copies from its input (official-style figures). */
  public TimexScore withCopiedCreationTimes(int n) {
    return plus(new TimexScore(n, n, n, n, n, n));
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  public double strictF1() {
    return f1(ratio(strict, system), ratio(strict, gold));
  }

  public double valueF1() {
    return ratio(valueOk, relaxed) * relaxedF1();
  }

  public double typeF1() {
    return ratio(typeOk, relaxed) * relaxedF1();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
