package org.safeguarding.core.response;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
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
  public static final class Builder {
    private final ImmutablePlannedAction.Builder generated = new ImmutablePlannedAction.Builder();

    Builder() {}

    /**
     * Copies every value of another planned action: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the planned action to copy
     * @return this builder
     */
    public Builder from(PlannedAction instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets what to do, once per response plan (checked when the response plan is built); required.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(ResponseAction action) {
      generated.action(action);
      return this;
    }

    /**
     * Sets who owns the action: a staff id, a {@link org.safeguarding.core.plan.StaffRole} name
     * when the owner type is {@code ROLE}, or the handler's id (checked when the response plan is
     * built); required.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(String owner) {
      generated.owner(owner);
      return this;
    }

    /**
     * Sets what {@code owner} names; required.
     *
     * @param ownerType the owner type
     * @return this builder
     */
    public Builder ownerType(OwnerType ownerType) {
      generated.ownerType(ownerType);
      return this;
    }

    /**
     * Sets the instant by which the action must be done, in the years 1900 to 3001 (checked when
     * the response plan is built); required.
     *
     * @param due the instant
     * @return this builder
     */
    public Builder due(Instant due) {
      generated.due(due);
      return this;
    }

    /**
     * Sets what to do and why, in one sentence naming people by id only: not blank, at most 10,000
     * characters (checked when the response plan is built); required.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      generated.message(message);
      return this;
    }

    /**
     * Adds one to the guidance the action comes from, seed file names and reference names; at least
     * one, each not blank (checked when the response plan is built).
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addSource(String element) {
      generated.addSource(element);
      return this;
    }

    /**
     * Adds each given to the guidance the action comes from, seed file names and reference names;
     * at least one, each not blank (checked when the response plan is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addSources(String... elements) {
      generated.addSources(elements);
      return this;
    }

    /**
     * Replaces, with those given, the guidance the action comes from, seed file names and reference
     * names; at least one, each not blank (checked when the response plan is built).
     *
     * @param elements the sources
     * @return this builder
     */
    public Builder sources(Iterable<String> elements) {
      generated.sources(elements);
      return this;
    }

    /**
     * Adds every one given to the guidance the action comes from, seed file names and reference
     * names; at least one, each not blank (checked when the response plan is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllSources(Iterable<String> elements) {
      generated.addAllSources(elements);
      return this;
    }

    /**
     * Builds the planned action. Its ids, texts, ranges and dates are checked when the response
     * plan that holds it is built, at their paths in that document.
     *
     * @return the planned action
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.due: is required}), listing every one left unset
     *     at its path in the planned action's JSON
     */
    public PlannedAction build() {
      return StructureChecks.build(
          SafeguardingJson.RESPONSE_PLAN, "planned action", generated::build);
    }
  }
}
