/** Telling the character encoding of page bytes: detection and checking a declared charset against the bytes. */
@NullMarked
package org.sitrep.ingest.charset;

import org.jspecify.annotations.NullMarked;
