/** Claims matched across outlets: corroboration, contest and differing figures. */
@NullMarked
package org.sitrep.corpus.claim;

import org.jspecify.annotations.NullMarked;
