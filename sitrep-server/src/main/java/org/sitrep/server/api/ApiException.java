package org.sitrep.server.api;

/**
 * A request the API refuses, with its HTTP status: bad parameters (400) or unknown ids (404). The
 * one exception mapper turns it into problem JSON; anything else thrown by a handler is a 500.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;

  private ApiException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  /** A parameter is missing, malformed or out of range; {@code detail} says which and what was expected. */
  public static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", detail);
  }

  /** No resource has that id. */
  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }

  /**
   * The request names a host this server does not answer for (a DNS-rebinding page, or a proxy
   * sending the wrong {@code Host}): 421 Misdirected Request.
   */
  public static ApiException misdirected(String detail) {
    return new ApiException(421, "Misdirected request", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
