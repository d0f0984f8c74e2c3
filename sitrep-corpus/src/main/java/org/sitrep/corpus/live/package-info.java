/**
 * The incremental corpus: reprint groups, corpus entities and stories updated batch by batch as
 * articles arrive, kept as records in the store, and the cross-article views of one story computed
 * from its articles when read.
 */
@NullMarked
package org.sitrep.corpus.live;

import org.jspecify.annotations.NullMarked;
