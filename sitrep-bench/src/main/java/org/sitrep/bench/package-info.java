/** Benchmarks: quality and speed of our components measured on external data sets. */
@NullMarked
package org.sitrep.bench;

import org.jspecify.annotations.NullMarked;
