package org.sitrep.ingest;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one check every article URL passes at ingest: only an absolute {@code http} or {@code https}
 * URL with a host is kept as an article's link. Anything else an input may carry ({@code
 * javascript:}, {@code data:}, {@code file:}, a relative path, text with spaces or control
 * characters) is not a place a reader can be sent, and a link to it in the UI or a brief could run
 * script, so it is dropped and the article keeps its source name instead.
 */
public final class WebUrl {
  private static final Pattern HTTP = Pattern.compile("(?i)https?://[^/?#\\s\\\\]+([/?#]\\S*)?");

  private WebUrl() {}

  /** {@code url} stripped when it is an absolute http(s) URL, else null. */
  public static @Nullable String httpOrNull(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    for (int i = 0; i < u.length(); i++) {
      if (Character.isISOControl(u.charAt(i))) {
        return null;
      }
    }
    return HTTP.matcher(u).matches() ? u : null;
  }
}
