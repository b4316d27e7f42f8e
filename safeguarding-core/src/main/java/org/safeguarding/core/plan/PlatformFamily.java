package org.safeguarding.core.plan;

/**
 * Which product a platform is, so that reports can name its settings as that product names them (a
 * Zoom waiting room is a Teams lobby). It changes no judgement: the rules read the account type,
 * the controls and the interaction, never the family. A plan that gives none gets neutral words;
 * the family is never guessed from the platform's free-text name.
 */
public enum PlatformFamily {
  /** Zoom Meetings or Zoom Webinars. */
  ZOOM,
  /** Microsoft Teams. */
  TEAMS,
  /** Google Meet. */
  MEET,
  /** YouTube Live. */
  YOUTUBE,
  /** Facebook Live. */
  FACEBOOK,
  /** Any other platform: reports use neutral words. */
  OTHER
}
