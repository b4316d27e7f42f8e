package org.safeguarding.core.plan;

/** How a consent was confirmed. */
public enum ConsentVerification {
  /** By an email that was confirmed. */
  CONFIRMED_EMAIL,

  /** In writing. */
  WRITTEN,

  /** Verbally, and the consent was recorded. */
  RECORDED_VERBAL,

  /** Not confirmed. */
  UNVERIFIED
}
