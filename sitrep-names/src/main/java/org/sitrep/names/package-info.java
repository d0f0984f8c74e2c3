/**
 * One identity across scripts: the canonical English name of a name written in Chinese, Cyrillic or
 * Hangul, from CLDR country names, CC-CEDICT and ICU transliteration, each answer naming its resource.
 */
@NullMarked
package org.sitrep.names;

import org.jspecify.annotations.NullMarked;
