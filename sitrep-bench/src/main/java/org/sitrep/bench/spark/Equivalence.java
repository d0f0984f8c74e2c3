package org.sitrep.bench.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.bench.clustering.ClusteringScores;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;

/**
 * How far a store the Spark job wrote agrees with one {@code ingest} wrote from the same inputs:
 * article ids and their order, reprint groups (the job's LSH groups against the in-process
 * detector's on the ingested articles), each article's story's independent-source count, stories by
 * B-cubed F1 (the ingested stories as gold) and the number of corpus entities.
 */
public record Equivalence(String input, int ingestArticles, int batchArticles, boolean sameIds, boolean sameOrder,
    int ingestReprintGroups, int batchReprintGroups, boolean sameReprintGroups, double sameIndependentSources,
    int ingestStories, int batchStories, double storyBcubedF1, int ingestEntities, int batchEntities,
    double entityDifference) {

  /** True when every figure meets the bar: ids, order and groups equal, stories F1 >= 0.95, entities within 5%. */
  public boolean passes() {
    return sameIds && sameOrder && sameReprintGroups && sameIndependentSources == 1.0 && storyBcubedF1 >= 0.95
        && entityDifference <= 0.05;
  }

  public static Equivalence of(String input, Path ingested, Path batch, List<List<String>> batchGroups) throws IOException {
    try (Engine a = Engine.openReadOnly(EngineConfig.at(ingested)); Engine b = Engine.openReadOnly(EngineConfig.at(batch))) {
      List<Article> as = a.store().all();
      List<Article> bs = b.store().all();
      List<String> aIds = as.stream().map(Article::id).toList();
      List<String> bIds = bs.stream().map(Article::id).toList();
      boolean sameIds = new HashSet<>(aIds).equals(new HashSet<>(bIds));
      List<List<String>> expected = reprintGroups(as);
      Set<Set<String>> e = new HashSet<>();
      expected.forEach(g -> e.add(Set.copyOf(g)));
      Set<Set<String>> f = new HashSet<>();
      batchGroups.forEach(g -> f.add(Set.copyOf(g)));

      List<StorySummary> aStories = a.corpus().stories();
      List<StorySummary> bStories = b.corpus().stories();
      Map<String, Integer> aSources = sources(aStories);
      Map<String, Integer> bSources = sources(bStories);
      int agree = 0;
      for (String id : aIds) {
        if (aSources.get(id) != null && aSources.get(id).equals(bSources.get(id))) {
          agree++;
        }
      }
      double f1 = 1.0;
      if (!aIds.isEmpty() && sameIds) {
        f1 = ClusteringScores.of(labels(aIds, aStories), labels(aIds, bStories)).bcubedF1();
      } else if (!sameIds) {
        f1 = 0;
      }
      int ae = a.corpus().entities(null).size();
      int be = b.corpus().entities(null).size();
      return new Equivalence(input, aIds.size(), bIds.size(), sameIds, aIds.equals(bIds), e.size(), f.size(), e.equals(f),
          aIds.isEmpty() ? 1.0 : agree / (double) aIds.size(), aStories.size(), bStories.size(), f1, ae, be,
          ae == 0 ? (be == 0 ? 0 : 1) : Math.abs(ae - be) / (double) ae);
    }
  }

  /** The copy groups (two or more articles) the in-process detector finds on {@code articles}. */
  static List<List<String>> reprintGroups(List<Article> articles) {
    List<ReprintDetector.Copy> copies = new ArrayList<>();
    for (Article x : articles) {
      copies.add(new ReprintDetector.Copy(x.id(), x.text(), x.outlet(), x.credits(), x.published()));
    }
    Map<String, String> groupOf = new ReprintDetector().detect(copies).groupOf();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (ReprintDetector.Copy c : copies) {
      groups.computeIfAbsent(groupOf.get(c.id()), k -> new ArrayList<>()).add(c.id());
    }
    return groups.values().stream().filter(g -> g.size() > 1).toList();
  }

  private static Map<String, Integer> sources(List<StorySummary> stories) {
    Map<String, Integer> out = new HashMap<>();
    for (StorySummary s : stories) {
      for (String id : s.articles()) {
        out.put(id, s.independentSources());
      }
    }
    return out;
  }

  private static int[] labels(List<String> ids, List<StorySummary> stories) {
    Map<String, Integer> of = new HashMap<>();
    for (int k = 0; k < stories.size(); k++) {
      for (String id : stories.get(k).articles()) {
        of.put(id, k);
      }
    }
    int[] out = new int[ids.size()];
    int next = stories.size();
    for (int i = 0; i < ids.size(); i++) {
      Integer k = of.get(ids.get(i));
      out[i] = k == null ? next++ : k;
    }
    return out;
  }
}
