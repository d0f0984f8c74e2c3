package org.sitrep.core.corpus;

import org.jspecify.annotations.Nullable;

/** One search result, with a highlighted snippet. */
public record SearchHit(
    String article, @Nullable String title, @Nullable String outlet, @Nullable String published,
    double score, String snippet) {}
