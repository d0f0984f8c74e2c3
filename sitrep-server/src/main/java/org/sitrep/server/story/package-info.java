/** A story's material gathered from the corpus: its articles, outlets by country and quotes with speakers. */
@NullMarked
package org.sitrep.server.story;

import org.jspecify.annotations.NullMarked;
