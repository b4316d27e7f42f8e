package org.safeguarding.core.response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * What must happen after an incident: each action once, ordered by when it is due and then in the
 * order of {@link ResponseAction}, so that the most urgent comes first; and notes on what the
 * engine did about anything it could not find on the plan.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class ResponsePlan {

  /**
   * The order actions are listed in: by due instant, then in the order of {@link ResponseAction}.
   */
  public static final Comparator<PlannedAction> ORDER =
      Comparator.comparing(PlannedAction::due).thenComparing(PlannedAction::action);

  /** The most notes a response plan may hold. */
  public static final int MAX_NOTES = 100;

  /**
   * Deadlines reach at most a year past an incident, and an incident may happen as late as the end
   * of {@link PlanLimits#MAX_YEAR}: so a due instant may fall up to two years later.
   */
  private static final int LAST_DUE_YEAR = PlanLimits.MAX_YEAR + 2;

  private static final Instant FIRST_DUE =
      LocalDate.of(PlanLimits.MIN_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST_DUE =
      LocalDate.of(LAST_DUE_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  ResponsePlan() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the incident responded to} */
  public abstract String incident();

  /** {@return the actions, the most urgent first} */
  public abstract List<PlannedAction> actions();

  /**
   * {@return what the engine noted in working out the actions, such as an id in the incident that
   * is not on the plan and how it was judged; may be empty} Notes name people by id only, never by
   * free text. At most {@link #MAX_NOTES}.
   */
  public abstract List<String> notes();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.id("$.incident", incident());
    Set<ResponseAction> seen = EnumSet.noneOf(ResponseAction.class);
    for (int i = 0; i < actions().size(); i++) {
      PlannedAction action = actions().get(i);
      String path = "$.actions[" + i + "]";
      if (!seen.add(action.action())) {
        checks.add(path + ".action", "must appear once in a response plan");
      }
      checks.id(path + ".owner", action.owner());
      if (action.ownerType() == OwnerType.ROLE && !isRole(action.owner())) {
        checks.add(path + ".owner", "must name a staff role when ownerType is ROLE");
      }
      if (action.due().isBefore(FIRST_DUE) || !action.due().isBefore(AFTER_LAST_DUE)) {
        checks.add(
            path + ".due",
            "must be an instant between " + PlanLimits.MIN_YEAR + " and " + LAST_DUE_YEAR);
      }
      checks.text(path + ".message", action.message());
      checks.sources(path + ".sources", action.sources());
      if (i > 0 && ORDER.compare(actions().get(i - 1), action) > 0) {
        checks.add(
            "$.actions[" + i + "]",
            "is out of order: actions are listed by due instant, then by action");
      }
    }
    checks.size("$.notes", notes(), MAX_NOTES);
    for (int i = 0; i < notes().size(); i++) {
      checks.text("$.notes[" + i + "]", notes().get(i));
    }
    checks.throwIfAny(SafeguardingJson.RESPONSE_PLAN);
  }

  private static boolean isRole(String name) {
    for (StaffRole role : StaffRole.values()) {
      if (role.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a {@link ResponsePlan}; {@code build()} throws {@code InvalidPlanException} listing
   * every required value left unset, or every structural problem.
   */
  public static final class Builder extends ImmutableResponsePlan.Builder {
    Builder() {}

    /**
     * Builds the response plan.
     *
     * @return the response plan
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.incident: is required}), or the response plan
     *     breaks a structural rule
     */
    @Override
    public ResponsePlan build() {
      return StructureChecks.build(SafeguardingJson.RESPONSE_PLAN, "response plan", super::build);
    }
  }
}
