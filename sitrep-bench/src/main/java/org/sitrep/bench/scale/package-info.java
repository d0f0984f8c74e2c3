/** The scale benchmark: the corpus update's cost per added article, memory and API latency by store size. */
@NullMarked
package org.sitrep.bench.scale;

import org.jspecify.annotations.NullMarked;
