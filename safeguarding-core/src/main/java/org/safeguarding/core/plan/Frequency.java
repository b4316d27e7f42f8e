package org.safeguarding.core.plan;

/** How often the session runs, which decides whether it is regulated activity. */
public enum Frequency {
  /** A single session. */
  ONE_OFF,

  /** Now and then, less than regular. */
  OCCASIONAL,

  /** Weekly, or on four or more days in thirty: regulated activity. */
  REGULAR
}
