package org.safeguarding.rules;

/**
 * The codes of the built-in findings, as constants, so that code which reads an assessment (or a
 * custom rule that refers to a built-in code) names them without a literal string. Each is a stable
 * public identifier: it appears as {@code rule} in every finding of the JSON contract and is
 * described, with its levels and sources, by {@link SafeguardingEngine#rules()}.
 */
public final class FindingCodes {

  private FindingCodes() {}

  /**
   * WARNING: Children and adults take part in the same session (a participant of unknown age counts
   * as a child).
   */
  public static final String AGE_MIXING = "AGE_MIXING";

  /** WARNING: A participant's age is not given; they are judged as a young child. */
  public static final String AGE_UNKNOWN = "AGE_UNKNOWN";

  /** WARNING: The session's attendance and times are not recorded. */
  public static final String ATTENDANCE_NOT_RECORDED = "ATTENDANCE_NOT_RECORDED";

  /**
   * WARNING: A session planned as a broadcast lets participants post (its chat is not NONE, or
   * COMMENTS_DISABLED is not set), so it is judged as an interactive session by every rule:
   * supervision, registration, identity, inferred risks and required controls.
   */
  public static final String BROADCAST_IS_INTERACTIVE = "BROADCAST_IS_INTERACTIVE";

  /**
   * WARNING: A participant from the age of digital consent up to the capacity age has not been
   * assessed as competent to consent (Gillick), or one from the capacity age who is at risk or has
   * needs has not been assessed for capacity.
   */
  public static final String CAPACITY_NOT_ASSESSED = "CAPACITY_NOT_ASSESSED";

  /** WARNING: The session has a chat whose messages are not kept. */
  public static final String CHAT_NOT_RETAINED = "CHAT_NOT_RETAINED";

  /**
   * BLOCKER: A participant has no consent to take part from the person who must give it: a parent
   * or carer under the jurisdiction's age of digital consent, the participant from it, or, when
   * they lack capacity, a parent or carer under the capacity age and a best-interests decision (or
   * an attorney, from the attorney age) from it.
   */
  public static final String CONSENT_MISSING = "CONSENT_MISSING";

  /**
   * WARNING: A participant's required consent is in place but not confirmed: a parent's or carer's
   * consent not confirmed by email or in writing, or anyone's consent recorded as unverified
   * (nobody knows that the person named gave it).
   */
  public static final String CONSENT_UNVERIFIED = "CONSENT_UNVERIFIED";

  /**
   * BLOCKER: Consent to take part was withdrawn on or before the session date and not given again
   * since by the person who must give it, confirmed (not recorded as unverified; a parent's or
   * carer's by email or in writing).
   */
  public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

  /**
   * WARNING: A participant has mental-health needs and there are fewer counted adults other than
   * external tutors than the rulebook's distress cover, so nobody can leave the session to phone a
   * distressed person.
   */
  public static final String DISTRESS_COVER_MISSING = "DISTRESS_COVER_MISSING";

  /** WARNING: An interactive session with vulnerable participants has no holding screen. */
  public static final String HOLDING_SCREEN_MISSING = "HOLDING_SCREEN_MISSING";

  /**
   * WARNING: A participant on a platform of persistent public accounts has not had their identity
   * checked.
   */
  public static final String IDENTITY_UNVERIFIED = "IDENTITY_UNVERIFIED";

  /** WARNING: The service does not know its local authority safeguarding contact. */
  public static final String LOCAL_AUTHORITY_CONTACT_UNKNOWN = "LOCAL_AUTHORITY_CONTACT_UNKNOWN";

  /**
   * WARNING: An interactive group session with vulnerable participants where no counted adult but
   * the lead is a HOST or CO_FACILITATOR to run the waiting room, check identities and control
   * microphones and cameras.
   */
  public static final String NO_SESSION_ADMINISTRATOR = "NO_SESSION_ADMINISTRATOR";

  /**
   * WARNING: A one-to-one session with a vulnerable participant and no colleague (as for
   * ONE_TO_ONE_UNSAFEGUARDED), with a responsible adult nearby at home.
   */
  public static final String ONE_TO_ONE_NO_COLLEAGUE = "ONE_TO_ONE_NO_COLLEAGUE";

  /**
   * BLOCKER: A one-to-one session with a vulnerable participant, no colleague (fewer counted
   * adults, adult staff with a check, than the rulebook's one-to-one adults and colleagues: 2 by
   * default), and no responsible adult nearby at the participant's home.
   */
  public static final String ONE_TO_ONE_UNSAFEGUARDED = "ONE_TO_ONE_UNSAFEGUARDED";

  /** WARNING: A participant joins from a bedroom. */
  public static final String PARTICIPANT_IN_BEDROOM = "PARTICIPANT_IN_BEDROOM";

  /**
   * WARNING or ADVICE: A platform control the rulebook requires for the session's interaction is
   * not set (WARNING), or one it advises is not set (ADVICE). By default an interactive session
   * requires PASSCODE, WAITING_ROOM, HOST_ONLY_SCREEN_SHARE, FILE_TRANSFER_DISABLED,
   * JOIN_BEFORE_HOST_DISABLED and REMOVED_CANNOT_REJOIN and advises PRIVATE_CHAT_DISABLED,
   * LOCK_AFTER_START and HOST_CONTROLS_RENAME; a broadcast requires PARTICIPANT_AV_OFF,
   * HOST_ONLY_SCREEN_SHARE and COMMENTS_DISABLED. A broadcast in which participants can post needs
   * the controls of both.
   */
  public static final String PLATFORM_CONTROL_MISSING = "PLATFORM_CONTROL_MISSING";

  /**
   * BLOCKER or WARNING or ADVICE: The service lacks a policy, at the level the rulebook gives it
   * (by default BLOCKER for SAFEGUARDING_POLICY and INCIDENT_RECORDING, WARNING for the others).
   */
  public static final String POLICY_MISSING = "POLICY_MISSING";

  /**
   * BLOCKER: The session is recorded on audio and video, and no confirmed consent in place from the
   * person who must give it covers recording a participant (none recorded as unverified counts; a
   * parent's or carer's must be confirmed by email or in writing).
   */
  public static final String RECORDING_CONSENT_MISSING = "RECORDING_CONSENT_MISSING";

  /** WARNING: A participant of an interactive session has not registered beforehand. */
  public static final String REGISTRATION_MISSING = "REGISTRATION_MISSING";

  /** WARNING: The service's online remit has not been approved. */
  public static final String REMIT_NOT_APPROVED = "REMIT_NOT_APPROVED";

  /** WARNING: Vulnerable participants take part and the plan's risk register is empty. */
  public static final String RISK_ASSESSMENT_MISSING = "RISK_ASSESSMENT_MISSING";

  /**
   * BLOCKER: A risk's current rating is in the EXTREME band: the engine's rating from the plan's
   * facts when the register rates the hazard lower, else the residual rating when the entry lists a
   * mitigation, else the inherent rating.
   */
  public static final String RISK_EXTREME = "RISK_EXTREME";

  /** WARNING: A risk's current rating is in the HIGH band. */
  public static final String RISK_HIGH = "RISK_HIGH";

  /**
   * ADVICE: The plan's facts call for a hazard the risk register lacks, so the engine added it,
   * rated from those facts.
   */
  public static final String RISK_NOT_IN_REGISTER = "RISK_NOT_IN_REGISTER";

  /** WARNING: A declared risk's review date is before the session date. */
  public static final String RISK_REVIEW_OVERDUE = "RISK_REVIEW_OVERDUE";

  /**
   * ADVICE: The register rates a hazard lower than the plan's facts give: the engine's rating is
   * the one that counts, for RISK_HIGH and RISK_EXTREME and for the priority order.
   */
  public static final String RISK_UNDERRATED = "RISK_UNDERRATED";

  /**
   * WARNING: A declared risk is HIGH or EXTREME before mitigation and the register lists no
   * mitigations for it.
   */
  public static final String RISK_UNMITIGATED = "RISK_UNMITIGATED";

  /**
   * BLOCKER: A rule failed while assessing the plan, so the plan could not be fully judged; the
   * subject names the rule, and the message the type of error it threw.
   */
  public static final String RULE_FAILED = "RULE_FAILED";

  /**
   * BLOCKER: The safeguarding lead is not available during the session; the decision is POSTPONE
   * unless something else blocks the session.
   */
  public static final String SAFEGUARDING_LEAD_UNAVAILABLE = "SAFEGUARDING_LEAD_UNAVAILABLE";

  /** ADVICE: A one-to-one session keeps no record at all (recording NONE). */
  public static final String SESSION_NOT_RECORDED = "SESSION_NOT_RECORDED";

  /**
   * BLOCKER: A member of staff's check is below the level the rulebook sets for their roles, the
   * audience (children or adults at risk) and how often the session runs; PVG membership counts as
   * ENHANCED_BARRED, a member of staff with no role is judged by the strictest role, and so is a
   * volunteer with nobody to supervise them (no other checked adult in a role other than volunteer
   * or external tutor whose own check is sufficient). Or the rulebook requires a scheme for the
   * jurisdiction and frequency (by default PVG scheme membership for regulated work in Scotland: a
   * regular session with children or adults at risk) and the check is of another scheme, or older
   * than the scheme's period, so the membership has lapsed.
   */
  public static final String STAFF_CHECK_INSUFFICIENT = "STAFF_CHECK_INSUFFICIENT";

  /**
   * BLOCKER: A member of staff has no criminal-records check issued on or before the session date.
   */
  public static final String STAFF_CHECK_MISSING = "STAFF_CHECK_MISSING";

  /**
   * WARNING: A member of staff's check was issued longer ago than the rulebook's re-check period
   * for its scheme.
   */
  public static final String STAFF_CHECK_STALE = "STAFF_CHECK_STALE";

  /**
   * WARNING: A member of staff's check is from a scheme that does not apply in the service's
   * jurisdiction (DBS in England and Wales, AccessNI in Northern Ireland, Disclosure Scotland or
   * PVG in Scotland, by default).
   */
  public static final String STAFF_CHECK_WRONG_SCHEME = "STAFF_CHECK_WRONG_SCHEME";

  /** WARNING: A member of staff uses a personal account rather than the organisation's. */
  public static final String STAFF_PERSONAL_ACCOUNT = "STAFF_PERSONAL_ACCOUNT";

  /**
   * WARNING: A member of staff has no safeguarding training completed by the session date, or it is
   * older than the rulebook's training period.
   */
  public static final String STAFF_TRAINING_MISSING = "STAFF_TRAINING_MISSING";

  /**
   * BLOCKER: Fewer counted adults (adult staff with a check) than the session needs: for an
   * interactive group with vulnerable participants, the rulebook's minimum and at least the ratio
   * for each age band, adults at risk as a band of their own; the rulebook's figure for a broadcast
   * to vulnerable participants, a one-to-one session, or a session without vulnerable participants.
   */
  public static final String SUPERVISION_SHORTFALL = "SUPERVISION_SHORTFALL";

  /** ADVICE: A participant's display name shows their surname. */
  public static final String SURNAME_VISIBLE = "SURNAME_VISIBLE";

  /**
   * WARNING: A participant who would be supervised or accompanied offline is not accompanied
   * online.
   */
  public static final String UNACCOMPANIED_ONLINE = "UNACCOMPANIED_ONLINE";
}
