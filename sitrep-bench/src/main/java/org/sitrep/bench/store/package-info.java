/** The store benchmark: ingest throughput, size on disk and search latency on a generated corpus. */
@NullMarked
package org.sitrep.bench.store;

import org.jspecify.annotations.NullMarked;
