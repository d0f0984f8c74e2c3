/** The sources benchmark: WARC streaming throughput and memory, and polling of many feeds on loopback. */
@NullMarked
package org.sitrep.bench.sources;

import org.jspecify.annotations.NullMarked;
