/** The HTTP server: the JSON API under /api/ and the web UI at /, over a read-only corpus. */
@NullMarked
package org.sitrep.server;

import org.jspecify.annotations.NullMarked;
