package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.core.value.SafeguardingStyle;

/** A risk as the assessment rates it, with its place in the order in which to deal with risks. */
@Value.Immutable
@SafeguardingStyle
public abstract class AssessedRisk {

  AssessedRisk() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the register's id, or {@code inferred-} + the hazard for an inferred risk} */
  public abstract String id();

  /** {@return what could happen} */
  public abstract Hazard hazard();

  /** {@return whether it was declared in the plan or inferred by the engine} */
  public abstract RiskOrigin origin();

  /** {@return the priority: 1 for the risk to deal with first} */
  public abstract int priority();

  /** {@return the rating before mitigation} */
  public abstract RiskRating inherent();

  /**
   * {@return the rating after mitigation, as the register gives it} It counts only when credited:
   * see {@link #residualCredited()}.
   */
  public abstract Optional<RiskRating> residual();

  /**
   * {@return whether the residual rating is credited: the register lists at least one mitigation
   * for the entry} By default, whenever a residual rating is given.
   */
  @Value.Default
  public boolean residualCredited() {
    return residual().isPresent();
  }

  /**
   * {@return the engine's rating of the hazard from the plan's facts, for a declared risk the
   * register rates lower (by score) than that} It then counts instead of the register's rating.
   */
  public abstract Optional<RiskRating> floor();

  /**
   * {@return which rating counts: the floor when there is one, else the residual rating when it is
   * credited, else the inherent one}
   */
  public RatingBasis currentFrom() {
    if (floor().isPresent()) {
      return RatingBasis.FLOOR;
    }
    return residualCredited() ? RatingBasis.RESIDUAL : RatingBasis.INHERENT;
  }

  /**
   * {@return the rating that counts before any floor: the residual rating when it is credited, else
   * the inherent one}
   */
  public RiskRating beforeFloor() {
    return residualCredited() ? residual().orElseThrow() : inherent();
  }

  /** {@return the rating that counts, named by {@link #currentFrom()}} */
  public RiskRating current() {
    return floor().orElseGet(this::beforeFloor);
  }

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    if (priority() < 1) {
      checks.add("$.priority", "must be at least 1");
    }
    boolean creditsMissingResidual = residualCredited() && residual().isEmpty();
    if (creditsMissingResidual) {
      checks.add("$.residualCredited", "must be false when no residual rating is given");
    }
    if (floor().isPresent() && origin() == RiskOrigin.INFERRED) {
      checks.add("$.floor", "must be absent for an inferred risk");
    }
    if (floor().isPresent() && !creditsMissingResidual && !floor().get().outranks(beforeFloor())) {
      checks.add("$.floor", "must outrank the register's own rating");
    }
    checks.throwIfAny(SafeguardingJson.ASSESSMENT, "assessed risk");
  }

  /**
   * Builds an {@link AssessedRisk}; {@code build()} throws {@code InvalidPlanException} listing
   * every required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableAssessedRisk.Builder generated = new ImmutableAssessedRisk.Builder();

    Builder() {}

    /**
     * Copies every value of another assessed risk: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the assessed risk to copy
     * @return this builder
     */
    public Builder from(AssessedRisk instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the register's id, or {@code inferred-} and the hazard for an inferred risk; required.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets what could happen; required.
     *
     * @param hazard the hazard
     * @return this builder
     */
    public Builder hazard(Hazard hazard) {
      generated.hazard(hazard);
      return this;
    }

    /**
     * Sets whether the risk was declared in the plan or inferred by the engine; required.
     *
     * @param origin the origin
     * @return this builder
     */
    public Builder origin(RiskOrigin origin) {
      generated.origin(origin);
      return this;
    }

    /**
     * Sets the priority, 1 for the risk to deal with first: at least 1; required.
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder priority(int priority) {
      generated.priority(priority);
      return this;
    }

    /**
     * Sets the rating before mitigation; required.
     *
     * @param inherent the rating
     * @return this builder
     */
    public Builder inherent(RiskRating inherent) {
      generated.inherent(inherent);
      return this;
    }

    /**
     * Sets the rating after mitigation, as the register gives it; absent when it gives none.
     *
     * @param residual the rating
     * @return this builder
     */
    public Builder residual(RiskRating residual) {
      generated.residual(residual);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the rating after mitigation, as the register
     * gives it; absent when it gives none.
     *
     * @param residual the rating, or empty
     * @return this builder
     */
    public Builder residual(Optional<? extends RiskRating> residual) {
      generated.residual(residual);
      return this;
    }

    /**
     * Sets whether the residual rating is credited, which needs a residual rating; by default
     * whenever a residual rating is given.
     *
     * @param residualCredited whether it is credited
     * @return this builder
     */
    public Builder residualCredited(boolean residualCredited) {
      generated.residualCredited(residualCredited);
      return this;
    }

    /**
     * Sets the engine's rating from the plan's facts, which must outrank the register's own rating
     * and is only for a declared risk; absent when the register rates the risk no lower than the
     * facts.
     *
     * @param floor the rating
     * @return this builder
     */
    public Builder floor(RiskRating floor) {
      generated.floor(floor);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the engine's rating from the plan's facts, which
     * must outrank the register's own rating and is only for a declared risk; absent when the
     * register rates the risk no lower than the facts.
     *
     * @param floor the rating, or empty
     * @return this builder
     */
    public Builder floor(Optional<? extends RiskRating> floor) {
      generated.floor(floor);
      return this;
    }

    /**
     * Builds the assessed risk.
     *
     * @return the assessed risk
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.priority: is required}), or the priority is below
     *     1, a residual rating is credited but not given, or the floor is given for an inferred
     *     risk or does not outrank the register's rating, listing every problem at its path in the
     *     risk's JSON
     */
    public AssessedRisk build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "assessed risk", generated::build);
    }
  }
}
