package org.safeguarding.core.response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.StaffRole;
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
  public static final class Builder {
    private final ImmutableResponsePlan.Builder generated = new ImmutableResponsePlan.Builder();

    Builder() {}

    /**
     * Copies every value of another response plan: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the response plan to copy
     * @return this builder
     */
    public Builder from(ResponsePlan instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id of the incident responded to: not blank, at most 128 characters; required.
     *
     * @param incident the id
     * @return this builder
     */
    public Builder incident(String incident) {
      generated.incident(incident);
      return this;
    }

    /**
     * Adds one to the actions ({@link PlannedAction}), each once, listed by due instant and then in
     * the order of {@link ResponseAction}.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addAction(PlannedAction element) {
      generated.addAction(element);
      return this;
    }

    /**
     * Adds each given to the actions ({@link PlannedAction}), each once, listed by due instant and
     * then in the order of {@link ResponseAction}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addActions(PlannedAction... elements) {
      generated.addActions(elements);
      return this;
    }

    /**
     * Replaces, with those given, the actions ({@link PlannedAction}), each once, listed by due
     * instant and then in the order of {@link ResponseAction}.
     *
     * @param elements the actions
     * @return this builder
     */
    public Builder actions(Iterable<? extends PlannedAction> elements) {
      generated.actions(elements);
      return this;
    }

    /**
     * Adds every one given to the actions ({@link PlannedAction}), each once, listed by due instant
     * and then in the order of {@link ResponseAction}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllActions(Iterable<? extends PlannedAction> elements) {
      generated.addAllActions(elements);
      return this;
    }

    /**
     * Adds one to what the engine noted in working out the actions, naming people by id only; each
     * not blank, at most 100.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addNote(String element) {
      generated.addNote(element);
      return this;
    }

    /**
     * Adds each given to what the engine noted in working out the actions, naming people by id
     * only; each not blank, at most 100.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addNotes(String... elements) {
      generated.addNotes(elements);
      return this;
    }

    /**
     * Replaces, with those given, what the engine noted in working out the actions, naming people
     * by id only; each not blank, at most 100.
     *
     * @param elements the notes
     * @return this builder
     */
    public Builder notes(Iterable<String> elements) {
      generated.notes(elements);
      return this;
    }

    /**
     * Adds every one given to what the engine noted in working out the actions, naming people by id
     * only; each not blank, at most 100.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllNotes(Iterable<String> elements) {
      generated.addAllNotes(elements);
      return this;
    }

    /**
     * Builds the response plan.
     *
     * @return the response plan
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.incident: is required}), or an action repeats, is
     *     out of order or invalid, or a note is invalid, listing every problem at its path in the
     *     response plan's JSON
     */
    public ResponsePlan build() {
      return StructureChecks.build(
          SafeguardingJson.RESPONSE_PLAN, "response plan", generated::build);
    }
  }
}
