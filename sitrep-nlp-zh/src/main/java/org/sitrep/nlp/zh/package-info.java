/**
 * The Chinese language pack: CoreNLP's Chinese segmenter, part-of-speech tagger and NER underneath,
 * our own readers of Chinese news for quotes, claims, figures, times, datelines and events, and
 * canonical English names from {@link org.sitrep.names.NameResolver}.
 */
@NullMarked
package org.sitrep.nlp.zh;

import org.jspecify.annotations.NullMarked;
