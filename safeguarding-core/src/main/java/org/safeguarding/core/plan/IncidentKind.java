package org.safeguarding.core.plan;

/** What happened in an incident. */
public enum IncidentKind {
  /** A participant became distressed. */
  DISTRESS,

  /** A participant disclosed abuse or harm. */
  DISCLOSURE,

  /** Abuse is suspected. */
  ABUSE_SUSPECTED,

  /** Someone behaved inappropriately. */
  INAPPROPRIATE_BEHAVIOUR,

  /** The session was hijacked. */
  HIJACK,

  /** Something else. */
  OTHER
}
