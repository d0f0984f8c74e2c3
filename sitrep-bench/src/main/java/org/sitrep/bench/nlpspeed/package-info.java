/** Speed of the per-article NLP pipeline: articles and words per second of one core, warm. */
@NullMarked
package org.sitrep.bench.nlpspeed;

import org.jspecify.annotations.NullMarked;
