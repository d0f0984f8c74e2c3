/** Tests of the event extractor. */
@NullMarked
package org.sitrep.nlp.event;

import org.jspecify.annotations.NullMarked;
