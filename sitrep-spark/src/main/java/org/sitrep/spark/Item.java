package org.sitrep.spark;

import java.io.Serializable;
import java.util.Objects;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/**
 * What moves between the stages of the job, one per input record. Sitrep's model records are not
 * {@link Serializable}, so an article travels as its own JSON ({@code sitrep-json}); everything else
 * here is plain values. Every item carries its arrival number: input order (file listing order, then
 * record order in the file), kept as the store's arrival order.
 */
sealed interface Item extends Serializable permits Item.Cleaned, Item.Failed, Item.Duplicate, Item.Stored, Item.Shard {
  /** The arrival number, or -1 for a {@link Shard}. */
  long arrival();

  /**
   * A cleaned article without annotations, as Sitrep JSON, waiting for the NLP half.
   *
   * @param copies how many input records cleaned to this id in this job (the later ones are duplicates)
   */
  record Cleaned(long arrival, String id, byte[] json, int copies) implements Item {
    public Cleaned {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(json, "json");
    }

    /** The earlier of two copies of one article, counting both. */
    Cleaned merge(Cleaned other) {
      Cleaned first = arrival <= other.arrival ? this : other;
      return new Cleaned(first.arrival, first.id, first.json, copies + other.copies);
    }
  }

  /** One record that failed, as ingest reports it. */
  record Failed(long arrival, String source, String stage, String reason, String message) implements Item {
    static Failed of(long arrival, ItemResult.Failed<?> f) {
      return new Failed(arrival, f.source(), f.stage(), f.reason().name(), f.message());
    }

    ItemResult.Failed<Object> result() {
      return new ItemResult.Failed<>(source, stage, Reason.valueOf(reason), message);
    }
  }

  /**
   * Records whose article is stored already: by the store before the job, or as an earlier record of
   * this job ({@code count} later copies of one article).
   */
  record Duplicate(long arrival, String source, int count) implements Item {}

  /**
   * An article written to its partition's shard.
   *
   * @param signature its MinHash signature ({@link org.sitrep.corpus.reprint.ReprintDetector#signature})
   */
  record Stored(long arrival, String id, long[] signature) implements Item {}

  /**
   * The shard one partition wrote, with its article count and the peak heap its executor JVM had
   * used when the partition ended; last item of the partition.
   */
  record Shard(String uri, int articles, long peakHeapBytes) implements Item {
    @Override
    public long arrival() {
      return -1;
    }
  }
}
