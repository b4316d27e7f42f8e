package org.safeguarding.rules.internal.admission;

import static org.safeguarding.core.admission.Verdict.REFUSE;
import static org.safeguarding.core.admission.Verdict.WAIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.AdmissionRule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.internal.consent.ConsentRequirements;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.internal.supervision.SupervisionRules;
import org.safeguarding.rules.internal.vetting.CheckRequirements;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Decides whether a person waiting to join may be let in now.
 *
 * <p>Every reason that applies is given, the most serious first, so that the host sees everything
 * that stands in the way, not just the first thing. The person is judged as if arriving: if the
 * room already lists them as present, they are left out of the count of who is in the room.
 *
 * <p>The door obeys the assessment of the same plan: no participant is let in while it holds a
 * blocker (the session, a risk, a policy, a member of staff, a rule that failed); a blocker about
 * one participant holds that participant alone, through the door's own code where it has one (the
 * blocker's description names it), else through ADMIT_SESSION_BLOCKED naming the blocker's code.
 * Staff may still come in. A participant whose required consent is unverified waits.
 *
 * <p>Only staff who count as adults (18 or over, with a check in place) and who hold the check
 * their role needs count as adults in the room: someone the door would refuse cannot supervise. A
 * volunteer whose check is enough only because someone supervises them counts only while someone
 * who can supervise them is in the room.
 */
public final class Door {

  static final AdmissionRule UNKNOWN_PERSON =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_UNKNOWN_PERSON,
          REFUSE,
          "The person is neither on the plan's staff nor among its participants.",
          Sources.RUNNING_SESSIONS_GUIDE,
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CIS_ZOOM);

  static final AdmissionRule REMOVED =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_REMOVED,
          REFUSE,
          "The person was removed from the session: removed people stay out for the rest of it,"
              + " whatever the platform allows. Staff who decide otherwise take them off the room's"
              + " removed list.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CIS_ZOOM);

  static final AdmissionRule CONSENT_MISSING =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_CONSENT_MISSING,
          REFUSE,
          "A participant's consent to take part is missing or withdrawn, or the session is"
              + " recorded on audio and video and no consent in place covers recording them (a"
              + " parent's or carer's confirmed by email or in writing).",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.UK_GDPR_ART_8,
          Sources.NSPCC_RECORDING);

  static final AdmissionRule STAFF_UNCHECKED =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_STAFF_UNCHECKED,
          REFUSE,
          "A member of staff of a session with vulnerable participants does not hold, by the"
              + " session date, the criminal-records check their role needs: its level, and where"
              + " the rulebook requires a scheme (PVG for regulated work in Scotland), a current"
              + " check of that scheme.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.DBS,
          Sources.ACCESSNI,
          Sources.DISCLOSURE_SCOTLAND_PVG);

  static final AdmissionRule SESSION_BLOCKED =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_SESSION_BLOCKED,
          WAIT,
          "The assessment of the plan holds a blocker (other than the safeguarding lead's absence,"
              + " which has its own reason) about the session, a risk, a policy, a member of staff"
              + " or a rule that failed, which keeps every participant waiting; or one about this"
              + " participant that the door has no code of its own for. The reason names the"
              + " blockers' codes.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.RUNNING_SESSIONS_GUIDE);

  static final AdmissionRule CONSENT_UNVERIFIED =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_CONSENT_UNVERIFIED,
          WAIT,
          "The participant's required consent is in place but unverified: a parent's or carer's"
              + " consent not confirmed by email or in writing, or anyone's consent recorded as"
              + " unverified.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.UK_GDPR_ART_8);

  static final AdmissionRule AWAIT_ADULTS =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_AWAIT_ADULTS,
          WAIT,
          "A vulnerable participant arrives before the rulebook's number of counted adults (2 by"
              + " default) is in the room; for a one-to-one, before the adults the one-to-one rules"
              + " ask for: the mentor (the rulebook's one-to-one adults), and a colleague too (its"
              + " one-to-one colleagues) when no responsible adult is at the participant's home.",
          Sources.NSPCC_RATIOS,
          Sources.SCOUTS_ONLINE,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE);

  static final AdmissionRule AWAIT_RATIO =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_AWAIT_RATIO,
          WAIT,
          "Letting the participant in would need more counted adults than are in the room, by the"
              + " same reckoning as the session's supervision (ratio bands, minimum adults).",
          Sources.NSPCC_RATIOS,
          Sources.SCOUTS_ONLINE);

  static final AdmissionRule IDENTITY_CHECK =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_IDENTITY_CHECK,
          WAIT,
          "The participant joins on persistent public accounts and their identity has not been"
              + " verified.",
          Sources.RUNNING_SESSIONS_GUIDE,
          Sources.PLATFORM_QUESTIONS_GUIDE);

  static final AdmissionRule LEAD_UNAVAILABLE =
      AdmissionRule.of(
          AdmissionCodes.ADMIT_LEAD_UNAVAILABLE,
          WAIT,
          "No safeguarding lead is available for the session: participants wait (staff may come"
              + " in, to tell them).",
          Sources.RUNNING_SESSIONS_GUIDE,
          Sources.PLATFORM_QUESTIONS_GUIDE);

  /** Every code, in the order reasons are given: refusals first. */
  private static final List<AdmissionRule> RULES =
      List.of(
          UNKNOWN_PERSON,
          REMOVED,
          CONSENT_MISSING,
          STAFF_UNCHECKED,
          SESSION_BLOCKED,
          CONSENT_UNVERIFIED,
          AWAIT_ADULTS,
          AWAIT_RATIO,
          IDENTITY_CHECK,
          LEAD_UNAVAILABLE);

  private Door() {}

  /** {@return every reason code the door can give, refusals first} */
  public static List<AdmissionRule> rules() {
    return RULES;
  }

  /**
   * Checks that a room names only people on the plan.
   *
   * @param plan the plan
   * @param room the room
   * @throws InvalidPlanException naming, with its path, every id in the room not on the plan
   */
  public static void requireOnPlan(SessionPlan plan, RoomState room) {
    Set<String> people = new HashSet<>();
    plan.staff().forEach(member -> people.add(member.id()));
    plan.participants().forEach(participant -> people.add(participant.id()));
    StructureChecks checks = new StructureChecks();
    notOnPlan("$.present", room.present(), people, checks);
    notOnPlan("$.removed", room.removed(), people, checks);
    checks.throwIfAny(SafeguardingJson.ROOM);
  }

  private static void notOnPlan(
      String path, List<String> ids, Set<String> people, StructureChecks checks) {
    for (int i = 0; i < ids.size(); i++) {
      if (!people.contains(ids.get(i))) {
        checks.add(path + "[" + i + "]", "is not on the plan's staff or participants");
      }
    }
  }

  /**
   * Decides whether a person may come in now.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @param room who is in the room, and who was removed
   * @param person the id of the person at the door
   * @param assessment the assessment of the same plan with the same rulebook
   * @param descriptions the description of each code the assessment can hold (null for a code the
   *     caller does not know, which is then read the most protective way)
   * @return the admission
   * @throws InvalidPlanException if the room names anyone not on the plan, or the person's id is
   *     not a valid id
   * @throws IllegalArgumentException if the assessment is not of this plan, by this rulebook, at
   *     this date: the door must obey the plan's own assessment
   */
  public static Admission admit(
      SessionFacts facts,
      Rulebook rulebook,
      RoomState room,
      String person,
      Assessment assessment,
      Function<String, @Nullable RuleDescription> descriptions) {
    SessionPlan plan = facts.plan();
    if (!assessment.planId().equals(plan.id())
        || !assessment.rulebook().equals(rulebook.id())
        || !assessment.asOf().equals(facts.asOf())) {
      throw new IllegalArgumentException(
          "the assessment given to the door is not of plan "
              + plan.id()
              + " by rulebook "
              + rulebook.id()
              + " on "
              + facts.asOf());
    }
    requireOnPlan(plan, room);
    // Said as the admission's own field, which is where the id would go.
    StructureChecks personId = new StructureChecks();
    personId.id("$.person", person);
    personId.throwIfAny(SafeguardingJson.ADMISSION);
    Map<String, StaffMember> staff = new HashMap<>();
    plan.staff().forEach(member -> staff.put(member.id(), member));
    Map<String, Participant> participants = new HashMap<>();
    plan.participants().forEach(participant -> participants.put(participant.id(), participant));
    Reasons reasons = new Reasons();
    @Nullable StaffMember member = staff.get(person);
    @Nullable Participant participant = participants.get(person);
    if (member == null && participant == null) {
      reasons.add(
          UNKNOWN_PERSON,
          "this person is not on the plan's staff or participants: do not let them in");
      return reasons.admission(person);
    }
    CheckRequirements checks = CheckRequirements.of(facts, rulebook);
    if (room.removed().contains(person)) {
      reasons.add(
          REMOVED,
          person
              + " was removed from this session and stays out for the rest of it: staff who decide"
              + " otherwise take them off the room's removed list");
    }
    if (member != null) {
      unchecked(facts, checks, member, reasons);
      return reasons.admission(person);
    }
    // Not staff and not unknown, so a participant.
    Participant arriving = Objects.requireNonNull(participant);
    consent(facts, rulebook, arriving, requirementOf(assessment, arriving), reasons);
    List<StaffMember> staffInRoom = new ArrayList<>();
    List<Participant> inRoom = new ArrayList<>();
    for (String id : room.present()) {
      if (id.equals(person)) {
        continue; // judged as arriving
      }
      @Nullable StaffMember present = staff.get(id);
      if (present != null) {
        staffInRoom.add(present);
      } else {
        inRoom.add(participants.get(id));
      }
    }
    int adults = countedAdults(facts, checks, staffInRoom);
    supervision(facts, rulebook, arriving, inRoom, adults, reasons);
    if (plan.platform().accounts() == AccountType.PERSISTENT_PUBLIC
        && !arriving.identityVerified()) {
      reasons.add(
          IDENTITY_CHECK,
          person
              + " joins on a public account and their identity has not been verified: check that"
              + " their webcam image matches the account before letting them in");
    }
    if (!plan.safeguardingLeadAvailable()) {
      reasons.add(
          LEAD_UNAVAILABLE,
          "no safeguarding lead is available for this session: keep "
              + person
              + " in the waiting room and postpone the session");
    }
    // Last, so that a blocker the door has already given in its own words is not given twice.
    blockers(plan, arriving, assessment, descriptions, participants.keySet(), reasons);
    return reasons.admission(person);
  }

  /**
   * Holds the arriving participant for each blocker of the assessment that holds them and that the
   * door has not already given in its own words: every blocker holds every participant unless its
   * description says it holds only its participant and its subject is a participant of the plan.
   */
  private static void blockers(
      SessionPlan plan,
      Participant arriving,
      Assessment assessment,
      Function<String, @Nullable RuleDescription> descriptions,
      Set<String> participantIds,
      Reasons reasons) {
    Set<String> aboutSession = new TreeSet<>();
    Set<String> aboutArriving = new TreeSet<>();
    for (Finding finding : assessment.findings()) {
      if (finding.level() != FindingLevel.BLOCKER) {
        continue;
      }
      @Nullable RuleDescription description = descriptions.apply(finding.rule());
      boolean onlyItsParticipant =
          description != null
              && description.doorHold() == RuleDescription.DoorHold.ITS_PARTICIPANT
              && finding.subject().isPresent()
              && participantIds.contains(finding.subject().get());
      if (onlyItsParticipant && !finding.subject().get().equals(arriving.id())) {
        continue;
      }
      if (description != null
          && description.doorReason().isPresent()
          && reasons.gives(description.doorReason().get())) {
        continue;
      }
      (onlyItsParticipant ? aboutArriving : aboutSession).add(finding.rule());
    }
    if (aboutSession.isEmpty() && aboutArriving.isEmpty()) {
      return;
    }
    List<String> said = new ArrayList<>(2);
    if (!aboutSession.isEmpty()) {
      said.add(
          "the assessment of "
              + plan.id()
              + " holds "
              + (aboutSession.size() == 1 ? "a blocker that keeps" : "blockers that keep")
              + " every participant out ("
              + String.join(", ", aboutSession)
              + ")");
    }
    if (!aboutArriving.isEmpty()) {
      said.add(
          "it holds "
              + (aboutArriving.size() == 1 ? "a blocker" : "blockers")
              + " about "
              + arriving.id()
              + " ("
              + String.join(", ", aboutArriving)
              + ")");
    }
    reasons.add(
        SESSION_BLOCKED,
        String.join("; ", said)
            + ": keep "
            + arriving.id()
            + " in the waiting room until they are resolved");
  }

  /** The assessment's consent requirement for a participant: one each, in the plan's order. */
  private static @Nullable ConsentRequirement requirementOf(
      Assessment assessment, Participant participant) {
    for (ConsentRequirement requirement : assessment.consents()) {
      if (requirement.participant().equals(participant.id())) {
        return requirement;
      }
    }
    return null;
  }

  /**
   * The staff in the room who count as adults: adults with the check their role needs, and a
   * volunteer who needs supervision for that only while someone who can supervise them is there.
   */
  private static int countedAdults(
      SessionFacts facts, CheckRequirements checks, List<StaffMember> staffInRoom) {
    int supervisors = 0;
    for (StaffMember member : staffInRoom) {
      supervisors += checks.canSupervise(member) ? 1 : 0;
    }
    int adults = 0;
    for (StaffMember member : staffInRoom) {
      boolean counted = facts.isCountedAdult(member) && checks.holdsRequiredCheck(member);
      if (counted && checks.reliesOnSupervision(member)) {
        counted = supervisors > (checks.canSupervise(member) ? 1 : 0);
      }
      adults += counted ? 1 : 0;
    }
    return adults;
  }

  private static void unchecked(
      SessionFacts facts, CheckRequirements checks, StaffMember member, Reasons reasons) {
    if (checks.holdsRequiredCheck(member)) {
      return;
    }
    String id = member.id();
    Check check = member.check().orElse(null);
    if (check == null || check.issued().isAfter(facts.asOf())) {
      reasons.add(
          STAFF_UNCHECKED,
          id
              + " has no criminal-records check in place, and the session has vulnerable"
              + " participants: do not let them in");
    } else if (!facts.hasCheckInPlace(member)) {
      reasons.add(
          STAFF_UNCHECKED,
          id
              + " holds "
              + CheckRequirements.described(check.scheme())
              + " check, which does not apply in this jurisdiction, so they count as unchecked,"
              + " and the session has vulnerable participants: do not let them in");
    } else if (checks.schemeShortfall(member).isPresent()) {
      reasons.add(STAFF_UNCHECKED, checks.schemeShortfall(member).get() + ": do not let them in");
    } else {
      reasons.add(
          STAFF_UNCHECKED,
          id
              + " holds "
              + CheckRequirements.described(CheckRequirements.held(member.check().get()))
              + ", but needs "
              + CheckRequirements.described(checks.required(member))
              + " for this session: do not let them in");
    }
  }

  /**
   * The consent reasons, from the assessment's requirement. The assessment has one for every
   * participant unless working them out failed, and then its RULE_FAILED blocker holds everyone.
   */
  private static void consent(
      SessionFacts facts,
      Rulebook rulebook,
      Participant participant,
      @Nullable ConsentRequirement requirement,
      Reasons reasons) {
    if (requirement == null) {
      return;
    }
    String id = participant.id();
    if (requirement.status() == ConsentStatus.UNVERIFIED) {
      boolean parental = requirement.requiredFrom().orElseThrow() == ConsentGiver.PARENT_OR_CARER;
      reasons.add(
          CONSENT_UNVERIFIED,
          id
              + "'s consent from "
              + consenter(requirement, id)
              + (parental
                  ? " is not confirmed by email or in writing"
                  : " is recorded as unverified")
              + ": confirm it before letting them in");
    }
    if (requirement.status() == ConsentStatus.MISSING) {
      reasons.add(
          CONSENT_MISSING,
          id
              + " has no consent to take part in place from "
              + consenter(requirement, id)
              + ": do not let them in");
    } else if (requirement.status() == ConsentStatus.WITHDRAWN) {
      reasons.add(
          CONSENT_MISSING, "consent for " + id + " to take part was withdrawn: do not let them in");
    } else if (facts.plan().recording() == Recording.AUDIO_VISUAL
        && !ConsentRequirements.coversRecording(participant, requirement, facts, rulebook)) {
      reasons.add(
          CONSENT_MISSING,
          "the session is recorded, and no confirmed consent covers recording "
              + id
              + ": do not let them in while it is recorded");
    }
  }

  private static String consenter(ConsentRequirement requirement, String id) {
    switch (requirement.requiredFrom().orElseThrow()) {
      case PARENT_OR_CARER:
        return "a parent or carer";
      case BEST_INTERESTS_DECISION:
        return "a best-interests decision";
      case ATTORNEY:
        return "an attorney";
      default:
        return id + " themself";
    }
  }

  /**
   * The two supervision reasons. The ratio is given as a reason of its own only when it asks for
   * more adults than the wait for adults already does, so that one shortfall is not told twice.
   */
  private static void supervision(
      SessionFacts facts,
      Rulebook rulebook,
      Participant arriving,
      List<Participant> inRoom,
      int adults,
      Reasons reasons) {
    String id = arriving.id();
    // A one-to-one asks for what the one-to-one rules ask for: the mentor, and a colleague too
    // when no responsible adult is at the participant's home. A group asks for the rulebook's
    // adults before any vulnerable participant.
    boolean unsafeguardedOneToOne = facts.isOneToOne() && !arriving.responsibleAdultAtHome();
    int before =
        facts.isOneToOne()
            ? (unsafeguardedOneToOne
                ? SupervisionRules.withColleague(rulebook)
                : rulebook.oneToOneAdults())
            : rulebook.adultsPresentBeforeVulnerable();
    boolean awaitAdults = facts.isVulnerable(arriving) && adults < before;
    if (awaitAdults) {
      reasons.add(
          AWAIT_ADULTS,
          id
              + " is vulnerable: "
              + (before == 1 ? "1 checked adult" : before + " checked adults")
              + " must be in the room before they come in"
              + (facts.isOneToOne()
                  ? unsafeguardedOneToOne
                      ? " (a one-to-one with no responsible adult at their home: the mentor and a"
                          + " colleague)"
                      : " (a one-to-one: the mentor)"
                  : "")
              + ", and "
              + adults
              + (adults == 1 ? " is" : " are"));
    }
    List<Participant> admitted = new ArrayList<>(inRoom);
    admitted.add(arriving);
    int required = RequiredAdults.forParticipants(facts, rulebook, admitted);
    if (adults < required && !(awaitAdults && required <= before)) {
      reasons.add(
          AWAIT_RATIO,
          "with "
              + id
              + ", the "
              + admitted.size()
              + (admitted.size() == 1 ? " participant" : " participants")
              + " in the room would need "
              + required
              + " checked "
              + (required == 1 ? "adult" : "adults")
              + ", and "
              + adults
              + (adults == 1 ? " is" : " are")
              + " present");
    }
  }

  /** The reasons found, given in the order of {@link #RULES}, refusals first. */
  private static final class Reasons {
    private final Map<AdmissionRule, String> messages = new HashMap<>();

    void add(AdmissionRule rule, String message) {
      messages.putIfAbsent(rule, message);
    }

    /** Whether a reason with this code has been given. */
    boolean gives(String code) {
      for (AdmissionRule rule : messages.keySet()) {
        if (rule.code().equals(code)) {
          return true;
        }
      }
      return false;
    }

    Admission admission(String person) {
      Verdict verdict = Verdict.ADMIT;
      List<AdmissionReason> given = new ArrayList<>(messages.size());
      for (AdmissionRule rule : RULES) {
        @Nullable String message = messages.get(rule);
        if (message == null) {
          continue;
        }
        if (rule.verdict().isAtLeast(verdict)) {
          verdict = rule.verdict();
        }
        given.add(
            AdmissionReason.builder()
                .rule(rule.code())
                .message(message)
                .sources(rule.sources())
                .build());
      }
      return Admission.builder().person(person).verdict(verdict).reasons(given).build();
    }
  }
}
