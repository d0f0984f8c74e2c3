/** The Spark job benchmark (speed, scaling, overhead, equivalence with ingest) and the job's local launcher. */
@NullMarked
package org.sitrep.bench.spark;

import org.jspecify.annotations.NullMarked;
