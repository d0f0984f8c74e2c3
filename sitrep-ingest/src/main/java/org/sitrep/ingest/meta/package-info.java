/** Article metadata read from text: title, byline, dates, dateline, credits, outlet and language. */
@NullMarked
package org.sitrep.ingest.meta;

import org.jspecify.annotations.NullMarked;
