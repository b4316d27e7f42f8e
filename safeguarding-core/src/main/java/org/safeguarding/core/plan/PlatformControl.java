package org.safeguarding.core.plan;

/** A security setting of the platform that is switched on for the session. */
public enum PlatformControl {
  /** A passcode is needed to join. */
  PASSCODE,

  /** People wait in a waiting room or lobby until admitted. */
  WAITING_ROOM,

  /** Only the host can share their screen. */
  HOST_ONLY_SCREEN_SHARE,

  /** Participants cannot send files. */
  FILE_TRANSFER_DISABLED,

  /** Nobody can join before the host. */
  JOIN_BEFORE_HOST_DISABLED,

  /** A removed participant cannot rejoin. */
  REMOVED_CANNOT_REJOIN,

  /** Participants cannot chat privately with each other. */
  PRIVATE_CHAT_DISABLED,

  /** The meeting is locked once it has started. */
  LOCK_AFTER_START,

  /** Only the host can rename participants. */
  HOST_CONTROLS_RENAME,

  /** Participants' cameras and microphones are off. */
  PARTICIPANT_AV_OFF,

  /** Comments are switched off. */
  COMMENTS_DISABLED
}
