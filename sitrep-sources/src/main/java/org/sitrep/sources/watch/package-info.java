/** The watcher: sources file, persistent state, scheduled polls and the page sink. */
@NullMarked
package org.sitrep.sources.watch;

import org.jspecify.annotations.NullMarked;
