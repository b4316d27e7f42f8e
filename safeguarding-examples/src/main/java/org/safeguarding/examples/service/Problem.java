package org.safeguarding.examples.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.PlanProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer that is not the one asked for, as {@code application/problem+json} (RFC 9457): a {@code
 * type} naming the kind of problem, its {@code title}, the HTTP {@code status}, a {@code detail} in
 * words and, for invalid input, {@code errors}: every problem of every document in the request with
 * its JSON path. Nothing from the request is repeated in it but the paths the reader names, so a
 * problem never echoes a child's details or a stack trace.
 *
 * @param type the kind of problem, a URI reference relative to the service
 * @param title the kind in words, the same for every problem of the kind
 * @param status the HTTP status
 * @param detail what happened this time, in words
 * @param errors for invalid input, each problem found; empty otherwise
 */
public record Problem(
    String type, String title, int status, String detail, List<InputError> errors) {

  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The reader names the place of a fault in the text it read, which for a part is a copy. */
  private static final Pattern PLACE = Pattern.compile(" \\(line \\d+, column \\d+\\)$");

  /**
   * Checks the problem.
   *
   * @param type the kind of problem
   * @param title the kind in words
   * @param status the HTTP status
   * @param detail what happened this time
   * @param errors for invalid input, each problem found
   */
  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
  }

  /**
   * One problem of one document in a request.
   *
   * @param document the document, in words: {@code session plan}, {@code room}, {@code incident},
   *     {@code person} or, for the request's own envelope, {@code request}
   * @param path the JSON path of the value in the request's body, such as {@code
   *     $.plan.participants[0].age}
   * @param message what is wrong with it
   */
  public record InputError(String document, String path, String message) {

    /**
     * A problem the reader found in a document at {@code prefix} of the body.
     *
     * @param document the document, in words
     * @param prefix the path of the document in the body: {@code $} when it is the body
     * @param problem the reader's problem, with its path in the document
     * @return the problem with its path in the body
     */
    static InputError of(String document, String prefix, PlanProblem problem) {
      String path = problem.path();
      String inBody = prefix.equals("$") ? path : prefix + path.substring(1);
      String message =
          prefix.equals("$") ? problem.message() : PLACE.matcher(problem.message()).replaceAll("");
      return new InputError(document, inBody, message);
    }
  }

  /** {@return a problem of a kind with no more to it than its status} */
  static Problem of(Kind kind, String detail) {
    return new Problem(kind.type(), kind.title, kind.status, detail, List.of());
  }

  /** {@return the problem for invalid input, with every problem found} */
  static Problem invalid(List<InputError> errors) {
    int count = errors.size();
    String detail =
        (count == 1 ? "The request has 1 problem" : "The request has " + count + " problems")
            + ", listed in errors with the JSON path of each.";
    return new Problem(Kind.INVALID_INPUT.type(), Kind.INVALID_INPUT.title, 400, detail, errors);
  }

  /** The kinds of problem the service gives, each documented in docs/http-api.md. */
  enum Kind {
    INVALID_INPUT("invalid-input", "Invalid input", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    REQUEST_TIMEOUT("request-timeout", "Request timeout", 408),
    BODY_TOO_LARGE("body-too-large", "Body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private final String slug;
    final String title;
    final int status;

    Kind(String slug, String title, int status) {
      this.slug = slug;
      this.title = title;
      this.status = status;
    }

    String type() {
      return "/problems/" + slug;
    }

    /** {@return the kind Jetty's own refusals of a status are given as} */
    static Kind forStatus(int status) {
      for (Kind kind : values()) {
        if (kind.status == status && kind != INVALID_INPUT) {
          return kind;
        }
      }
      return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
  }

  /** {@return the problem as JSON, UTF-8} */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 128 * errors.size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("type", type);
      json.writeStringProperty("title", title);
      json.writeNumberProperty("status", status);
      json.writeStringProperty("detail", detail);
      if (!errors.isEmpty()) {
        json.writeArrayPropertyStart("errors");
        for (InputError error : errors) {
          json.writeStartObject();
          json.writeStringProperty("document", error.document());
          json.writeStringProperty("path", error.path());
          json.writeStringProperty("message", error.message());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return new String(toJson(), StandardCharsets.UTF_8).strip();
  }

  /** A problem raised where it is found and answered where the request is. */
  static final class Raised extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it lives for one request
    final Problem problem;

    @SuppressWarnings("serial")
    final @Nullable String allow;

    Raised(Problem problem) {
      this(problem, null);
    }

    Raised(Problem problem, @Nullable String allow) {
      super(problem.title(), null, false, false);
      this.problem = problem;
      this.allow = allow;
    }
  }
}
