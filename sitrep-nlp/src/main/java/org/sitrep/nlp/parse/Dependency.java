package org.sitrep.nlp.parse;

/**
 * A basic Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {}
