/** TempEval-3 Task A: TIMEX3 extent, type and value scored the way the official scorer does. */
@NullMarked
package org.sitrep.bench.tempeval;

import org.jspecify.annotations.NullMarked;
