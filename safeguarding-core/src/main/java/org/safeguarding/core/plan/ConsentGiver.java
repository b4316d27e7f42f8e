package org.safeguarding.core.plan;

/** Who gave a consent. */
public enum ConsentGiver {
  /** The participant themself. */
  SELF,

  /** A parent or carer. */
  PARENT_OR_CARER,

  /** A best-interests decision under the Mental Capacity Act 2005. */
  BEST_INTERESTS_DECISION,

  /** A holder of a lasting power of attorney. */
  ATTORNEY
}
