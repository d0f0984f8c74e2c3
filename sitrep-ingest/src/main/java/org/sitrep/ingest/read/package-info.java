/** Detecting input formats and reading files, folders and JSON Lines into raw pages. */
@NullMarked
package org.sitrep.ingest.read;

import org.jspecify.annotations.NullMarked;
