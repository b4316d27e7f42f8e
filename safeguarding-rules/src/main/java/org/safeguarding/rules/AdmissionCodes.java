package org.safeguarding.rules;

/**
 * The codes of the reasons the door gives ({@code engine.admit}), as constants, so that code which
 * reads an admission names them without a literal string. Each is a stable public identifier: it
 * appears as {@code rule} in every reason of the admission's JSON and is described, with its
 * verdict and sources, by {@link SafeguardingEngine#admissionRules()}. The actions of an incident
 * response are the enum {@link org.safeguarding.core.response.ResponseAction}.
 */
public final class AdmissionCodes {

  private AdmissionCodes() {}

  /** REFUSE: The person is neither on the plan's staff nor among its participants. */
  public static final String ADMIT_UNKNOWN_PERSON = "ADMIT_UNKNOWN_PERSON";

  /**
   * REFUSE: The person was removed from the session: removed people stay out for the rest of it,
   * whatever the platform allows. Staff who decide otherwise take them off the room's removed list.
   */
  public static final String ADMIT_REMOVED = "ADMIT_REMOVED";

  /**
   * REFUSE: A participant's consent to take part is missing or withdrawn, or the session is
   * recorded on audio and video and no consent in place covers recording them (a parent's or
   * carer's confirmed by email or in writing).
   */
  public static final String ADMIT_CONSENT_MISSING = "ADMIT_CONSENT_MISSING";

  /**
   * REFUSE: A member of staff of a session with vulnerable participants does not hold, by the
   * session date, the criminal-records check their role needs: its level, and where the rulebook
   * requires a scheme (PVG for regulated work in Scotland), a current check of that scheme.
   */
  public static final String ADMIT_STAFF_UNCHECKED = "ADMIT_STAFF_UNCHECKED";

  /**
   * WAIT: The assessment of the plan holds a blocker (other than the safeguarding lead's absence,
   * which has its own reason) about the session, a risk, a policy, a member of staff or a rule that
   * failed, which keeps every participant waiting; or one about this participant that the door has
   * no code of its own for. The reason names the blockers' codes.
   */
  public static final String ADMIT_SESSION_BLOCKED = "ADMIT_SESSION_BLOCKED";

  /**
   * WAIT: The participant's required consent is in place but unverified: a parent's or carer's
   * consent not confirmed by email or in writing, or anyone's consent recorded as unverified.
   */
  public static final String ADMIT_CONSENT_UNVERIFIED = "ADMIT_CONSENT_UNVERIFIED";

  /**
   * WAIT: A vulnerable participant arrives before the rulebook's number of counted adults (2 by
   * default) is in the room; for a one-to-one, before the adults the one-to-one rules ask for: the
   * mentor (the rulebook's one-to-one adults), and a colleague too (its one-to-one colleagues) when
   * no responsible adult is at the participant's home.
   */
  public static final String ADMIT_AWAIT_ADULTS = "ADMIT_AWAIT_ADULTS";

  /**
   * WAIT: Letting the participant in would need more counted adults than are in the room, by the
   * same reckoning as the session's supervision (ratio bands, minimum adults).
   */
  public static final String ADMIT_AWAIT_RATIO = "ADMIT_AWAIT_RATIO";

  /**
   * WAIT: The participant joins on persistent public accounts and their identity has not been
   * verified.
   */
  public static final String ADMIT_IDENTITY_CHECK = "ADMIT_IDENTITY_CHECK";

  /**
   * WAIT: No safeguarding lead is available for the session: participants wait (staff may come in,
   * to tell them).
   */
  public static final String ADMIT_LEAD_UNAVAILABLE = "ADMIT_LEAD_UNAVAILABLE";
}
