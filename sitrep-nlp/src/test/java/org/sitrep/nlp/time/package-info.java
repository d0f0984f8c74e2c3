/** Tests of time normalisation. */
@NullMarked
package org.sitrep.nlp.time;

import org.jspecify.annotations.NullMarked;
