package org.safeguarding.rules.rulebook;

/** Who a session serves, for choosing the check level staff need. */
public enum Audience {
  /** Participants under 18 (or of unknown age). */
  CHILDREN,
  /** Adults at risk (Care Act 2014 s42). */
  ADULTS_AT_RISK
}
