package org.safeguarding.rules.internal.risk;

import org.safeguarding.core.risk.RiskRating;

/** How the risk rules' messages write a rating. */
final class Ratings {

  private Ratings() {}

  /** "2 x 4 = 8, HIGH". */
  static String described(RiskRating rating) {
    return rating.likelihood().level()
        + " x "
        + rating.severity().level()
        + " = "
        + rating.score()
        + ", "
        + rating.band();
  }
}
