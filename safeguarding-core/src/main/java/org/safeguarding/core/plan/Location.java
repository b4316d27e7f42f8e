package org.safeguarding.core.plan;

/** Where a participant joins from. */
public enum Location {
  /** A bedroom. */
  BEDROOM,

  /** A private room other than a bedroom. */
  PRIVATE_ROOM,

  /** A shared space in the home or elsewhere. */
  SHARED_SPACE
}
