package org.safeguarding.core.risk;

import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/** A rated risk: its likelihood and severity, their product, and the band the product falls in. */
@Value.Immutable
@SafeguardingStyle
public abstract class RiskRating {

  RiskRating() {}

  /**
   * Returns a rating as written in an assessment: its band as the assessment's matrix gave it.
   * Ratings the engine makes come from a {@link RiskMatrix}, which works the band out.
   *
   * @param likelihood the likelihood
   * @param severity the severity
   * @param band the band the score falls in
   * @return the rating
   */
  public static RiskRating of(Likelihood likelihood, Severity severity, RiskBand band) {
    return ImmutableRiskRating.of(likelihood, severity, band);
  }

  /** {@return the likelihood} */
  @Value.Parameter
  public abstract Likelihood likelihood();

  /** {@return the severity} */
  @Value.Parameter
  public abstract Severity severity();

  /** {@return the band the score falls in} */
  @Value.Parameter
  public abstract RiskBand band();

  /** {@return likelihood × severity, 1–25} */
  @Value.Derived
  public int score() {
    return likelihood().level() * severity().level();
  }

  /**
   * Whether this rating comes before {@code other} in a register's priority order: a higher score,
   * or the same score with a higher severity (the worse harm, however likely).
   *
   * @param other another rating
   * @return whether this one outranks it
   */
  public boolean outranks(RiskRating other) {
    return score() > other.score()
        || (score() == other.score() && severity().level() > other.severity().level());
  }
}
