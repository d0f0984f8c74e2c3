/** A polite HTTP fetcher: per-host limits and delay, robots.txt, conditional GET, retries, bounds. */
@NullMarked
package org.sitrep.sources.fetch;

import org.jspecify.annotations.NullMarked;
