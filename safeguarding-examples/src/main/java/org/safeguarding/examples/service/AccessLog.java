package org.safeguarding.examples.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request: when it ended, the method, the route, the status, the bytes of the answer
 * and the milliseconds it took, such as {@code 2026-12-06T09:00:00.123Z POST /v1/assessments 200
 * 5123 2}. Never a body, a header's value or anything from a plan: the route is logged as the
 * service names it (an unknown path as {@code -}), so a path that carries someone's name leaves no
 * trace of it.
 */
final class AccessLog implements RequestLog {

  private final Consumer<String> out;

  AccessLog(Consumer<String> out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void log(Request request, Response response) {
    String path = Objects.requireNonNullElse(request.getHttpURI().getPath(), "");
    List<Route> routes = Route.at(path);
    String route = routes.isEmpty() ? "-" : routes.get(0).path();
    String method = known(request.getMethod());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
    String line =
        Instant.now().truncatedTo(ChronoUnit.MILLIS)
            + " "
            + method
            + " "
            + route
            + " "
            + response.getStatus()
            + " "
            + Response.getContentBytesWritten(response)
            + " "
            + millis;
    out.accept(line);
  }

  /** A method is logged when it is one HTTP defines; anything else a client sent is not. */
  private static String known(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH" -> method;
      default -> "-";
    };
  }
}
