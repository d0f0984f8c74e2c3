package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.corpus.reprint.MinHash;
import org.sitrep.corpus.reprint.ReprintDetector;
import scala.Tuple2;

/**
 * Reprint groups at scale, by the definitions of {@link ReprintDetector}: the same MinHash
 * signatures, cut into {@link ReprintDetector#BANDS} bands of {@code HASHES / BANDS} rows; articles
 * whose rows agree in one band share a bucket; within a bucket each article is compared with the
 * first {@value #REPRESENTATIVES} members (arrival order), as the in-process detector does, so the
 * candidate pairs stay linear in the corpus however large a bucket grows; a candidate pair whose
 * estimated Jaccard similarity reaches {@link ReprintDetector#THRESHOLD} is an edge; groups are the
 * connected components of the edges, found by min-label propagation. On the same articles the
 * groups are those of the in-process detector.
 */
final class ReprintLsh {
  /** Members of a bucket that later members are compared with (the in-process detector's cap). */
  static final int REPRESENTATIVES = 64;
  private static final int ROWS = ReprintDetector.HASHES / ReprintDetector.BANDS;

  private ReprintLsh() {}

  /**
   * What the detection found and what it cost.
   *
   * @param candidatePairs distinct pairs that shared a bucket (compared)
   * @param edges pairs whose estimated similarity reached the threshold
   * @param iterations rounds of label propagation until no label changed
   */
  record Result(ReprintGroups groups, long candidatePairs, long edges, int iterations) {}

  static Result detect(JavaRDD<Item.Stored> stored, int partitions) {
    JavaPairRDD<Long, long[]> signatures = stored.mapToPair(s -> new Tuple2<>(s.arrival(), s.signature()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Long> candidates = stored
        .flatMapToPair(s -> {
          List<Tuple2<Long, Long>> keys = new ArrayList<>(ReprintDetector.BANDS);
          for (int band = 0; band < ReprintDetector.BANDS; band++) {
            keys.add(new Tuple2<>(bandKey(band, s.signature()), s.arrival()));
          }
          return keys.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(bucket -> {
          List<Long> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          members.sort(Comparator.naturalOrder());
          List<Tuple2<Long, Long>> pairs = new ArrayList<>();
          for (int i = 1; i < members.size(); i++) {
            for (int r = 0; r < Math.min(i, REPRESENTATIVES); r++) {
              pairs.add(new Tuple2<>(members.get(r), members.get(i)));
            }
          }
          return pairs.iterator();
        })
        .distinct(partitions)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long candidateCount = candidates.count();
    JavaPairRDD<Long, Long> edges = candidates.join(signatures)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
        .join(signatures)
        .filter(e -> MinHash.similarity(e._2()._1()._2(), e._2()._2()) >= ReprintDetector.THRESHOLD)
        .mapToPair(e -> new Tuple2<>(e._2()._1()._1(), e._1()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long edgeCount = edges.count();
    candidates.unpersist();
    Components components = components(edges, partitions);
    JavaPairRDD<Long, String> ids = stored.mapToPair(s -> new Tuple2<>(s.arrival(), s.id()));
    // (root, (arrival, id)) for every article in a group, collected per root in arrival order
    Map<Long, TreeMap<Long, String>> byRoot = new TreeMap<>();
    for (Tuple2<Long, Tuple2<Long, String>> m : components.labels().join(ids)
        .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2()))).collect()) {
      byRoot.computeIfAbsent(m._1(), k -> new TreeMap<>()).put(m._2()._1(), m._2()._2());
    }
    List<List<String>> groups = new ArrayList<>();
    for (TreeMap<Long, String> g : byRoot.values()) {
      groups.add(List.copyOf(g.values()));
    }
    edges.unpersist();
    signatures.unpersist();
    return new Result(new ReprintGroups(groups), candidateCount, edgeCount, components.iterations());
  }

  /** The bucket of a signature in one band: equal rows, equal key (64-bit, so unequal rows differ). */
  static long bandKey(int band, long[] signature) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ signature[band * ROWS + r]);
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Vertex to the least vertex of its component, and the rounds it took. */
  private record Components(JavaPairRDD<Long, Long> labels, int iterations) {}

  private static Components components(JavaPairRDD<Long, Long> edges, int partitions) {
    JavaPairRDD<Long, Long> both = edges.flatMapToPair(e -> List.of(e, e.swap()).iterator())
        .partitionBy(new org.apache.spark.HashPartitioner(partitions))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Long> labels = both.keys().distinct(partitions).mapToPair(v -> new Tuple2<>(v, v));
    int rounds = 0;
    while (true) {
      rounds++;
      // each vertex takes the least label among itself and its neighbours
      JavaPairRDD<Long, Long> next = both.join(labels)
          .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2()))
          .union(labels)
          .reduceByKey(Math::min, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      long changed = next.join(labels).filter(x -> !x._2()._1().equals(x._2()._2())).count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    both.unpersist();
    return new Components(labels, rounds);
  }
}
