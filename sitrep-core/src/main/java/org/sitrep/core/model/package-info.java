/** The article model: immutable records that mirror the JSON contract, from raw page to annotated article. */
@NullMarked
package org.sitrep.core.model;

import org.jspecify.annotations.NullMarked;
