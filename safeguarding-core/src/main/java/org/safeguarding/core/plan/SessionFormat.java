package org.safeguarding.core.plan;

/** Whether the session is a group or one staff member with one participant. */
public enum SessionFormat {
  /** A group session. */
  GROUP,

  /** One participant; the plan must name exactly one. */
  ONE_TO_ONE
}
