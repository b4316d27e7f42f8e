package org.safeguarding.core.plan;

/** What record of the session itself is kept. */
public enum Recording {
  /** No record. */
  NONE,

  /** Written notes of the purpose, what was said and achieved. */
  NOTES,

  /** An audio-visual recording. */
  AUDIO_VISUAL
}
