/** Tests of the quantity extractor. */
@NullMarked
package org.sitrep.nlp.quantity;

import org.jspecify.annotations.NullMarked;
