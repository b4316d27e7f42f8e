package org.safeguarding.core.plan;

/** The criminal-records scheme a check was made under. */
public enum CheckScheme {
  /** Disclosure and Barring Service (England and Wales). */
  DBS,

  /** AccessNI (Northern Ireland). */
  ACCESSNI,

  /** Disclosure Scotland (Scotland). */
  DISCLOSURE_SCOTLAND,

  /** Protecting Vulnerable Groups scheme membership (Scotland). */
  PVG
}
