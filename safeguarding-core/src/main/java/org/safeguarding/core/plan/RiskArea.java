package org.safeguarding.core.plan;

/** The three areas of a risk assessment. */
public enum RiskArea {
  /** The service and who delivers it. */
  SERVICE,

  /** The environment: online, and the platform. */
  ENVIRONMENT,

  /** The individuals and their needs. */
  INDIVIDUAL
}
