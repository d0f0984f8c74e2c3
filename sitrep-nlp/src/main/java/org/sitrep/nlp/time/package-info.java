/** Time expressions normalised against the article's date. */
@NullMarked
package org.sitrep.nlp.time;

import org.jspecify.annotations.NullMarked;
