package org.safeguarding.core.plan;

/** What kind of accounts participants join the platform with. */
public enum AccountType {
  /** No sign-in: a broadcast anyone can watch. */
  NONE,

  /** Accounts that are easy to create and throw away (Zoom-like). */
  SHORT_LIVED,

  /** Persistent public profiles that others can follow (Facebook-like). */
  PERSISTENT_PUBLIC
}
