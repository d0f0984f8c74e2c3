/** Helpers for bounded reading; not API. */
@NullMarked
package org.sitrep.sources.internal;

import org.jspecify.annotations.NullMarked;
