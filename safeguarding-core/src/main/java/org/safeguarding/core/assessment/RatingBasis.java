package org.safeguarding.core.assessment;

/** Which of a risk's ratings counts: the one the decision and the priority order judge by. */
public enum RatingBasis {
  /**
   * The rating before mitigation: the register gives no residual rating, or gives one without
   * listing a mitigation (a residual rating is credited only with at least one mitigation); for an
   * inferred risk, the engine's rating.
   */
  INHERENT,
  /** The rating after the mitigations the register lists. */
  RESIDUAL,
  /**
   * The engine's rating from the plan's facts, which the register's own rating falls below: a
   * register can never lower a risk below what the facts give.
   */
  FLOOR
}
