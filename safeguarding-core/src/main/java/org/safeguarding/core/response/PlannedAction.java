package org.safeguarding.core.response;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One action of a response: what to do, who owns it, when it is due, why, and the guidance it comes
 * from. Messages name people by id only. It is checked as part of the {@link ResponsePlan} that
 * holds it.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class PlannedAction {

  PlannedAction() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what to do} */
  public abstract ResponseAction action();

  /**
   * {@return who owns it: a staff id, a role's name when {@link #ownerType()} is {@code ROLE}, or
   * the incident's handler's id when it is {@code NOT_ON_PLAN}}
   */
  public abstract String owner();

  /** {@return what {@link #owner()} names} */
  public abstract OwnerType ownerType();

  /** {@return the instant by which it must be done} */
  public abstract Instant due();

  /** {@return what to do and why, in one sentence} */
  public abstract String message();

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  /**
   * Builds a {@link PlannedAction}; {@code build()} throws {@code InvalidPlanException} listing
   * every required value left unset.
   */
  public static final class Builder extends ImmutablePlannedAction.Builder {
    Builder() {}

    /**
     * Builds the action.
     *
     * @return the action
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.due: is required})
     */
    @Override
    public PlannedAction build() {
      return StructureChecks.build(SafeguardingJson.RESPONSE_PLAN, "planned action", super::build);
    }
  }
}
