package org.sitrep.sources.feed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed as read.
 *
 * @param kind the wire format Rome recognised ({@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}…)
 * @param title the feed's title
 * @param link the site the feed belongs to
 * @param items entries in feed order
 */
public record ParsedFeed(String kind, @Nullable String title, @Nullable String link, List<FeedItem> items) {
  public ParsedFeed {
    items = List.copyOf(items);
  }
}
