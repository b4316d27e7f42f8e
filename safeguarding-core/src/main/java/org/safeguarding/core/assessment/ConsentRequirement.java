package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.value.SafeguardingStyle;

/** Whose consent a participant needs to take part, and whether it is in place. */
@Value.Immutable
@SafeguardingStyle
public abstract class ConsentRequirement {

  ConsentRequirement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the participant's id} */
  public abstract String participant();

  /**
   * {@return who must consent; absent when no consent is required} For a person of 16 or over who
   * lacks capacity this is {@link ConsentGiver#BEST_INTERESTS_DECISION}, which an attorney's
   * consent also meets.
   */
  public abstract Optional<ConsentGiver> requiredFrom();

  /** {@return whether it is in place} */
  public abstract ConsentStatus status();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    boolean notRequired = status() == ConsentStatus.NOT_REQUIRED;
    if (notRequired && requiredFrom().isPresent()) {
      checks.add("$.requiredFrom", "must be absent when the status is NOT_REQUIRED");
    }
    if (!notRequired && requiredFrom().isEmpty()) {
      checks.add("$.requiredFrom", "is required when the status is " + status());
    }
    checks.throwIfAny(SafeguardingJson.ASSESSMENT, "consent requirement");
  }

  /**
   * Builds a {@link ConsentRequirement}; {@code build()} throws {@code InvalidPlanException}
   * listing every required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableConsentRequirement.Builder generated =
        new ImmutableConsentRequirement.Builder();

    Builder() {}

    /**
     * Copies every value of another consent requirement: each value it has replaces the one set
     * here, an optional value it lacks leaves this builder's as it is, and collection elements are
     * added.
     *
     * @param instance the consent requirement to copy
     * @return this builder
     */
    public Builder from(ConsentRequirement instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the participant's id; required.
     *
     * @param participant the id
     * @return this builder
     */
    public Builder participant(String participant) {
      generated.participant(participant);
      return this;
    }

    /**
     * Sets who must consent: present exactly when the status is not {@link
     * ConsentStatus#NOT_REQUIRED}.
     *
     * @param requiredFrom the giver
     * @return this builder
     */
    public Builder requiredFrom(ConsentGiver requiredFrom) {
      generated.requiredFrom(requiredFrom);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, who must consent: present exactly when the status
     * is not {@link ConsentStatus#NOT_REQUIRED}.
     *
     * @param requiredFrom the giver, or empty
     * @return this builder
     */
    public Builder requiredFrom(Optional<? extends ConsentGiver> requiredFrom) {
      generated.requiredFrom(requiredFrom);
      return this;
    }

    /**
     * Sets whether the consent is in place; required.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(ConsentStatus status) {
      generated.status(status);
      return this;
    }

    /**
     * Builds the consent requirement.
     *
     * @return the consent requirement
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.status: is required}), or who must consent is
     *     named when no consent is required, or not named when one is, listing every problem at its
     *     path in the requirement's JSON
     */
    public ConsentRequirement build() {
      return StructureChecks.build(
          SafeguardingJson.ASSESSMENT, "consent requirement", generated::build);
    }
  }
}
