package org.safeguarding.core.risk;

import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/** A rated risk: its likelihood and severity, their product, and the band the product falls in. */
@Value.Immutable
@SafeguardingStyle
public abstract class RiskRating {

  RiskRating() {}

  static RiskRating of(Likelihood likelihood, Severity severity, RiskBand band) {
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
}
