package org.sitrep.nlp.parse;

import org.jspecify.annotations.Nullable;

/**
 * One token.
 *
 * @param index 0-based index within its sentence
 * @param begin character offset into the document text (inclusive)
 * @param end character offset into the document text (exclusive)
 * @param ner coarse NER tag ("PERSON", "ORGANIZATION", "DATE", "O", ...)
 * @param normalizedNer SUTime/number normalisation for DATE, TIME, NUMBER, MONEY, PERCENT tokens
 */
public record Token(
    int index, String word, int begin, int end, String pos, String lemma, String ner,
    @Nullable String normalizedNer) {}
