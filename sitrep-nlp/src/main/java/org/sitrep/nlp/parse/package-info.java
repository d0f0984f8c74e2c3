/** A typed view of CoreNLP's analysis: sentences, tokens with offsets, tags, dependencies and raw time expressions. */
@NullMarked
package org.sitrep.nlp.parse;

import org.jspecify.annotations.NullMarked;
