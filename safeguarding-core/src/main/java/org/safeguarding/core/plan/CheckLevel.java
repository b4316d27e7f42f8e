package org.safeguarding.core.plan;

/**
 * The level of a criminal-records check, from least to most thorough. PVG scheme membership counts
 * as {@link #ENHANCED_BARRED}.
 */
public enum CheckLevel {
  /** Unspent convictions only. */
  BASIC,

  /** Spent and unspent convictions, cautions, reprimands and warnings. */
  STANDARD,

  /** Standard, plus information held by local police. */
  ENHANCED,

  /** Enhanced, plus the barred list(s): needed for regulated activity. */
  ENHANCED_BARRED;

  /**
   * Whether this level is at least as thorough as {@code required}.
   *
   * @param required the level a role needs
   * @return true when this level meets or exceeds it
   */
  public boolean isAtLeast(CheckLevel required) {
    return compareTo(required) >= 0;
  }
}
