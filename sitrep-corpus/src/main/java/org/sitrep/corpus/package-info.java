/** Cross-article analysis: reprints, stories, entities across articles, timeline, claims, perspectives. */
@NullMarked
package org.sitrep.corpus;

import org.jspecify.annotations.NullMarked;
