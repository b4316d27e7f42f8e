package org.safeguarding.core.plan;

/** What a consent covers. */
public enum ConsentScope {
  /** Taking part in the session. */
  PARTICIPATION,

  /** Being recorded. */
  RECORDING,

  /** Sharing personal data. */
  DATA_SHARING
}
