package org.sitrep.sources.feed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a feed.
 *
 * @param link the article's URL, when the entry gives one
 * @param guid the entry's own id (RSS guid, Atom id), when given
 * @param title headline
 * @param published publication (or, failing that, update) time as an ISO instant
 * @param authors author names
 * @param content the entry's HTML (content:encoded, Atom content, else the description), or null
 * @param contentChars how many characters of text the content holds once markup is removed
 * @param fullText whether the content is long enough to stand for the article itself
 */
public record FeedItem(
    @Nullable String link,
    @Nullable String guid,
    @Nullable String title,
    @Nullable String published,
    List<String> authors,
    @Nullable String content,
    int contentChars,
    boolean fullText) {
  public FeedItem {
    authors = List.copyOf(authors);
  }

  /** What identifies this item across polls: its link, else its guid, else its title. */
  public @Nullable String key() {
    if (link != null) {
      return link;
    }
    if (guid != null) {
      return guid;
    }
    return title;
  }
}
