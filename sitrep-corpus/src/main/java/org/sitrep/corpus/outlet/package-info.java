/** Outlets: a curated registry with country and kind, extended by a user file, with inference for the unknown. */
@NullMarked
package org.sitrep.corpus.outlet;

import org.jspecify.annotations.NullMarked;
