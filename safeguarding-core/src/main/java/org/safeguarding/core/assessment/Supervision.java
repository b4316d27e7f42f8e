package org.safeguarding.core.assessment;

import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/** How many checked adults the session needs, how many it has, and the difference. */
@Value.Immutable
@SafeguardingStyle
public abstract class Supervision {

  Supervision() {}

  /**
   * Returns the supervision figures.
   *
   * @param requiredAdults adults the session needs, at least 1
   * @param countedAdults staff who count as checked adults, at least 0
   * @return the figures
   * @throws org.safeguarding.core.plan.InvalidPlanException if a figure is out of range, listing
   *     each at its path in the supervision's JSON (such as {@code $.requiredAdults: must be at
   *     least 1})
   */
  public static Supervision of(int requiredAdults, int countedAdults) {
    return ImmutableSupervision.of(requiredAdults, countedAdults);
  }

  /** {@return how many counted adults the session needs} */
  @Value.Parameter
  public abstract int requiredAdults();

  /**
   * {@return how many staff count as adults: not under 18, with a check of at least BASIC level}
   */
  @Value.Parameter
  public abstract int countedAdults();

  /** {@return how many more counted adults are needed; 0 when there are enough} */
  @Value.Derived
  public int shortfall() {
    return Math.max(0, requiredAdults() - countedAdults());
  }

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    if (requiredAdults() < 1) {
      checks.add("$.requiredAdults", "must be at least 1");
    }
    if (countedAdults() < 0) {
      checks.add("$.countedAdults", "must be at least 0");
    }
    checks.throwIfAny(SafeguardingJson.ASSESSMENT, "supervision");
  }
}
