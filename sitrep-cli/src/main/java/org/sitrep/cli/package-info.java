/** The command line: picocli commands, exit codes 0 ok, 1 some inputs failed, 2 usage. */
@NullMarked
package org.sitrep.cli;

import org.jspecify.annotations.NullMarked;
