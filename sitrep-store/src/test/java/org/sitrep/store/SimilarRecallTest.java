package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The similar-article index (an approximate nearest-neighbour graph over hashed term vectors) finds
 * what an exact search over the same vectors finds: recall of the five nearest articles on a
 * generated corpus of topics, several segments and a merge.
 */
class SimilarRecallTest {
  @TempDir Path dir;

  @Test
  void theGraphFindsTheExactNearestArticles() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    List<String> general = words(r, 1500);
    List<List<String>> topics = new ArrayList<>();
    for (int t = 0; t < 60; t++) {
      topics.add(words(r, 40));
    }
    int n = 3000;
    List<String> texts = new ArrayList<>();
    TermVector vectors = new TermVector(new TextLanguages().analyzer(TextLanguages.DEFAULT));
    List<float[]> vs = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(dir)) {
      for (int i = 0; i < n; i++) {
        List<String> topic = topics.get(r.nextInt(topics.size()));
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 80; w++) {
          b.append(r.nextInt(10) < 6 ? topic.get(r.nextInt(topic.size())) : general.get(r.nextInt(general.size()))).append(' ');
        }
        String text = b.toString().strip() + ".";
        texts.add(text);
        vs.add(vectors.of(text));
        store.add(TestArticles.article("s" + i, "Outlet", null, text, "2024-06-01"), null);
        if (i % 500 == 499) {
          store.commit(); // several segments, merged as they grow
        }
      }
      store.commit();
      double found = 0;
      int queries = 100;
      for (int q = 0; q < queries; q++) {
        int i = q * (n / queries);
        Set<String> exact = exactNearest(vs, i, 5);
        Set<String> got = new HashSet<>();
        store.similar("s" + i, 5).forEach(h -> got.add(h.article()));
        got.retainAll(exact);
        found += got.size() / 5.0;
      }
      assertThat(found / queries).as("recall@5 of the similar-article graph").isGreaterThanOrEqualTo(0.9);
    }
  }

  private static Set<String> exactNearest(List<float[]> vs, int i, int k) {
    float[] q = vs.get(i);
    List<int[]> order = new ArrayList<>();
    double[] score = new double[vs.size()];
    for (int j = 0; j < vs.size(); j++) {
      float[] v = vs.get(j);
      double d = 0;
      for (int x = 0; x < q.length; x++) {
        d += q[x] * v[x];
      }
      score[j] = d;
      order.add(new int[] {j});
    }
    order.sort((a, b) -> Double.compare(score[b[0]], score[a[0]]));
    Set<String> out = new HashSet<>();
    for (int[] o : order) {
      if (o[0] != i && out.size() < k) {
        out.add("s" + o[0]);
      }
    }
    return out;
  }

  private static List<String> words(SplittableRandom r, int count) {
    List<String> out = new ArrayList<>();
    String letters = "abcdefghiklmnoprstuvw";
    while (out.size() < count) {
      StringBuilder w = new StringBuilder();
      int len = 4 + r.nextInt(6);
      for (int c = 0; c < len; c++) {
        w.append(letters.charAt(r.nextInt(letters.length())));
      }
      out.add(w.toString());
    }
    return out;
  }
}
