package org.safeguarding.core.plan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A plan for one online session: the service, the platform, when and how it runs, the staff, the
 * participants and the risk register.
 *
 * <p>Building a plan checks its structure (unique ids, ranges, residual pairs, one participant for
 * {@link SessionFormat#ONE_TO_ONE}, dates, sizes) and throws {@link InvalidPlanException} listing
 * every problem with its JSON path. Whether the plan is <em>safe</em> is for the engine to judge.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class SessionPlan {

  /** The only version of the JSON contract this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  SessionPlan() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the plan's id} */
  public abstract String id();

  /** {@return the service and the organisation's arrangements} */
  public abstract Service service();

  /** {@return the platform and its controls} */
  public abstract Platform platform();

  /** {@return when the session starts; checks, consents and reviews are judged at this date} */
  public abstract Instant start();

  /** {@return how long the session lasts, in minutes} */
  public abstract int durationMinutes();

  /** {@return group or one-to-one} */
  public abstract SessionFormat format();

  /** {@return whether participants can be seen, heard or post} */
  public abstract Interaction interaction();

  /** {@return what record of the session is kept} */
  public abstract Recording recording();

  /** {@return whether there is a chat and whether its log is kept} */
  public abstract ChatMode chat();

  /** {@return whether attendance is recorded} */
  @Value.Default
  public boolean attendanceRecorded() {
    return false;
  }

  /**
   * {@return whether a holding screen with the rules and the safeguarding lead's contact is shown}
   */
  @Value.Default
  public boolean holdingScreen() {
    return false;
  }

  /** {@return whether the safeguarding lead is available during the session} */
  @Value.Default
  public boolean safeguardingLeadAvailable() {
    return false;
  }

  /** {@return the staff and volunteers, in plan order} */
  public abstract List<StaffMember> staff();

  /** {@return the participants, in plan order} */
  public abstract List<Participant> participants();

  /** {@return the declared risk register, in plan order} */
  public abstract List<RiskEntry> risks();

  @Value.Check
  final void checkStructure() {
    PlanValidator.requireValid(this);
  }

  /**
   * Builds a {@link SessionPlan}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder extends ImmutableSessionPlan.Builder {
    Builder() {}

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.start: is required}), or the plan breaks a structural rule
     */
    @Override
    public SessionPlan build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "session plan", super::build);
    }
  }
}
