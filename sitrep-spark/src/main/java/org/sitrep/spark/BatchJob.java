package org.sitrep.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest as a Spark job, run from its driver. Over a listing of inputs (files, folders, WARC,
 * JSON Lines, feeds; local paths or Hadoop file system URIs):
 *
 * <ol>
 *   <li>one task per input file reads and cleans its records ({@code PageStages.clean}, as ingest);
 *   <li>a shuffle by article id brings copies of one article together (the earliest is kept, the
 *       others are duplicates) and spreads the articles over {@code partitions} partitions, so one
 *       large WARC does not leave a straggler for the NLP;
 *   <li>each partition annotates its articles ({@code PageStages.annotate}: NLP, outlet) with models
 *       built once per executor JVM, and writes them to its own shard, a store written by
 *       {@link ArticleStore} with each article's arrival number (input order);
 *   <li>reprint groups by banded MinHash LSH over the articles' signatures ({@link ReprintLsh});
 *   <li>the driver merges the shards into the store in {@code dataDir} ({@link ArticleStore#addStores})
 *       and runs the corpus analysis over it ({@link CorpusStage}).
 * </ol>
 *
 * A record that fails at any stage is one failure record, as ingest reports it; it never fails the job.
 */
public final class BatchJob {
  private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

  private BatchJob() {}

  /**
   * How to run.
   *
   * @param inputs local paths or Hadoop file system URIs, files or folders
   * @param dataDir the store on the driver's file system (created when absent; articles are added)
   * @param partitions partitions of the NLP stage (0: three per core of the cluster)
   * @param nlp run the NLP stages
   * @param outlets a user outlets file, or null
   * @param staging where executors leave their shards for the driver (a folder all of them and the
   *     driver reach: a shared path or a Hadoop file system URI), or null for a folder in the store
   */
  public record Options(List<String> inputs, Path dataDir, int partitions, boolean nlp, @Nullable Path outlets,
      @Nullable String staging) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(dataDir, "dataDir");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
      }
    }
  }

  /**
   * What the job did.
   *
   * @param failures in input order
   * @param seconds wall time per phase
   * @param peakExecutorHeapBytes the largest peak heap an executor JVM reported
   */
  public record Report(int files, int partitions, int added, int duplicates, List<ItemResult.Failed<?>> failures,
      ReprintGroups reprints, long candidatePairs, long reprintEdges, int componentRounds, int shards,
      long peakExecutorHeapBytes, Map<String, Double> seconds, CorpusStage.Summary corpus) {
    public Report {
      failures = List.copyOf(failures);
      seconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
  }

  /** Runs the job on {@code sc}; the store in {@code options.dataDir()} is locked meanwhile. */
  public static Report run(JavaSparkContext sc, Options options) throws IOException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long t = System.nanoTime();
    Path data = options.dataDir();
    String outletsText = "";
    if (options.outlets() != null) {
      outletsText = Files.readString(options.outlets(), StandardCharsets.UTF_8);
    } else if (Files.isRegularFile(data.resolve("outlets.txt"))) {
      outletsText = Files.readString(data.resolve("outlets.txt"), StandardCharsets.UTF_8);
    }
    int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, sc.defaultParallelism() * 3);
    List<InputFile> files = InputFile.list(options.inputs(), sc.hadoopConfiguration());
    List<ItemResult.Failed<?>> failures = new ArrayList<>();
    int added;
    int duplicates = 0;
    ReprintLsh.Result lsh;
    int shardCount = 0;
    long peakHeap = 0;
    try (ArticleStore store = ArticleStore.open(data)) {
      Set<String> known = store.ids();
      long base = store.reserveArrival();
      // a folder of this run's own, so deleting it afterwards touches nothing else
      String staging = options.staging() != null
          ? options.staging().replaceAll("/+$", "") + "/sitrep-batch-" + sc.sc().applicationId()
          : data.resolve(".batch-staging-" + sc.sc().applicationId()).toAbsolutePath().toString();
      Map<String, String> hadoop = new HashMap<>();
      sc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
      JobStages.Settings settings = new JobStages.Settings(options.nlp(), outletsText, base, staging, hadoop);
      seconds.put("listing", lap(t));
      t = System.nanoTime();

      Broadcast<Set<String>> knownIds = sc.broadcast(known);
      JavaRDD<Item> stored = sc.parallelize(files, Math.max(1, files.size()))
          .mapPartitionsToPair(new JobStages.ReadAndClean(settings, knownIds))
          .reduceByKey(JobStages::merge, partitions)
          .values()
          .mapPartitionsWithIndex(new JobStages.AnnotateAndStore(settings), false)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      List<Item> outcomes = stored.filter(i -> !(i instanceof Item.Stored)).collect();
      List<Path> shards = new ArrayList<>();
      List<Item.Failed> failed = new ArrayList<>();
      for (Item i : outcomes) {
        switch (i) {
          case Item.Failed f -> failed.add(f);
          case Item.Duplicate d -> duplicates += d.count();
          case Item.Shard s -> {
            peakHeap = Math.max(peakHeap, s.peakHeapBytes());
            if (!s.uri().isEmpty()) {
              shards.add(localShard(s.uri(), sc.hadoopConfiguration()));
            }
          }
          default -> throw new IllegalStateException("unexpected " + i);
        }
      }
      failed.sort(Comparator.comparingLong(Item.Failed::arrival));
      for (Item.Failed f : failed) {
        failures.add(f.result());
      }
      seconds.put("read, clean, annotate", lap(t));
      t = System.nanoTime();

      JavaRDD<Item.Stored> signed = stored.filter(i -> i instanceof Item.Stored).map(i -> (Item.Stored) i);
      lsh = ReprintLsh.detect(signed, partitions);
      stored.unpersist();
      knownIds.destroy();
      seconds.put("reprints (LSH)", lap(t));
      t = System.nanoTime();

      added = store.addStores(shards);
      store.commit();
      shardCount = shards.size();
      deleteStaging(staging, sc.hadoopConfiguration());
      for (Path s : shards) {
        if (!s.startsWith(data)) {
          JobStages.deleteQuietly(s.getParent());
        }
      }
      seconds.put("merge shards", lap(t));
      t = System.nanoTime();
    }
    CorpusStage.Summary corpus = CorpusStage.build(data, lsh.groups(), options.outlets());
    seconds.put("corpus analysis", lap(t));
    LOG.info("batch: {} files, {} added, {} duplicates, {} failed, {} reprint groups", files.size(), added, duplicates,
        failures.size(), lsh.groups().groups().size());
    return new Report(files.size(), partitions, added, duplicates, failures, lsh.groups(), lsh.candidatePairs(),
        lsh.edges(), lsh.iterations(), shardCount, peakHeap, seconds, corpus);
  }

  private static Path localShard(String uri, Configuration conf) throws IOException {
    if (uri.startsWith("file:")) {
      return Path.of(java.net.URI.create(uri));
    }
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
    Path local = Files.createTempDirectory("sitrep-merge").resolve(remote.getName());
    remote.getFileSystem(conf).copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
    return local;
  }

  private static void deleteStaging(String staging, Configuration conf) throws IOException {
    if (InputFile.isLocal(staging)) {
      JobStages.deleteQuietly(InputFile.localPath(staging));
    } else {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(staging);
      FileSystem fs = p.getFileSystem(conf);
      fs.delete(p, true);
    }
  }

  private static double lap(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
