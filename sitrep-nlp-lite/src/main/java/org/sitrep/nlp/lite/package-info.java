/**
 * Language packs for languages without a parser of their own (Korean, Russian): entities through the
 * cross-lingual name layer and CLDR's localized names, times normalised against the publication date.
 */
@NullMarked
package org.sitrep.nlp.lite;

import org.jspecify.annotations.NullMarked;
