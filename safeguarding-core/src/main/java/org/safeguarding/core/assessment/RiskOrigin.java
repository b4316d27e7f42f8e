package org.safeguarding.core.assessment;

/** Where a risk in the assessment came from. */
public enum RiskOrigin {
  /** From the plan's risk register. */
  DECLARED,
  /**
   * Inferred by the engine from the plan's facts, because the register has no entry for its hazard.
   */
  INFERRED
}
