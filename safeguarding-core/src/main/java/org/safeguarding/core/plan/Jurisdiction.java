package org.safeguarding.core.plan;

/** The UK nation whose law and vetting scheme apply to the session. */
public enum Jurisdiction {
  /** England: DBS checks. */
  ENGLAND,

  /** Wales: DBS checks. */
  WALES,

  /** Scotland: Disclosure Scotland and the PVG scheme. */
  SCOTLAND,

  /** Northern Ireland: AccessNI checks. */
  NORTHERN_IRELAND
}
