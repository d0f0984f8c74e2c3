/** JSON reading and writing of the model, in the shapes of the contract. */
@NullMarked
package org.sitrep.json;

import org.jspecify.annotations.NullMarked;
