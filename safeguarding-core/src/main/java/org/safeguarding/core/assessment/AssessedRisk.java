package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
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

  /** {@return the rating after mitigation, when the register gives one} */
  public abstract Optional<RiskRating> residual();

  /** {@return the rating that counts: the residual one when given, else the inherent one} */
  public RiskRating current() {
    return residual().orElse(inherent());
  }

  @Value.Check
  void check() {
    if (priority() < 1) {
      throw new IllegalStateException("risk priority must be at least 1, not " + priority());
    }
  }

  /** Builds an {@link AssessedRisk}. */
  public static final class Builder extends ImmutableAssessedRisk.Builder {
    Builder() {}
  }
}
