package org.safeguarding.examples.service;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers every request: finds its route (404, 405), lets a browser from an allowed origin in
 * (CORS), asks for the token where the route needs it (401), refuses a body declared over the limit
 * before reading it (413), then hands the request to its endpoint and writes the answer or the
 * problem. Runs on a worker: reading the body blocks, within the read timeout.
 */
final class ApiHandler extends Handler.Abstract {

  private final Endpoints endpoints;
  private final ServiceSettings settings;

  ApiHandler(Endpoints endpoints, ServiceSettings settings) {
    this.endpoints = endpoints;
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Objects.requireNonNullElse(request.getHttpURI().getPath(), "");
    String method = request.getMethod();
    HttpFields headers = request.getHeaders();
    HttpFields.Mutable answer = response.getHeaders();
    @Nullable String origin = headers.get(HttpHeader.ORIGIN);
    boolean allowedOrigin = origin != null && settings.allowOrigins().contains(origin);
    if (allowedOrigin) {
      answer.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      answer.add(HttpHeader.VARY, "Origin");
    }
    try {
      List<Route> routes = Route.at(path);
      if (routes.isEmpty()) {
        throw new Problem.Raised(
            Problem.of(
                Problem.Kind.NOT_FOUND,
                "Nothing is at this path; GET /openapi.json lists every route."));
      }
      String allow = routes.stream().map(Route::method).collect(Collectors.joining(", "));
      if (allowedOrigin
          && method.equals("OPTIONS")
          && headers.get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
        preflight(allow, answer, response, callback);
        return true;
      }
      Route route = Route.find(method, path);
      if (route == null) {
        throw new Problem.Raised(
            Problem.of(Problem.Kind.METHOD_NOT_ALLOWED, "This path takes " + allow + " only."),
            allow);
      }
      BearerToken token = settings.token();
      if (route.needsToken()
          && token != null
          && !token.admits(headers.get(HttpHeader.AUTHORIZATION))) {
        // No hint of what was wrong: a missing header, another scheme and a wrong token are one.
        answer.put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"safeguarding\"");
        throw new Problem.Raised(
            Problem.of(
                Problem.Kind.UNAUTHORIZED,
                "This service needs a valid bearer token: Authorization: Bearer TOKEN."));
      }
      long declared = headers.getLongField(HttpHeader.CONTENT_LENGTH);
      if (declared > settings.maxBody()) {
        throw Endpoints.tooLarge(settings.maxBody());
      }
      write(endpoints.answer(route, new JettyCall(request, path)), response, callback);
    } catch (Problem.Raised raised) {
      if (raised.allow != null) {
        answer.put(HttpHeader.ALLOW, raised.allow);
      }
      int status = raised.problem.status();
      if (status == 413 || status == 408) {
        // The rest of the body is not read: the connection cannot carry another request.
        answer.put(HttpHeader.CONNECTION, "close");
      }
      writeProblem(raised.problem, response, callback);
    }
    return true;
  }

  private static void preflight(
      String allow, HttpFields.Mutable answer, Response response, Callback callback) {
    answer.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, allow);
    answer.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type, Accept");
    answer.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    response.setStatus(204);
    callback.succeeded();
  }

  private static void write(Answer answer, Response response, Callback callback) {
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.mediaType());
    if (answer.mediaType().startsWith("text/html")) {
      // A report is a self-contained page: its own styles, no scripts, nothing fetched.
      headers.put(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    }
    send(answer.body(), response, callback);
  }

  static void writeProblem(Problem problem, Response response, Callback callback) {
    response.setStatus(problem.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    if (problem.status() == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    send(problem.toJson(), response, callback);
  }

  private static void send(byte[] body, Response response, Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** A request as the endpoints see it. */
  private final class JettyCall implements Endpoints.Call {
    private final Request request;
    private final String path;

    JettyCall(Request request, String path) {
      this.request = request;
      this.path = path;
    }

    @Override
    public @Nullable String header(String name) {
      return request.getHeaders().get(name);
    }

    @Override
    public InputStream body() {
      long deadline =
          request.getBeginNanoTime()
              + TimeUnit.MILLISECONDS.toNanos(settings.readTimeout().toMillis());
      return new RequestBody(Content.Source.asInputStream(request), settings.maxBody(), deadline);
    }

    @Override
    public String path() {
      return path;
    }
  }
}
