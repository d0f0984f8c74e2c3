/** Figures with their unit nouns, approximation and normalised values. */
@NullMarked
package org.sitrep.nlp.quantity;

import org.jspecify.annotations.NullMarked;
