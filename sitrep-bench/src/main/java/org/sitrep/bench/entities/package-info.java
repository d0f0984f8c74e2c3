/**
 * The entity benchmark: how many of CoreNLP's person, organisation and place names the entity
 * extractor keeps on news texts without gold, and why it drops the others.
 */
@NullMarked
package org.sitrep.bench.entities;

import org.jspecify.annotations.NullMarked;
