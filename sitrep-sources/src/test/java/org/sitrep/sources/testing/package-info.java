/** Test helpers: a real HTTP server on loopback. */
@NullMarked
package org.sitrep.sources.testing;

import org.jspecify.annotations.NullMarked;
