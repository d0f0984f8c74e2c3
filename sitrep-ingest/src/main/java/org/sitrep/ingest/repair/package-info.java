/** Repair of scraping damage: split words, line-break hyphenation and mojibake. */
@NullMarked
package org.sitrep.ingest.repair;

import org.jspecify.annotations.NullMarked;
