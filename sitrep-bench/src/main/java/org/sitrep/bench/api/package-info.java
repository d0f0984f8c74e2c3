/** The API benchmark: requests per second and latency of search and story pages on loopback. */
@NullMarked
package org.sitrep.bench.api;

import org.jspecify.annotations.NullMarked;
