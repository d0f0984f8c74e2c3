/**
 * Language packs: the per-article NLP of one language behind one interface, found by {@link
 * java.util.ServiceLoader} under the language's ISO 639-1 code and loaded on first use.
 */
@NullMarked
package org.sitrep.nlp.pack;

import org.jspecify.annotations.NullMarked;
