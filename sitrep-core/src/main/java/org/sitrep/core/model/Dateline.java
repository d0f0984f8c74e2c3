package org.sitrep.core.model;

import org.jspecify.annotations.Nullable;

/** The dateline at the head of a story: "Seoul, Dec 29 (NationPress)". */
public record Dateline(@Nullable String place, @Nullable String date) {}
