package org.safeguarding.core.plan;

/** Whether participants can be seen, heard or post. */
public enum Interaction {
  /** Participants cannot be seen, heard or post. */
  BROADCAST,

  /** Participants can be seen, heard or post. */
  INTERACTIVE
}
