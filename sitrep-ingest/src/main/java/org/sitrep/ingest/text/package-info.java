/** Boilerplate removal for plain-text page dumps, by line classification around the densest block of prose. */
@NullMarked
package org.sitrep.ingest.text;

import org.jspecify.annotations.NullMarked;
