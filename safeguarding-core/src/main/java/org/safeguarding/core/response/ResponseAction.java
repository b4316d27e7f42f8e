package org.safeguarding.core.response;

/**
 * The actions an incident can call for, in the order they are taken when due at the same instant.
 */
public enum ResponseAction {
  /** Call the emergency services (999): a life is at risk. */
  EMERGENCY_SERVICES,
  /** Tell the organisation's safeguarding lead. */
  INFORM_SAFEGUARDING_LEAD,
  /** Leave the session and telephone the participant who was removed. */
  PHONE_PARTICIPANT,
  /** Contact the participant straight after the session: a concern without removal. */
  CONTACT_AFTER_SESSION,
  /** Check on a distressed participant the next day. */
  FOLLOW_UP_NEXT_DAY,
  /** Record the incident in the organisation's records. */
  RECORD_INCIDENT,
  /** Refer the concern to the local authority's safeguarding team. */
  LOCAL_AUTHORITY_REFERRAL,
  /** Report the intrusion to the platform. */
  REPORT_TO_PLATFORM,
  /** Review the platform's controls before the next session. */
  REVIEW_PLATFORM_CONTROLS,
  /** Review the session's risk register in the light of the incident. */
  REVIEW_RISK_REGISTER
}
