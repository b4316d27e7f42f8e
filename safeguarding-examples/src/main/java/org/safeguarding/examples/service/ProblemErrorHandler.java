package org.safeguarding.examples.service;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Writes the errors Jetty raises itself (a request it cannot parse, a worker queue that is full, a
 * stop in progress, a failure in a route) as problems, like every other error of the service: never
 * Jetty's HTML page, never the exception or a piece of the request.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    Problem.Kind kind = Problem.Kind.forStatus(code);
    Problem problem = new Problem(kind.type(), kind.title, code, detail(kind), java.util.List.of());
    ApiHandler.writeProblem(problem, response, callback);
  }

  private static String detail(Problem.Kind kind) {
    return switch (kind) {
      case UNAVAILABLE -> "The service is busy or stopping; try again in a moment.";
      case INTERNAL_ERROR -> "The service could not answer this request.";
      case BODY_TOO_LARGE -> "The request is larger than this service's limits.";
      case REQUEST_TIMEOUT -> "The request took too long to arrive.";
      default -> "The request could not be understood as HTTP.";
    };
  }
}
