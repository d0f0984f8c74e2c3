/** Reading inputs and turning raw pages into clean, described articles. */
@NullMarked
package org.sitrep.ingest;

import org.jspecify.annotations.NullMarked;
