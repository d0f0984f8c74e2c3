/** The PolNeAR quotation benchmark: quote detection and speaker attribution against brat gold. */
@NullMarked
package org.sitrep.bench.polnear;

import org.jspecify.annotations.NullMarked;
