package org.safeguarding.core.plan;

/** A need of a participant that the session must take into account. */
public enum Need {
  /** Mental-health needs. */
  MENTAL_HEALTH,

  /** A learning disability. */
  LEARNING_DISABILITY,

  /** A physical disability. */
  PHYSICAL_DISABILITY,

  /** Communication needs. */
  COMMUNICATION,

  /** Another need. */
  OTHER
}
