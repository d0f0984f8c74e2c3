/** Tokenising, stop words and light stemming shared by the corpus analyses. */
@NullMarked
package org.sitrep.corpus.text;

import org.jspecify.annotations.NullMarked;
