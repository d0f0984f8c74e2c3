/** The service interface through which modules add input formats (feeds, WARC) to the input reader. */
@NullMarked
package org.sitrep.ingest.read.spi;

import org.jspecify.annotations.NullMarked;
