/** The stage SPI: typed processing steps, their context, per-item errors and batch reports. */
@NullMarked
package org.sitrep.core.stage;

import org.jspecify.annotations.NullMarked;
