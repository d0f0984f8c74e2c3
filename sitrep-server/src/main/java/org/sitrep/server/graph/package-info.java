/** The actor graph of a story: entities as nodes, typed edges from events, quotes and denials, each citing its sentence. */
@NullMarked
package org.sitrep.server.graph;

import org.jspecify.annotations.NullMarked;
