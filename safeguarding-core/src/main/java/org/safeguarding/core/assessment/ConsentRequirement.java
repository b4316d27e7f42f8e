package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.StructureChecks;
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
  public static final class Builder extends ImmutableConsentRequirement.Builder {
    Builder() {}

    /**
     * Builds the requirement.
     *
     * @return the requirement
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.status: is required}), or every broken invariant
     *     at its path
     */
    @Override
    public ConsentRequirement build() {
      return StructureChecks.build(
          SafeguardingJson.ASSESSMENT, "consent requirement", super::build);
    }
  }
}
