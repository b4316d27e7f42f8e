package org.safeguarding.core.plan;

/** What a member of staff does in the session. */
public enum StaffRole {
  /** Leads the activity. */
  LEAD,

  /** Administers the session: waiting room, microphones, cameras, identity checks. */
  HOST,

  /** Co-facilitates and watches over the group. */
  CO_FACILITATOR,

  /** The designated safeguarding lead. */
  SAFEGUARDING_LEAD,

  /** A volunteer. */
  VOLUNTEER,

  /** A tutor from outside the organisation. */
  EXTERNAL_TUTOR
}
