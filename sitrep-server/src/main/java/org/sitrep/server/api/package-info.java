/** The JSON API: routes, strict parameter parsing and problem-JSON errors (RFC 9457). */
@NullMarked
package org.sitrep.server.api;

import org.jspecify.annotations.NullMarked;
