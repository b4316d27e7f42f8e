package org.safeguarding.examples.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;

/**
 * The example session plans bundled with the library, each drawn from the guidance it cites: a
 * children's youth club on Zoom, a recovery-college course for adults with mental-health needs, a
 * one-to-one mentoring session, and a livestreamed class on a public-account platform.
 */
public final class ExamplePlans {

  private static final List<String> NAMES =
      List.of("youth-club", "recovery-college", "mentoring-one-to-one", "broadcast-class");

  private ExamplePlans() {}

  /** {@return the names of the bundled plans, in the order they are listed to users} */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Reads a bundled plan.
   *
   * @param name one of {@link #names()}
   * @return the plan
   * @throws IllegalArgumentException if there is no plan of that name
   */
  public static SessionPlan load(String name) {
    try (InputStream json = open(name)) {
      return SafeguardingJson.PLAN.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example plan " + name, e);
    }
  }

  /**
   * Opens a bundled plan's JSON, exactly as shipped.
   *
   * @param name one of {@link #names()}
   * @return the UTF-8 JSON; the caller closes it
   * @throws IllegalArgumentException if there is no plan of that name
   */
  public static InputStream open(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no example plan named '" + name + "'; the examples are " + String.join(", ", NAMES));
    }
    InputStream json = ExamplePlans.class.getResourceAsStream(name + ".json");
    if (json == null) {
      throw new IllegalStateException("example plan " + name + " is missing from the jar");
    }
    return json;
  }
}
