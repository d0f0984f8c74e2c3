/** The story-clustering benchmark on the News and News-T title streams (MStream, KDD 2018). */
@NullMarked
package org.sitrep.bench.clustering;

import org.jspecify.annotations.NullMarked;
