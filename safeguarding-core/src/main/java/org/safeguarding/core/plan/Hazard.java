package org.safeguarding.core.plan;

/** A kind of harm a risk-register entry is about. */
public enum Hazard {
  /** Uninvited people joining and disrupting the session. */
  SESSION_HIJACK,

  /** Someone pretending to be who they are not. */
  IMPERSONATION,

  /** Grooming of a participant. */
  GROOMING,

  /** Inappropriate content shown or shared. */
  INAPPROPRIATE_CONTENT,

  /** A participant becoming distressed. */
  PARTICIPANT_DISTRESS,

  /** Abuse between participants. */
  PEER_ABUSE,

  /** Personal data visible to others. */
  PERSONAL_DATA_EXPOSURE,

  /** A breach of stored data. */
  DATA_BREACH,

  /** A breach of professional boundaries. */
  BOUNDARY_BREACH,

  /** Another hazard. */
  OTHER
}
