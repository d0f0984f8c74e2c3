package org.sitrep.corpus.reprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.SummitFixtures;
import org.sitrep.corpus.text.Terms;

class ReprintDetectorTest {
  private final ReprintDetector detector = new ReprintDetector();
  private final Map<String, Article> byId = SummitFixtures.byId();

  /** Copies: a reprint with a changed headline and a trailing credit, and two wire pickups. */
  private static final List<List<String>> COPIES = List.of(List.of("yna-1", "kt-1"), List.of("ap-1", "wapo-1"),
      List.of("ians-1", "np-1"));
  /** Independent reports of the same event, which must not count as copies. */
  private static final List<List<String>> INDEPENDENT = List.of(List.of("yna-1", "kh-1"), List.of("ap-1", "tass-1"),
      List.of("kh-2", "cd-1"), List.of("yna-2", "yna-3"), List.of("tass-1", "kcna-1"), List.of("ians-1", "ap-1"));

  @Test
  void reprintsGroupIntoOneOriginAndIndependentReportsDoNot() {
    List<ReprintDetector.Copy> copies = new ArrayList<>();
    for (Article a : SummitFixtures.articles()) {
      copies.add(new ReprintDetector.Copy(a.id(), a.text(), a.outlet(), a.credits(), a.published()));
    }
    ReprintDetector.Result r = detector.detect(copies);
    for (List<String> pair : COPIES) {
      assertThat(r.groupOf().get(pair.get(1))).as("copy %s", pair).isEqualTo(r.groupOf().get(pair.get(0)));
    }
    for (List<String> pair : INDEPENDENT) {
      assertThat(r.groupOf().get(pair.get(1))).as("independent %s", pair).isNotEqualTo(r.groupOf().get(pair.get(0)));
    }
    // the Korea Times reprint has no credit metadata: its origin comes from its copy's credit
    assertThat(r.originOf().get("kt-1")).isEqualTo("Yonhap");
    assertThat(r.originOf().get("np-1")).isEqualTo("IANS");
    assertThat(r.originOf().get("kh-1")).isEqualTo("The Korea Herald");
  }

  /**
   * The measurement behind the choice of MinHash: on these labelled pairs, the gap between the
   * least similar copy and the most similar independent report is wider for MinHash (Jaccard of
   * 5-word shingles) than for 64-bit SimHash over the same shingles, and only MinHash separates the
   * two sets at one threshold with a margin.
   */
  @Test
  void minHashSeparatesCopiesFromIndependentReportsBetterThanSimHash() {
    MinHash mh = new MinHash(ReprintDetector.HASHES, ReprintDetector.SHINGLE);
    double minCopyMh = 1;
    double minCopySh = 1;
    double maxIndMh = 0;
    double maxIndSh = 0;
    for (List<String> pair : COPIES) {
      minCopyMh = Math.min(minCopyMh, minHash(mh, pair));
      minCopySh = Math.min(minCopySh, simHash(mh, pair));
    }
    for (List<String> pair : INDEPENDENT) {
      maxIndMh = Math.max(maxIndMh, minHash(mh, pair));
      maxIndSh = Math.max(maxIndSh, simHash(mh, pair));
    }
    double mhGap = minCopyMh - maxIndMh;
    double shGap = minCopySh - maxIndSh;
    assertThat(minCopyMh).isGreaterThanOrEqualTo(ReprintDetector.THRESHOLD);
    assertThat(maxIndMh).isLessThan(ReprintDetector.THRESHOLD);
    assertThat(mhGap).as("MinHash gap %.3f vs SimHash gap %.3f", mhGap, shGap).isGreaterThan(shGap);
  }

  private double minHash(MinHash mh, List<String> pair) {
    return MinHash.similarity(mh.signature(mh.shingles(Terms.words(byId.get(pair.get(0)).text()))),
        mh.signature(mh.shingles(Terms.words(byId.get(pair.get(1)).text()))));
  }

  private double simHash(MinHash mh, List<String> pair) {
    return SimHash.similarity(SimHash.of(mh.shingles(Terms.words(byId.get(pair.get(0)).text()))),
        SimHash.of(mh.shingles(Terms.words(byId.get(pair.get(1)).text()))));
  }
}
