package org.safeguarding.core.assessment;

/** Whether the session may run, from the most permissive to the most protective. */
public enum Decision {
  /** Nothing stands in the way. */
  GO,
  /** It may run once the warnings are dealt with or consciously accepted. */
  GO_WITH_CONDITIONS,
  /** Only the safeguarding lead's absence stands in the way: move the session. */
  POSTPONE,
  /** A blocker stands in the way: the session must not run as planned. */
  DO_NOT_RUN
}
