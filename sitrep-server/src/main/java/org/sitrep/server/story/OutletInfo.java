package org.sitrep.server.story;

import org.jspecify.annotations.Nullable;

/**
 * An outlet that covers a story.
 *
 * @param country ISO 3166-1 alpha-2 code, or null when unknown
 * @param kind the outlet kind in lower case ("wire", "state_affiliated", ...)
 * @param articles how many of the story's articles it published
 */
public record OutletInfo(String name, @Nullable String country, String kind, int articles) {}
