/** Benchmark of the repair of words split by scraping, on clean article text. */
@NullMarked
package org.sitrep.bench.repair;

import org.jspecify.annotations.NullMarked;
