package org.safeguarding.core.plan;

/**
 * Whether a participant has been assessed as able to decide to take part (mental capacity, or
 * Gillick competence under 16).
 */
public enum Capacity {
  /** Not assessed. */
  NOT_ASSESSED,

  /** Assessed as able to decide. */
  HAS_CAPACITY,

  /** Assessed as unable to decide. */
  LACKS_CAPACITY
}
