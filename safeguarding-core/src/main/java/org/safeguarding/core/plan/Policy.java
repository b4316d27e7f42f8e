package org.safeguarding.core.plan;

/** A written policy the organisation has in place. */
public enum Policy {
  /** The safeguarding policy and procedure. */
  SAFEGUARDING_POLICY,

  /** The code of conduct for staff and volunteers working online. */
  CODE_OF_CONDUCT,

  /** The data-protection policy. */
  DATA_PROTECTION,

  /** The system for recording incidents and concerns. */
  INCIDENT_RECORDING,

  /** How long records, chat logs and recordings are kept. */
  RECORDS_RETENTION,

  /** The online-safety (eSafety) policy. */
  ONLINE_SAFETY
}
