/** Attributed claims, their claimants and status. */
@NullMarked
package org.sitrep.nlp.claim;

import org.jspecify.annotations.NullMarked;
