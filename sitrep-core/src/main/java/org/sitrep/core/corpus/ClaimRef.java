package org.sitrep.core.corpus;

/** A pointer to a corpus claim, with its text for readers. */
public record ClaimRef(String id, String text) {}
