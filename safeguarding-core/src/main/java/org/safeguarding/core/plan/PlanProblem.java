package org.safeguarding.core.plan;

import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One problem found in a plan (or a room, or an incident): where it is, as a JSON path such as
 * {@code $.participants[2].age}, and what was expected there. Messages never repeat free-text
 * values from the input.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class PlanProblem {

  PlanProblem() {}

  /**
   * Returns a problem.
   *
   * @param path the JSON path, starting {@code $}
   * @param message what was expected, starting lower-case
   * @return the problem
   */
  public static PlanProblem of(String path, String message) {
    return ImmutablePlanProblem.of(path, message);
  }

  /** {@return the JSON path of the value at fault, starting {@code $}} */
  @Value.Parameter
  public abstract String path();

  /** {@return what was expected there} */
  @Value.Parameter
  public abstract String message();

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path() + ": " + message();
  }
}
