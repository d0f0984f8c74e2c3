/** Events merged across articles into one dated timeline. */
@NullMarked
package org.sitrep.corpus.timeline;

import org.jspecify.annotations.NullMarked;
