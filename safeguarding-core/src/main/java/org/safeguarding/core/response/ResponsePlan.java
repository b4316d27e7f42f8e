package org.safeguarding.core.response;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * What must happen after an incident: each action once, ordered by when it is due and then in the
 * order of {@link ResponseAction}, so that the most urgent comes first.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class ResponsePlan {

  /** The order actions are listed in: by due instant, then in the order of {@link ResponseAction}. */
  public static final Comparator<PlannedAction> ORDER =
      Comparator.comparing(PlannedAction::due).thenComparing(PlannedAction::action);

  ResponsePlan() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the incident responded to. */
  public abstract String incident();

  /** The actions, the most urgent first. */
  public abstract List<PlannedAction> actions();

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
      checks.instant(path + ".due", action.due());
      checks.text(path + ".message", action.message());
      checks.sources(path + ".sources", action.sources());
      if (i > 0 && ORDER.compare(actions().get(i - 1), action) > 0) {
        checks.add("$.actions[" + i + "]", "is out of order: actions are listed by due instant, then by action");
      }
    }
    checks.throwIfAny("response plan");
  }

  private static boolean isRole(String name) {
    for (StaffRole role : StaffRole.values()) {
      if (role.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Builds a {@link ResponsePlan}; {@code build()} throws {@code InvalidPlanException}. */
  public static final class Builder extends ImmutableResponsePlan.Builder {
    Builder() {}
  }
}
