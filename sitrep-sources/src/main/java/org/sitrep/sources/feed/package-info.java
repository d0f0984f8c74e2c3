/** RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds read into items and pages, on Rome. */
@NullMarked
package org.sitrep.sources.feed;

import org.jspecify.annotations.NullMarked;
