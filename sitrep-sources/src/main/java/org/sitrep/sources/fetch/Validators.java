package org.sitrep.sources.fetch;

import org.jspecify.annotations.Nullable;

/**
 * The validators of an earlier response, sent back for a conditional GET.
 *
 * @param etag the ETag header, sent as If-None-Match
 * @param lastModified the Last-Modified header, sent as If-Modified-Since
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
