package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A member of staff or a volunteer at the session. Identified by an id only: the model holds no
 * names.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class StaffMember {

  StaffMember() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id, unique across the plan's staff and participants. */
  public abstract String id();

  /** The age in years, when given; staff are presumed adults unless an age under 18 is given. */
  public abstract OptionalInt age();

  /** What this person does in the session. */
  public abstract Set<StaffRole> roles();

  /** Whether they use the organisation's account rather than a personal one. */
  @Value.Default
  public boolean organisationAccount() {
    return false;
  }

  /** Their criminal-records check, if they have one. */
  public abstract Optional<Check> check();

  /** When they last completed safeguarding training, if ever. */
  public abstract Optional<LocalDate> trainingCompleted();

  /** Builds a {@link StaffMember}. */
  public static final class Builder extends ImmutableStaffMember.Builder {
    Builder() {}
  }
}
