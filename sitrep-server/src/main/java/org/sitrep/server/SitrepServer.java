package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Objects;
import org.sitrep.core.corpus.Corpus;
import org.sitrep.core.corpus.InvalidQueryException;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.api.ApiException;
import org.sitrep.server.api.ApiRoutes;
import org.sitrep.server.api.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sitrep HTTP server: the JSON API under {@code /api/} and the web UI (static files from the
 * classpath folder {@code /web}) at {@code /}, over one read-only corpus. Every error leaves through
 * one exception mapper as problem JSON: 400 for bad parameters and search queries, 404 for unknown
 * ids and paths, 421 for a {@code Host} the server does not answer for (see {@link HostCheck}), 500
 * only for internal errors; Jetty's own refusals (400, 414, 431) are problem JSON too. Every answer
 * carries a Content-Security-Policy and {@code X-Content-Type-Options: nosniff}.
 */
public final class SitrepServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);

  private final Javalin app;

  private SitrepServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts a server.
   *
   * @param host the address to bind ({@code 127.0.0.1} keeps it on loopback)
   * @param port the port, or 0 for a free one (see {@link #port()})
   */
  public static SitrepServer start(Corpus corpus, String host, int port) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0,65535], got " + port);
    }
    ApiRoutes api = new ApiRoutes(corpus);
    HostCheck hosts = new HostCheck(host);
    Javalin app = Javalin.create(config -> {
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> {
        ProblemErrorHandler.SecurityHeaders.FIELDS.forEach(f -> ctx.header(f.getName(), f.getValue()));
        String requested = ctx.header("Host");
        if (!hosts.allows(requested)) {
          throw ApiException.misdirected("this server does not answer for host '" + requested
              + "'; use an IP address, localhost or one of " + new java.util.TreeSet<>(hosts.names()));
        }
      });
      api.register(config.routes);
      config.routes.exception(Exception.class, SitrepServer::problem);
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || !isProblem(ctx)) {
          write(ctx, Problem.of(404, "Not found", "no resource at " + ctx.path(), ctx.path()));
        }
      });
    });
    app.start(host, port);
    return new SitrepServer(app);
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void problem(Exception e, Context ctx) {
    Problem problem;
    if (e instanceof ApiException api) {
      problem = Problem.of(api.status(), api.title(), api.getMessage(), ctx.path());
    } else if (e instanceof InvalidQueryException bad) {
      problem = Problem.of(400, "Bad request", bad.getMessage(), ctx.path());
    } else if (e instanceof HttpResponseException http) {
      problem = Problem.of(http.getStatus(), reason(http.getStatus()), http.getMessage(), ctx.path());
    } else {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      problem = Problem.of(500, "Internal error",
          "the server failed on this request: " + e.getClass().getSimpleName(), ctx.path());
    }
    write(ctx, problem);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      default -> "HTTP " + status;
    };
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(Problem.MEDIA_TYPE);
  }

  private static void write(Context ctx, Problem problem) {
    try {
      ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE)
          .result(SitrepJson.mapper().writeValueAsBytes(problem));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("server: cannot write problem JSON", e);
    }
  }
}
