package org.safeguarding.core.risk;

/**
 * How severe a harm would be, on the NPSA (2008) five-point consequence scale. The wording for
 * safeguarding follows REFERENCES: 1 brief discomfort, 2 upset needing follow-up, 3 harm needing
 * professional or statutory referral, 4 serious or lasting harm, 5 death or life-changing harm.
 */
public enum Severity {
  /** 1: negligible. */
  NEGLIGIBLE("Negligible"),
  /** 2: minor. */
  MINOR("Minor"),
  /** 3: moderate. */
  MODERATE("Moderate"),
  /** 4: major. */
  MAJOR("Major"),
  /** 5: catastrophic. */
  CATASTROPHIC("Catastrophic");

  private static final Severity[] BY_LEVEL = values();

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /**
   * Returns the severity of a level.
   *
   * @param level 1 to 5
   * @return the severity
   * @throws IllegalArgumentException if the level is not 1 to 5
   */
  public static Severity of(int level) {
    if (level < 1 || level > BY_LEVEL.length) {
      throw new IllegalArgumentException("severity must be between 1 and 5, not " + level);
    }
    return BY_LEVEL[level - 1];
  }

  /** {@return the level, 1 to 5} */
  public int level() {
    return ordinal() + 1;
  }

  /** {@return the NPSA name, such as {@code "Catastrophic"}} */
  public String label() {
    return label;
  }
}
