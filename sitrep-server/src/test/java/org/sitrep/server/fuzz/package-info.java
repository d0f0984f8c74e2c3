/** Fuzz targets for the HTTP API's parameters. */
@NullMarked
package org.sitrep.server.fuzz;

import org.jspecify.annotations.NullMarked;
