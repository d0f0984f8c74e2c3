/** Quality and speed benchmarks against published data sets. */
@NullMarked
package org.sitrep.bench;

import org.jspecify.annotations.NullMarked;
