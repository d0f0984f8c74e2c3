/** Corpus-level views (stories, entities, timeline, claims, perspectives) and the read/write seams of the store. */
@NullMarked
package org.sitrep.core.corpus;

import org.jspecify.annotations.NullMarked;
