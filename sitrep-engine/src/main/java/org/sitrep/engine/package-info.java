/** The engine: reading, cleaning, NLP, storing and corpus analysis wired once per process. */
@NullMarked
package org.sitrep.engine;

import org.jspecify.annotations.NullMarked;
