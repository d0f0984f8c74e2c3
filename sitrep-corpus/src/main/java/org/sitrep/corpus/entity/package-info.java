/** Entity resolution across articles: one entity per real-world referent. */
@NullMarked
package org.sitrep.corpus.entity;

import org.jspecify.annotations.NullMarked;
