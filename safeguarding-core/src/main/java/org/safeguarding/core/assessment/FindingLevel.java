package org.safeguarding.core.assessment;

/** How much a finding weighs, from the most to the least serious. */
public enum FindingLevel {
  /** The session must not run (or must be postponed) until this is put right. */
  BLOCKER,
  /** The session may run only with this dealt with or consciously accepted. */
  WARNING,
  /** Good practice that the guidance recommends. */
  ADVICE
}
