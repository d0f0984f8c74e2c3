/** Chinese named-entity recognition on the MSRA test split (SIGHAN 2006), through the Chinese pack. */
@NullMarked
package org.sitrep.bench.msra;

import org.jspecify.annotations.NullMarked;
