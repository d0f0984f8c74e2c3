/** The embedded article store: a versioned Lucene index with full-text search, facets, vectors and the persisted corpus snapshot. */
@NullMarked
package org.sitrep.store;

import org.jspecify.annotations.NullMarked;
