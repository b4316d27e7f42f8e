package org.safeguarding.core.assessment;

/** Whether a participant's consent to take part is in place. */
public enum ConsentStatus {
  /** Consent from the right person is in place (and verified where that is required). */
  MET,
  /** No consent from the right person. */
  MISSING,
  /** A parent's or carer's consent is in place but not confirmed by email or in writing. */
  UNVERIFIED,
  /** Consent was withdrawn and not given again since. */
  WITHDRAWN,
  /** The rulebook requires no consent for this participant. */
  NOT_REQUIRED
}
