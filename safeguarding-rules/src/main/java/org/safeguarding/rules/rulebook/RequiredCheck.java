package org.safeguarding.rules.rulebook;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.StaffRole;

/**
 * One row of the check table: staff in any of {@code roles}, at a session of any of {@code
 * frequencies} serving {@code audience}, need a check of at least {@code level}.
 */
public final class RequiredCheck {

  private final Audience audience;
  private final Set<Frequency> frequencies;
  private final Set<StaffRole> roles;
  private final CheckLevel level;

  RequiredCheck(
      Audience audience, Set<Frequency> frequencies, Set<StaffRole> roles, CheckLevel level) {
    this.audience = audience;
    // Enum order, so that anything listing a rulebook lists it the same way every run.
    EnumSet<Frequency> frequencyCopy = EnumSet.noneOf(Frequency.class);
    frequencyCopy.addAll(frequencies);
    this.frequencies = Collections.unmodifiableSet(frequencyCopy);
    EnumSet<StaffRole> roleCopy = EnumSet.noneOf(StaffRole.class);
    roleCopy.addAll(roles);
    this.roles = Collections.unmodifiableSet(roleCopy);
    this.level = level;
  }

  /**
   * Returns a row of the check table, for {@link Rulebook.Builder#requiredChecks}; the table as a
   * whole is checked when the rulebook is built.
   *
   * @param audience who the sessions serve
   * @param frequencies how often they run
   * @param roles the roles the row covers
   * @param level the lowest check level those roles need
   * @return the row
   */
  public static RequiredCheck of(
      Audience audience, Set<Frequency> frequencies, Set<StaffRole> roles, CheckLevel level) {
    return new RequiredCheck(
        Objects.requireNonNull(audience, "audience"),
        Objects.requireNonNull(frequencies, "frequencies"),
        Objects.requireNonNull(roles, "roles"),
        Objects.requireNonNull(level, "level"));
  }

  /** {@return the audience} */
  public Audience audience() {
    return audience;
  }

  /** {@return the frequencies the row covers} */
  public Set<Frequency> frequencies() {
    return frequencies;
  }

  /** {@return the roles the row covers} */
  public Set<StaffRole> roles() {
    return roles;
  }

  /** {@return the lowest acceptable check level} */
  public CheckLevel level() {
    return level;
  }
}
