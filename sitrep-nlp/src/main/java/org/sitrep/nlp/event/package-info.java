/** Events: who did what to whom, when and where, from the dependency parse. */
@NullMarked
package org.sitrep.nlp.event;

import org.jspecify.annotations.NullMarked;
