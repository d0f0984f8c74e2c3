package org.sitrep.core.model;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page as read from an input, before cleaning.
 *
 * @param source the path or URL it was read from (with a record locator such as {@code file.jsonl#3})
 * @param url canonical URL when the input states one
 * @param type HTML or plain text
 * @param body the page bytes; for text inputs, UTF-8
 * @param charset the charset a transport declared (HTTP header, WARC), or null to detect
 * @param published publication date or date-time (ISO) supplied by a crawler, feed or CLI flag
 * @param outlet outlet name supplied by the input or the user
 * @param fetched when the page was fetched, when known
 */
public record RawPage(
    String source,
    @Nullable String url,
    ContentType type,
    byte[] body,
    @Nullable Charset charset,
    @Nullable String published,
    @Nullable String outlet,
    @Nullable Instant fetched) {

  public RawPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
  }

  /** This page with hints filled in where the page itself has none. */
  public RawPage withDefaults(@Nullable String defaultUrl, @Nullable String defaultPublished,
      @Nullable String defaultOutlet) {
    return new RawPage(source, url != null ? url : defaultUrl, type, body, charset,
        published != null ? published : defaultPublished, outlet != null ? outlet : defaultOutlet,
        fetched);
  }
}
