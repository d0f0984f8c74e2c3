/** Entity recognition on top of CoreNLP NER: canonical names, aliases, gazetteers. */
@NullMarked
package org.sitrep.nlp.entity;

import org.jspecify.annotations.NullMarked;
