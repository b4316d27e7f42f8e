package org.safeguarding.core.plan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
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

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The plan's id. */
  public abstract String id();

  /** The service and the organisation's arrangements. */
  public abstract Service service();

  /** The platform and its controls. */
  public abstract Platform platform();

  /** When the session starts; checks, consents and reviews are judged at this date. */
  public abstract Instant start();

  /** How long the session lasts, in minutes. */
  public abstract int durationMinutes();

  /** Group or one-to-one. */
  public abstract SessionFormat format();

  /** Whether participants can be seen, heard or post. */
  public abstract Interaction interaction();

  /** What record of the session is kept. */
  public abstract Recording recording();

  /** Whether there is a chat and whether its log is kept. */
  public abstract ChatMode chat();

  /** Whether attendance is recorded. */
  @Value.Default
  public boolean attendanceRecorded() {
    return false;
  }

  /** Whether a holding screen with the rules and the safeguarding lead's contact is shown. */
  @Value.Default
  public boolean holdingScreen() {
    return false;
  }

  /** Whether the safeguarding lead is available during the session. */
  @Value.Default
  public boolean safeguardingLeadAvailable() {
    return false;
  }

  /** The staff and volunteers, in plan order. */
  public abstract List<StaffMember> staff();

  /** The participants, in plan order. */
  public abstract List<Participant> participants();

  /** The declared risk register, in plan order. */
  public abstract List<RiskEntry> risks();

  @Value.Check
  final void checkStructure() {
    PlanValidator.requireValid(this);
  }

  /** Builds a {@link SessionPlan}; {@code build()} throws {@link InvalidPlanException}. */
  public static final class Builder extends ImmutableSessionPlan.Builder {
    Builder() {}
  }
}
