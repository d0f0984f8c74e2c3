/** Online, time-aware clustering of articles into stories. */
@NullMarked
package org.sitrep.corpus.story;

import org.jspecify.annotations.NullMarked;
