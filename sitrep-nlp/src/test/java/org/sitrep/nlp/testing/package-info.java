/** Helpers that build extractor inputs from real parses in tests. */
@NullMarked
package org.sitrep.nlp.testing;

import org.jspecify.annotations.NullMarked;
