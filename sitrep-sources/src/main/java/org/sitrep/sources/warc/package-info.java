/** WARC archives (plain and gzip) streamed record by record into pages, on jwarc. */
@NullMarked
package org.sitrep.sources.warc;

import org.jspecify.annotations.NullMarked;
