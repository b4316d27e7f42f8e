package org.safeguarding.core.risk;

/** The band a risk score falls in, from least to most serious. Which scores fall where is data. */
public enum RiskBand {
  /** Low. */
  LOW,
  /** Moderate. */
  MODERATE,
  /** High. */
  HIGH,
  /** Extreme: do not deliver a risk you cannot mitigate below this. */
  EXTREME
}
