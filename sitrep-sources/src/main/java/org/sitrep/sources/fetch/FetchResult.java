package org.sitrep.sources.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.stage.Reason;

/** What fetching one URL gave. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {
  /** The URL asked for. */
  URI uri();

  /**
   * A 200 response.
   *
   * @param finalUri where the redirects (if any) ended
   * @param contentType the Content-Type header, or null
   * @param charset the charset the Content-Type header names, or null
   * @param body the body, gzip already decoded
   * @param validators ETag and Last-Modified for the next conditional GET
   */
  record Fetched(URI uri, URI finalUri, @Nullable String contentType, @Nullable Charset charset, byte[] body,
      Validators validators, Instant fetchedAt) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(finalUri, "finalUri");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(validators, "validators");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
  }

  /** A 304: nothing changed since the validators sent. */
  record NotModified(URI uri) implements FetchResult {}

  /**
   * No usable response.
   *
   * @param reason the failure class
   * @param message one line: what happened, with the status or the error
   * @param retryLater true when a later poll may succeed (5xx, timeouts, robots.txt unreachable)
   */
  record Failed(URI uri, Reason reason, String message, boolean retryLater) implements FetchResult {
    public Failed {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }
}
