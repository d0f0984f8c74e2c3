/** Entities, quotes, claims, figures, times and events, on CoreNLP underneath. */
@NullMarked
package org.sitrep.nlp;

import org.jspecify.annotations.NullMarked;
