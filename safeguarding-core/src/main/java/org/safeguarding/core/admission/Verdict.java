package org.safeguarding.core.admission;

/** Whether a person may come in from the waiting room, from the least to the most serious. */
public enum Verdict {
  /** Let them in now. */
  ADMIT,
  /** Keep them in the waiting room until the reasons given are resolved. */
  WAIT,
  /** Do not let them in to this session. */
  REFUSE;

  /**
   * Whether this verdict is at least as serious as another.
   *
   * @param other the other verdict
   * @return true if this is {@code other} or more serious
   */
  public boolean isAtLeast(Verdict other) {
    return compareTo(other) >= 0;
  }
}
