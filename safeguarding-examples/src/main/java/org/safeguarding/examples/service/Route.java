package org.safeguarding.examples.service;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every route the service answers, by method and path; {@code GET /openapi.json} describes the same
 * set, and a test holds the two together.
 */
public enum Route {
  /** Assesses a plan. */
  ASSESSMENTS("POST", "/v1/assessments", true),
  /** Judges a person at the waiting room. */
  ADMISSIONS("POST", "/v1/admissions", true),
  /** Works out what must happen after an incident. */
  RESPONSES("POST", "/v1/responses", true),
  /** The rule catalogue. */
  RULES("GET", "/v1/rules", true),
  /** The rulebook the service judges by. */
  RULEBOOK("GET", "/v1/rulebook", true),
  /** The JSON Schema of a document. */
  SCHEMAS("GET", "/v1/schemas/{document}", true),
  /** This service described in OpenAPI 3.1. */
  OPENAPI("GET", "/openapi.json", false),
  /** Whether the process is alive. */
  HEALTH("GET", "/healthz", false),
  /** Whether the service takes requests. */
  READY("GET", "/readyz", false);

  private static final String PARAMETER = "{document}";

  private final String method;
  private final String path;
  private final boolean needsToken;

  Route(String method, String path, boolean needsToken) {
    this.method = method;
    this.path = path;
    this.needsToken = needsToken;
  }

  /** {@return the method, such as {@code POST}} */
  public String method() {
    return method;
  }

  /** {@return the path, with {@code {document}} where the route takes a name} */
  public String path() {
    return path;
  }

  /** {@return whether a call must carry the bearer token, when the service has one} */
  public boolean needsToken() {
    return needsToken;
  }

  /**
   * The routes at a path, whatever their method.
   *
   * @param requested the request's path, as sent
   * @return the routes, empty when none is there
   */
  static List<Route> at(String requested) {
    List<Route> found = new ArrayList<>(1);
    for (Route route : values()) {
      if (route.matches(requested)) {
        found.add(route);
      }
    }
    return found;
  }

  /**
   * The route a request is for, by method and path.
   *
   * @return the route, or null when no route has this method at this path
   */
  static @Nullable Route find(String method, String requested) {
    for (Route route : at(requested)) {
      if (route.method.equals(method)) {
        return route;
      }
    }
    return null;
  }

  private boolean matches(String requested) {
    int parameter = path.indexOf(PARAMETER);
    if (parameter < 0) {
      return path.equals(requested);
    }
    if (!requested.startsWith(path.substring(0, parameter))) {
      return false;
    }
    String name = requested.substring(parameter);
    return !name.isEmpty() && name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-');
  }

  /** The name a {@code {document}} route was called with. */
  String parameter(String requested) {
    return requested.substring(path.indexOf(PARAMETER));
  }
}
