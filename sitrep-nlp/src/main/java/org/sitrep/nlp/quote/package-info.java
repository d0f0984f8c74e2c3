/** Quotations and their speakers, people and organisations alike. */
@NullMarked
package org.sitrep.nlp.quote;

import org.jspecify.annotations.NullMarked;
