/** Per-country perspectives on a story: quoted speakers, claims carried and omitted, framing and tone. */
@NullMarked
package org.sitrep.corpus.perspective;

import org.jspecify.annotations.NullMarked;
