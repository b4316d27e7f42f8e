package org.safeguarding.rules.rulebook;

/**
 * One row of the ratio table: children aged {@code fromAge} to {@code toAge} (inclusive) need one
 * counted adult for every {@code childrenPerAdult} of them.
 */
public final class RatioBand {

  private final int fromAge;
  private final int toAge;
  private final int childrenPerAdult;

  RatioBand(int fromAge, int toAge, int childrenPerAdult) {
    this.fromAge = fromAge;
    this.toAge = toAge;
    this.childrenPerAdult = childrenPerAdult;
  }

  /**
   * Returns a band, for {@link Rulebook.Builder#ratioBands}; the table as a whole is checked when
   * the rulebook is built.
   *
   * @param fromAge the youngest age in the band
   * @param toAge the oldest age in the band
   * @param childrenPerAdult how many children of these ages one counted adult may supervise
   * @return the band
   */
  public static RatioBand of(int fromAge, int toAge, int childrenPerAdult) {
    return new RatioBand(fromAge, toAge, childrenPerAdult);
  }

  /** {@return the youngest age in the band} */
  public int fromAge() {
    return fromAge;
  }

  /** {@return the oldest age in the band} */
  public int toAge() {
    return toAge;
  }

  /** {@return how many children of the band one adult may supervise} */
  public int childrenPerAdult() {
    return childrenPerAdult;
  }

  @Override
  public String toString() {
    return fromAge + "-" + toAge + " 1:" + childrenPerAdult;
  }
}
