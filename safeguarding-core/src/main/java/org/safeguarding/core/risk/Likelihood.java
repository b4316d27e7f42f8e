package org.safeguarding.core.risk;

/** How likely a harm is, on the NPSA (2008) five-point scale. */
public enum Likelihood {
  /** 1: rare. */
  RARE("Rare"),
  /** 2: unlikely. */
  UNLIKELY("Unlikely"),
  /** 3: possible. */
  POSSIBLE("Possible"),
  /** 4: likely. */
  LIKELY("Likely"),
  /** 5: almost certain. */
  ALMOST_CERTAIN("Almost certain");

  private static final Likelihood[] BY_LEVEL = values();

  private final String label;

  Likelihood(String label) {
    this.label = label;
  }

  /**
   * Returns the likelihood of a level.
   *
   * @param level 1 to 5
   * @return the likelihood
   * @throws IllegalArgumentException if the level is not 1 to 5
   */
  public static Likelihood of(int level) {
    if (level < 1 || level > BY_LEVEL.length) {
      throw new IllegalArgumentException("likelihood must be between 1 and 5, not " + level);
    }
    return BY_LEVEL[level - 1];
  }

  /** {@return the level, 1 to 5} */
  public int level() {
    return ordinal() + 1;
  }

  /** {@return the NPSA name, such as {@code "Almost certain"}} */
  public String label() {
    return label;
  }
}
