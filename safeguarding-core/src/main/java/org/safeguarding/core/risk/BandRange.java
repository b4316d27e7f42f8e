package org.safeguarding.core.risk;

import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One row of a band table: the scores {@code lowest} to {@code highest} (inclusive) fall in {@code
 * band}.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class BandRange {

  BandRange() {}

  /**
   * Returns a row.
   *
   * @param lowest the lowest score, inclusive
   * @param highest the highest score, inclusive
   * @param band the band of the scores between
   * @return the row
   */
  public static BandRange of(int lowest, int highest, RiskBand band) {
    return ImmutableBandRange.of(lowest, highest, band);
  }

  /** {@return the lowest score, inclusive} */
  @Value.Parameter
  public abstract int lowest();

  /** {@return the highest score, inclusive} */
  @Value.Parameter
  public abstract int highest();

  /** {@return the band} */
  @Value.Parameter
  public abstract RiskBand band();

  @Override
  public String toString() {
    return lowest() + "-" + highest() + " " + band();
  }
}
