package org.safeguarding.core.plan;

/** Whether the session has a chat and whether its log is kept. */
public enum ChatMode {
  /** No chat. */
  NONE,

  /** A chat whose log is not kept. */
  NOT_RETAINED,

  /** A chat whose log is kept securely. */
  RETAINED
}
