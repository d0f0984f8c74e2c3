/** Near-duplicate detection (MinHash with LSH banding) and credits: copies grouped into origins. */
@NullMarked
package org.sitrep.corpus.reprint;

import org.jspecify.annotations.NullMarked;
