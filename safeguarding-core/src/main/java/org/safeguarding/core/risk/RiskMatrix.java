package org.safeguarding.core.risk;

import java.util.Objects;

/**
 * The 5 × 5 risk matrix (NPSA 2008, "A risk matrix for risk managers"): score = likelihood ×
 * severity, banded by a {@link RiskBandTable}. Immutable and thread-safe.
 */
public final class RiskMatrix {

  private static final int LEVELS = 5;
  private static final RiskMatrix NPSA_2008 = new RiskMatrix(RiskBandTable.npsa2008());

  private final RiskBandTable bands;
  private final RiskRating[][] ratings = new RiskRating[LEVELS][LEVELS];

  private RiskMatrix(RiskBandTable bands) {
    this.bands = bands;
    for (Likelihood likelihood : Likelihood.values()) {
      for (Severity severity : Severity.values()) {
        ratings[likelihood.ordinal()][severity.ordinal()] =
            RiskRating.of(likelihood, severity, bands.band(likelihood.level() * severity.level()));
      }
    }
  }

  /** {@return the NPSA 2008 matrix with its default bands} */
  public static RiskMatrix npsa2008() {
    return NPSA_2008;
  }

  /**
   * Returns a matrix banded by the given table.
   *
   * @param bands the band table
   * @return the matrix
   */
  public static RiskMatrix withBands(RiskBandTable bands) {
    return new RiskMatrix(Objects.requireNonNull(bands, "bands"));
  }

  /**
   * Rates a risk.
   *
   * @param likelihood 1 to 5
   * @param severity 1 to 5
   * @return the rating, with score and band
   * @throws IllegalArgumentException if a level is not 1 to 5
   */
  public RiskRating rate(int likelihood, int severity) {
    return rate(Likelihood.of(likelihood), Severity.of(severity));
  }

  /**
   * Rates a risk.
   *
   * @param likelihood the likelihood
   * @param severity the severity
   * @return the rating, with score and band
   */
  public RiskRating rate(Likelihood likelihood, Severity severity) {
    return ratings[likelihood.ordinal()][severity.ordinal()];
  }

  /** {@return the band table} */
  public RiskBandTable bands() {
    return bands;
  }
}
