package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A member of staff or a volunteer at the session. Identified by an id only: the model holds no
 * names.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class StaffMember {

  StaffMember() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique across the plan's staff and participants} */
  public abstract String id();

  /**
   * {@return the age in years, when given; staff are presumed adults unless an age under 18 is
   * given}
   */
  public abstract OptionalInt age();

  /** {@return what this person does in the session} */
  public abstract Set<StaffRole> roles();

  /** {@return whether they use the organisation's account rather than a personal one} */
  @Value.Default
  public boolean organisationAccount() {
    return false;
  }

  /** {@return their criminal-records check, if they have one} */
  public abstract Optional<Check> check();

  /** {@return when they last completed safeguarding training, if ever} */
  public abstract Optional<LocalDate> trainingCompleted();

  /**
   * Builds a {@link StaffMember}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutableStaffMember.Builder {
    Builder() {}

    /**
     * Builds the member of staff.
     *
     * @return the member of staff
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.id: is required})
     */
    @Override
    public StaffMember build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "staff member", super::build);
    }
  }
}
