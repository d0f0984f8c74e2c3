package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.api.Problem;

/**
 * The errors Jetty answers itself, before a request reaches the API (a malformed request line, a
 * URI or headers too long, a bad path): problem JSON like every other error, with the same
 * security headers, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    String detail = message == null ? HttpStatus.getMessage(status) : message.toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    SecurityHeaders.FIELDS.forEach(f -> response.getHeaders().put(f));
    String path = request.getHttpURI().getPath();
    // Jetty names a request it could not parse "/badMessage": there is no real path to cite
    response.write(true, ByteBuffer.wrap(body(status, detail, "/badMessage".equals(path) ? null : path)), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    SecurityHeaders.FIELDS.forEach(fields::put);
    String detail = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return ByteBuffer.wrap(body(status, detail, null));
  }

  private static byte[] body(int status, String detail, String path) {
    Problem problem = Problem.of(status, HttpStatus.getMessage(status), "the request was refused: " + detail, path);
    try {
      return SitrepJson.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("server: cannot write problem JSON", e);
    }
  }

  /** The headers every answer carries. */
  static final class SecurityHeaders {
    /** Scripts, styles and images from this server only; no framing, no plugins, no MIME sniffing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
        + " frame-ancestors 'none'; form-action 'self'";
    static final java.util.List<HttpField> FIELDS = java.util.List.of(
        new HttpField("Content-Security-Policy", CSP),
        new HttpField("X-Content-Type-Options", "nosniff"),
        new HttpField("Referrer-Policy", "no-referrer"),
        new HttpField("X-Frame-Options", "DENY"));

    private SecurityHeaders() {}
  }
}
