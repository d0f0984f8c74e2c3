package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.engine.PageStages;
import org.sitrep.ingest.InputReader;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.ArticleStore;
import scala.Tuple2;

/**
 * The two per-article stages of the job, as Spark functions. Both run the in-process stages
 * ({@link PageStages}, the same functions {@code Engine.ingest} runs) with the models of
 * {@link ExecutorModels}; a record that fails becomes an {@link Item.Failed} and never fails a task.
 */
final class JobStages {
  private JobStages() {}

  /** The settings every task needs; small and serializable. */
  record Settings(boolean nlp, String outlets, long baseArrival, String staging, Map<String, String> hadoop)
      implements java.io.Serializable {
    public Settings {
      hadoop = new HashMap<>(hadoop);
    }

    Configuration configuration() {
      Configuration c = new Configuration(false);
      hadoop.forEach(c::set);
      return c;
    }
  }

  /** Arrival number of record {@code record} of input file {@code file}: listing order, then record order. */
  static long arrival(long base, int file, long record) {
    return base + ((long) file << 32) + record;
  }

  /**
   * Reads and cleans one input file per task: each record becomes an {@link Item.Cleaned} keyed by
   * article id (so copies meet in the shuffle that follows), or an {@link Item.Failed} or
   * {@link Item.Duplicate} under a key of its own. Lazy: a large WARC streams through.
   */
  static final class ReadAndClean implements PairFlatMapFunction<Iterator<InputFile>, String, Item> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;
    private final Broadcast<Set<String>> known;

    ReadAndClean(Settings settings, Broadcast<Set<String>> known) {
      this.settings = settings;
      this.known = known;
    }

    @Override
    public Iterator<Tuple2<String, Item>> call(Iterator<InputFile> files) {
      List<Iterator<Tuple2<String, Item>>> parts = new ArrayList<>();
      files.forEachRemaining(f -> parts.add(file(f)));
      return parts.stream().flatMap(it -> {
        Iterable<Tuple2<String, Item>> once = () -> it;
        return java.util.stream.StreamSupport.stream(once.spliterator(), false);
      }).iterator();
    }

    private Iterator<Tuple2<String, Item>> file(InputFile f) {
      PageStages stages = ExecutorModels.stages(settings.nlp(), settings.outlets());
      Set<String> stored = known.value();
      Path local;
      @Nullable String fetchedAs = null;
      try {
        if (f.local()) {
          local = InputFile.localPath(f.location());
        } else {
          local = fetch(f, settings.configuration());
          fetchedAs = local.toString();
        }
      } catch (IOException | RuntimeException e) {
        Item failed = new Item.Failed(arrival(settings.baseArrival(), f.index(), 0), f.location(), "input-reader",
            Reason.FETCH_FAILED.name(), "cannot read: " + e.getMessage());
        return List.of(new Tuple2<>("\u0000" + f.index() + ":fetch", failed)).iterator();
      }
      Stream<ItemResult<RawPage>> pages = new InputReader().read(local);
      String renamed = fetchedAs;
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(ctx -> {
          pages.close();
          if (renamed != null) {
            deleteQuietly(Path.of(renamed).getParent());
          }
        });
      }
      Iterator<ItemResult<RawPage>> it = pages.iterator();
      return new Iterator<>() {
        long record;
        long emitted;
        boolean done;
        @Nullable Item ahead;

        @Override
        public boolean hasNext() {
          if (ahead == null && !done) {
            ahead = advance();
          }
          return ahead != null;
        }

        @Override
        public Tuple2<String, Item> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Item item = ahead;
          ahead = null;
          // copies of one article share their id as key; anything else gets a key of its own
          String key = item instanceof Item.Cleaned c ? c.id() : "\u0000" + f.index() + ":" + emitted;
          emitted++;
          return new Tuple2<>(key, item);
        }

        private @Nullable Item advance() {
          long arrival = arrival(settings.baseArrival(), f.index(), record);
          try {
            if (!it.hasNext()) {
              done = true;
              return null;
            }
            return switch (it.next()) {
              case ItemResult.Failed<RawPage> failed -> Item.Failed.of(arrival, renamed(failed, renamed, f));
              case ItemResult.Ok<RawPage> ok -> {
                record++; // as in ingest, only pages read take an arrival number
                yield clean(stages, stored, renamed(ok.value(), renamed, f), arrival);
              }
            };
          } catch (UncheckedIOException e) {
            done = true;
            return new Item.Failed(arrival, f.location(), "input-reader", Reason.FETCH_FAILED.name(),
                "cannot read: " + e.getMessage());
          } catch (RuntimeException e) {
            // a reader bug on one input must not cost the others: reported against the input, as ingest does
            done = true;
            return new Item.Failed(arrival, f.location(), "input-reader", Reason.INTERNAL.name(), String.valueOf(e));
          }
        }
      };
    }

    private static Item clean(PageStages stages, Set<String> stored, RawPage page, long arrival) {
      ItemResult<CleanDocument> cleaned = stages.clean(page);
      if (cleaned instanceof ItemResult.Failed<CleanDocument> failed) {
        return Item.Failed.of(arrival, failed);
      }
      CleanDocument doc = ((ItemResult.Ok<CleanDocument>) cleaned).value();
      if (stored.contains(doc.id())) {
        return new Item.Duplicate(arrival, page.source(), 1);
      }
      byte[] json = SitrepJson.line(Article.of(doc, org.sitrep.core.model.Annotations.EMPTY)).getBytes(StandardCharsets.UTF_8);
      return new Item.Cleaned(arrival, doc.id(), json, 1);
    }

    private static ItemResult.Failed<RawPage> renamed(ItemResult.Failed<RawPage> f, @Nullable String fetchedAs, InputFile file) {
      if (fetchedAs == null || !f.source().startsWith(fetchedAs)) {
        return f;
      }
      return new ItemResult.Failed<>(file.location() + f.source().substring(fetchedAs.length()), f.stage(), f.reason(), f.message());
    }

    private static RawPage renamed(RawPage p, @Nullable String fetchedAs, InputFile file) {
      if (fetchedAs == null || !p.source().startsWith(fetchedAs)) {
        return p;
      }
      return new RawPage(file.location() + p.source().substring(fetchedAs.length()), p.url(), p.type(), p.body(),
          p.charset(), p.published(), p.outlet(), p.fetched());
    }

    /** Copies a file of a Hadoop file system to a local temporary folder, keeping its name (formats look at it). */
    private static Path fetch(InputFile f, Configuration conf) throws IOException {
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(f.location());
      Path dir = Files.createTempDirectory("sitrep-input");
      Path local = dir.resolve(remote.getName());
      FileSystem fs = remote.getFileSystem(conf);
      fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
      return local;
    }
  }

  /** Merges the copies of one article that met in the shuffle: the earliest is kept. */
  static Item merge(Item a, Item b) {
    if (a instanceof Item.Cleaned x && b instanceof Item.Cleaned y) {
      return x.merge(y);
    }
    throw new IllegalStateException("only cleaned articles share a key, got " + a.getClass().getSimpleName()
        + " and " + b.getClass().getSimpleName());
  }

  /**
   * Annotates the cleaned articles of one partition (NLP, outlet) and writes them into the
   * partition's own shard, a Sitrep store written by {@link ArticleStore} as ingest writes one; passes
   * failures and duplicates through; ends the partition with its {@link Item.Shard}.
   */
  static final class AnnotateAndStore implements Function2<Integer, Iterator<Item>, Iterator<Item>> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;

    AnnotateAndStore(Settings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Item> call(Integer partition, Iterator<Item> items) throws IOException {
      PageStages stages = ExecutorModels.stages(settings.nlp(), settings.outlets());
      TaskContext task = TaskContext.get();
      String name = String.format(java.util.Locale.ROOT, "part-%05d-%d", partition, task == null ? 0 : task.taskAttemptId());
      boolean localStaging = InputFile.isLocal(settings.staging());
      Path shardDir = localStaging ? InputFile.localPath(settings.staging()).resolve(name)
          : Files.createTempDirectory("sitrep-shard").resolve(name);
      List<Item> out = new ArrayList<>();
      int stored = 0;
      ArticleStore shard = null;
      try {
        while (items.hasNext()) {
          Item item = items.next();
          if (!(item instanceof Item.Cleaned c)) {
            out.add(item);
            continue;
          }
          CleanDocument doc;
          try {
            doc = SitrepJson.readArticle(new String(c.json(), StandardCharsets.UTF_8)).document();
          } catch (IOException e) {
            out.add(new Item.Failed(c.arrival(), c.id(), "spark-job", Reason.INTERNAL.name(),
                "cleaned article did not read back: " + e.getMessage()));
            continue;
          }
          if (c.copies() > 1) {
            out.add(new Item.Duplicate(c.arrival(), doc.source(), c.copies() - 1));
          }
          ItemResult<PageStages.Annotated> annotated = stages.annotate(doc);
          if (annotated instanceof ItemResult.Failed<PageStages.Annotated> f) {
            out.add(Item.Failed.of(c.arrival(), f));
            continue;
          }
          PageStages.Annotated a = ((ItemResult.Ok<PageStages.Annotated>) annotated).value();
          try {
            if (shard == null) {
              shard = ArticleStore.open(shardDir);
            }
            shard.add(a.article(), a.outlet().country(), c.arrival());
            stored++;
          } catch (IOException | RuntimeException e) {
            out.add(new Item.Failed(c.arrival(), doc.source(), "store", Reason.INTERNAL.name(), "store failed: " + e));
            continue;
          }
          out.add(new Item.Stored(c.arrival(), a.article().id(), ExecutorModels.reprints().signature(a.article().text())));
        }
      } finally {
        if (shard != null) {
          shard.close();
        }
      }
      if (shard != null) {
        String uri = shardDir.toUri().toString();
        if (!localStaging) {
          org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(settings.staging(), name);
          FileSystem fs = target.getFileSystem(settings.configuration());
          fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(shardDir.toUri()), target);
          deleteQuietly(shardDir.getParent());
          uri = target.toString();
        }
        out.add(new Item.Shard(uri, stored, peakHeap()));
      } else {
        out.add(new Item.Shard("", 0, peakHeap()));
      }
      return out.iterator();
    }
  }

  /** The peak heap this JVM has used so far, over all heap pools. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void deleteQuietly(@Nullable Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
