/** Main-text and metadata extraction benchmarks: shingle overlap, must-include/exclude segments, speed. */
@NullMarked
package org.sitrep.bench.extraction;

import org.jspecify.annotations.NullMarked;
