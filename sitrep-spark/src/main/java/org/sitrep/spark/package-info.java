/**
 * The ingest as an Apache Spark job: the in-process stages run on executors, reprints are found by
 * banded MinHash LSH, and the store is merged from one Lucene shard per partition.
 */
@NullMarked
package org.sitrep.spark;

import org.jspecify.annotations.NullMarked;
