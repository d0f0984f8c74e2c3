/** Main-text and metadata extraction from HTML pages, on jsoup's DOM. */
@NullMarked
package org.sitrep.ingest.html;

import org.jspecify.annotations.NullMarked;
