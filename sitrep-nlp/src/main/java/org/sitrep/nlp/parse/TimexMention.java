package org.sitrep.nlp.parse;

/**
 * A time expression as SUTime found and normalised it, before our own anchoring.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value TIMEX3 value as SUTime gave it
 */
public record TimexMention(String text, int begin, int end, String type, String value) {}
