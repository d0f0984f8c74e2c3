package org.sitrep.server.api;

import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document ({@code application/problem+json}).
 *
 * @param type a URI naming the problem kind (relative to the API)
 * @param instance the request path that failed
 */
public record Problem(String type, String title, int status, String detail, @Nullable String instance) {
  /** The media type problem documents are served with. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem whose type is derived from the status: {@code /problems/bad-request} and so on. */
  public static Problem of(int status, String title, String detail, @Nullable String instance) {
    String slug = switch (status) {
      case 400 -> "bad-request";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 414 -> "uri-too-long";
      case 421 -> "misdirected-request";
      case 431 -> "header-fields-too-large";
      case 500 -> "internal-error";
      default -> "http-" + status;
    };
    return new Problem("/problems/" + slug, title, status, detail, instance);
  }
}
