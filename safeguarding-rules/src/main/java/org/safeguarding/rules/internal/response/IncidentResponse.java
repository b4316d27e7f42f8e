package org.safeguarding.rules.internal.response;

import static org.safeguarding.core.response.ResponseAction.CONTACT_AFTER_SESSION;
import static org.safeguarding.core.response.ResponseAction.EMERGENCY_SERVICES;
import static org.safeguarding.core.response.ResponseAction.FOLLOW_UP_NEXT_DAY;
import static org.safeguarding.core.response.ResponseAction.INFORM_SAFEGUARDING_LEAD;
import static org.safeguarding.core.response.ResponseAction.LOCAL_AUTHORITY_REFERRAL;
import static org.safeguarding.core.response.ResponseAction.PHONE_PARTICIPANT;
import static org.safeguarding.core.response.ResponseAction.RECORD_INCIDENT;
import static org.safeguarding.core.response.ResponseAction.REPORT_TO_PLATFORM;
import static org.safeguarding.core.response.ResponseAction.REVIEW_PLATFORM_CONTROLS;
import static org.safeguarding.core.response.ResponseAction.REVIEW_RISK_REGISTER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.ActionRule;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Works out what must happen after an incident: which actions, who owns each, and when each is due.
 *
 * <p>Owners. The handler owns what the person on the spot must do: the member of staff who handled
 * the incident, else the session's lead, else the safeguarding lead. The safeguarding lead owns the
 * referral and the reviews: the plan's member of staff with the SAFEGUARDING_LEAD role, else (or
 * when the plan says the lead is unavailable) the role itself, for whoever holds or covers it in
 * the organisation. A handler who is the safeguarding lead is told to take charge rather than to
 * tell themself.
 *
 * <p>Phone calls and follow-ups belong to a member of the organisation's staff, who can leave the
 * session to make them while others stay with the group (seed 000: the staff member phones; the
 * volunteer stays with the tutor and the group): the handler, unless they are an external tutor or
 * only a volunteer; else the session's lead; else the safeguarding lead.
 *
 * <p>After a disclosure or suspected abuse about a child, telling the child or their family may put
 * the child at risk or jeopardise a police investigation, so every action that would contact them
 * becomes the safeguarding lead's decision whether and how they are contacted (Wales Safeguarding
 * Procedures; Working Together to Safeguard Children 2023), due when the contact itself would be.
 *
 * <p>Everyone in a hijacked session may have seen or heard the intrusion: when any participant is
 * vulnerable, one contact after the session reaches every participant, and the parents or carers of
 * the children, with an offer of support.
 *
 * <p>A call about a child reaches their parent or carer, with the child; one about an adult who
 * lacks capacity reaches whoever supports them too. A caller who leaves the session to phone is
 * told to keep the counted adults it needs with the group, or to pause it.
 *
 * <p>An incident always gets a response. A handler the plan's staff does not hold (cover staff)
 * keeps the immediate actions under the id the incident gives ({@link OwnerType#NOT_ON_PLAN}), and
 * the actions they would own later go to the safeguarding lead; a participant the plan does not
 * hold (a sibling who walked into the camera) is judged as a child of unknown age, except in a
 * hijack, where they are taken to be the intruder and nobody calls them. An incident about a member
 * of the plan's staff (an allegation) contacts nobody about them as a participant, and they own
 * none of its actions, not even as its handler or as the safeguarding lead. A handler who is one of
 * the participants is passed over like a missing one. Each such reading is named in a note.
 */
public final class IncidentResponse {

  /** Who makes the phone calls and follow-ups, as the user documentation says it. */
  private static final String CALLER =
      "The handler, if one of the organisation's own staff on the plan (not an external tutor, not"
          + " only a volunteer, not without a role) and a counted adult; else the session's first"
          + " lead who is both; else the safeguarding lead. A handler not on the plan's staff"
          + " leaves it to the safeguarding lead; the member of staff an incident is about never"
          + " calls.";

  /** Who contacts a child and their family after a disclosure, as the documentation says it. */
  private static final String CHILD_CONTACT =
      " After a disclosure or suspected abuse about a child (under the adult age, of unknown age,"
          + " or not on the plan), the safeguarding lead, who decides whether and how the child and"
          + " their family are contacted.";

  /** What seed 000's procedure of phone calls and follow-ups cites alone. */
  private static final List<String> PROCEDURE = List.of(Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule EMERGENCY =
      ActionRule.of(
          EMERGENCY_SERVICES,
          "Someone's life is at risk.",
          "The handler, even under an id not on the plan's staff.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule INFORM_LEAD =
      ActionRule.of(
          INFORM_SAFEGUARDING_LEAD,
          "Every incident.",
          "The handler, even under an id not on the plan's staff.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NSPCC_RESPONDING_TO_ABUSE);

  static final ActionRule PHONE =
      ActionRule.of(
          PHONE_PARTICIPANT,
          "A participant was removed from the session (not a member of staff, not someone the"
              + " plan does not hold in a hijack). About a child, the call reaches their parent or"
              + " carer.",
          CALLER + CHILD_CONTACT,
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.WALES_SAFEGUARDING_PROCEDURES,
          Sources.WORKING_TOGETHER_2023);

  static final ActionRule CONTACT =
      ActionRule.of(
          CONTACT_AFTER_SESSION,
          "The incident concerns a participant who was not removed (not a member of staff, not"
              + " someone the plan does not hold in a hijack); or the session was hijacked while"
              + " vulnerable participants were in it (children, adults at risk) or with someone"
              + " the plan does not hold, when one contact reaches every participant and the"
              + " parents or carers of the children.",
          CALLER + CHILD_CONTACT,
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.WALES_SAFEGUARDING_PROCEDURES,
          Sources.WORKING_TOGETHER_2023);

  static final ActionRule FOLLOW_UP =
      ActionRule.of(
          FOLLOW_UP_NEXT_DAY,
          "A participant was removed, or was distressed without being removed.",
          "Whoever phoned or contacted them on the day (see PHONE_PARTICIPANT).",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.WALES_SAFEGUARDING_PROCEDURES,
          Sources.WORKING_TOGETHER_2023);

  static final ActionRule RECORD =
      ActionRule.of(
          RECORD_INCIDENT,
          "Every incident.",
          "The handler; the safeguarding lead when the handler is not on the plan's staff.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.NSPCC_RECORDING,
          Sources.NSPCC_RESPONDING_TO_ABUSE);

  static final ActionRule REFERRAL =
      ActionRule.of(
          LOCAL_AUTHORITY_REFERRAL,
          "A disclosure, or suspected abuse.",
          "The safeguarding lead.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.WORKING_TOGETHER_2023,
          Sources.WALES_SAFEGUARDING_PROCEDURES,
          Sources.CARE_ACT_2014);

  static final ActionRule REPORT_PLATFORM =
      ActionRule.of(
          REPORT_TO_PLATFORM,
          "The session was hijacked.",
          "The handler; the safeguarding lead when the handler is not on the plan's staff.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CIS_ZOOM);

  static final ActionRule REVIEW_CONTROLS =
      ActionRule.of(
          REVIEW_PLATFORM_CONTROLS,
          "The session was hijacked.",
          "The safeguarding lead.",
          Sources.CIS_ZOOM,
          Sources.SESSION_SETTINGS_GUIDE);

  static final ActionRule REVIEW_RISKS =
      ActionRule.of(
          REVIEW_RISK_REGISTER,
          "Every incident.",
          "The safeguarding lead.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CATALYST_DIGISAFE);

  private static final List<ActionRule> RULES =
      List.of(
          EMERGENCY,
          INFORM_LEAD,
          PHONE,
          CONTACT,
          FOLLOW_UP,
          RECORD,
          REFERRAL,
          REPORT_PLATFORM,
          REVIEW_CONTROLS,
          REVIEW_RISKS);

  private IncidentResponse() {}

  /** {@return every action an incident can call for, in the order of {@link ResponseAction}} */
  public static List<ActionRule> rules() {
    return RULES;
  }

  /**
   * Works out the response to an incident. It never refuses one that could be built: an id the plan
   * does not know is kept, judged the protective way, and named in a note of the response.
   *
   * @param plan the plan of the session it happened in
   * @param rulebook the rulebook, which holds the deadlines
   * @param incident the incident
   * @return the actions, the most urgent first, and the notes
   */
  public static ResponsePlan respond(SessionPlan plan, Rulebook rulebook, Incident incident) {
    SessionFacts facts = SessionFacts.of(plan, rulebook);
    Planner planner = new Planner(plan, rulebook, incident);
    Subject subject = Subject.of(plan, incident);
    Owners owners = new Owners(plan, incident, facts, subject);
    Optional<String> participant = incident.participant();
    String about = participant.map(id -> " about " + id).orElse("");
    String id = incident.id();
    boolean abuse =
        incident.kind() == IncidentKind.DISCLOSURE
            || incident.kind() == IncidentKind.ABUSE_SUSPECTED;
    boolean hijack = incident.kind() == IncidentKind.HIJACK;
    // In a hijack, someone the plan does not hold is most likely the intruder: they get no call of
    // support. Anyone else the plan does not hold is judged as a child of unknown age.
    boolean intruder = hijack && subject.notOnPlan();
    boolean child =
        (subject.notOnPlan() && !intruder)
            || subject.participant().map(facts::isChild).orElse(false);
    // Only a participant, or someone unknown who is not the intruder, is contacted as one: a member
    // of staff the incident is about is the safeguarding lead's to deal with.
    boolean contacted = subject.participant().isPresent() || (subject.notOnPlan() && !intruder);
    // After a disclosure about a child, whether and how they and their family are told is the
    // safeguarding lead's decision; the due instant stays the contact's own.
    boolean leadDecidesContact = abuse && child;
    // Everyone in a hijacked session may have seen it: when any of them is vulnerable, or someone
    // the plan does not hold was there, one contact after the session reaches them all (for
    // children, their parents or carers).
    boolean hijackContact = hijack && (subject.notOnPlan() || facts.hasVulnerable());
    if (intruder) {
      planner.note(
          participant.get()
              + " is not one of the plan's participants: in a hijack they are taken to be the"
              + " intruder, so nobody calls them; the contact after the session reaches everyone"
              + " on the plan");
    } else if (subject.notOnPlan()) {
      planner.note(
          participant.get()
              + " is not one of the plan's participants: they are judged as a child of unknown"
              + " age");
    }
    subject
        .staff()
        .ifPresent(
            member ->
                planner.note(
                    member.id()
                        + " is one of the plan's staff, not a participant: the incident is a"
                        + " concern about a member of staff, which the safeguarding lead deals"
                        + " with under the organisation's procedure for allegations against"
                        + " staff; nobody contacts them as a participant, and they own none of"
                        + " the actions"));
    owners.notes.forEach(planner::note);
    if (owners.handler.type() == OwnerType.NOT_ON_PLAN) {
      planner.note(
          owners.handler.id()
              + " is not on the plan's staff: they keep the immediate actions, and the later ones"
              + " go to the safeguarding lead");
    }
    if (incident.riskToLife()) {
      planner.add(
          EMERGENCY,
          owners.handler,
          "Call 999 now: a life is at risk" + participant.map(p -> " (" + p + ")").orElse(""));
    }
    // NSPCC: a disclosure is passed to the safeguarding lead, and what was seen or said is
    // recorded; it is cited for those incidents alone.
    List<String> leftOut = abuse ? List.of() : List.of(Sources.NSPCC_RESPONDING_TO_ABUSE);
    planner.add(
        INFORM_LEAD,
        owners.handler,
        owners.handlerIsLead
            ? "Take charge of incident " + id + " now, as the safeguarding lead"
            : "Tell the safeguarding lead about incident " + id + " now",
        without(INFORM_LEAD, leftOut));
    if (contacted) {
      String who = participant.get();
      Owner caller = leadDecidesContact ? owners.lead : owners.caller;
      String reach = reach(who, child, subject.participant());
      if (incident.removed()) {
        planner.add(
            PHONE,
            caller,
            leadDecidesContact
                ? decideContact(who, "contacted about their removal")
                : (caller.type() == OwnerType.ROLE ? "Phone " : "Leave the session and phone ")
                    + reach
                    + ": explain why "
                    + who
                    + " was removed, offer support and reassurance, and refer to crisis support"
                    + " or 999 as needed"
                    + (caller.type() == OwnerType.ROLE
                        ? ""
                        : "; while you are out, keep the counted adults the session needs with"
                            + " the group, or pause the session until you are back"),
            leadDecidesContact ? PHONE.sources() : PROCEDURE);
      } else if (!hijackContact) {
        planner.add(
            CONTACT,
            caller,
            leadDecidesContact
                ? decideContact(who, "contacted after the session")
                : "Contact "
                    + reach
                    + " straight after the session about the concern, and offer"
                    + " support",
            leadDecidesContact ? CONTACT.sources() : PROCEDURE);
      }
      // Every removal is followed up, as is distress without one (seed 000).
      if (incident.removed() || incident.kind() == IncidentKind.DISTRESS) {
        planner.add(
            FOLLOW_UP,
            caller,
            leadDecidesContact
                ? decideContact(who, "checked on the next day")
                : "Check on " + who + " again the next day" + (child ? ", with " + reach : ""),
            leadDecidesContact ? FOLLOW_UP.sources() : PROCEDURE);
      }
    }
    if (hijackContact) {
      boolean children = (subject.notOnPlan() && !intruder) || facts.hasChildren();
      planner.add(
          CONTACT,
          owners.caller,
          "Contact every participant"
              + (children ? ", and the parents or carers of the children," : "")
              + " straight after the session about what they may have seen or heard in incident "
              + id
              + participant
                  .filter(who -> contacted && !incident.removed())
                  .map(who -> " (" + who + " among them)")
                  .orElse("")
              + ", and offer support",
          PROCEDURE);
    }
    planner.add(
        RECORD,
        owners.later,
        "Record incident "
            + id
            + about
            + (abuse ? ", with what was seen or said," : "")
            + " in the organisation's incident records",
        without(RECORD, leftOut));
    if (abuse) {
      planner.add(
          REFERRAL,
          owners.lead,
          "Refer incident "
              + id
              + about
              + (subject.staff().isPresent()
                  ? ", a member of staff, to the local authority as an allegation against someone"
                      + " who works with the participants (in England, to its designated officer"
                      + " where children are concerned)"
                  : " to the local authority's safeguarding team")
              + (plan.service().localAuthorityContactKnown()
                  ? ""
                  : "; the plan does not record how to reach it, so find its contact first"),
          referralSources(child, subject, facts));
    }
    if (hijack) {
      planner.add(
          REPORT_PLATFORM,
          owners.later,
          "Report the intrusion of incident "
              + id
              + " to the platform, with its time and what was shown or said"
              + (intruder ? ", naming " + participant.get() + " as the intruder" : ""));
      planner.add(
          REVIEW_CONTROLS,
          owners.lead,
          "Review the platform's controls (passcode, waiting room, screen sharing, removed"
              + " people cannot rejoin) before the next session");
    }
    planner.add(
        REVIEW_RISKS,
        owners.lead,
        "Review the session's risk register in the light of incident " + id);
    return planner.plan();
  }

  /**
   * Who a call reaches: a child through their parent or carer (with the child), an adult who lacks
   * capacity with whoever supports them, any other adult themself.
   */
  private static String reach(String who, boolean child, Optional<Participant> participant) {
    if (child) {
      return who + "'s parent or carer (and " + who + " with them)";
    }
    if (participant.map(p -> p.capacity() == Capacity.LACKS_CAPACITY).orElse(false)) {
      return who + " and whoever supports them";
    }
    return who;
  }

  /**
   * What a referral cites: for a child, the guidance on referring children (Working Together 2023,
   * the Wales Safeguarding Procedures); for an adult, the Care Act 2014. When no participant is
   * named (or a member of staff is), whichever fit the session's participants; both when it has
   * none.
   */
  private static List<String> referralSources(boolean child, Subject subject, SessionFacts facts) {
    boolean forChildren;
    boolean forAdults;
    if (subject.participant().isPresent() || subject.notOnPlan()) {
      forChildren = child;
      forAdults = !child;
    } else {
      forChildren = facts.hasChildren();
      forAdults = facts.hasAdultParticipants() || facts.hasAdultsAtRisk();
      if (!forChildren && !forAdults) {
        forChildren = true;
        forAdults = true;
      }
    }
    List<String> cited = new ArrayList<>();
    cited.add(Sources.PLATFORM_QUESTIONS_GUIDE);
    if (forChildren) {
      cited.add(Sources.WORKING_TOGETHER_2023);
      cited.add(Sources.WALES_SAFEGUARDING_PROCEDURES);
    }
    if (forAdults) {
      cited.add(Sources.CARE_ACT_2014);
    }
    return cited;
  }

  /**
   * The safeguarding lead's decision whether and how a child and their family are contacted: the
   * Wales Safeguarding Procedures have whoever manages the report decide, and record why.
   */
  private static String decideContact(String who, String how) {
    return "Decide, as the safeguarding lead, whether and how "
        + who
        + " and their family are "
        + how
        + ", by whom, and record why: telling them of the concern may put the child at risk or"
        + " jeopardise a police investigation. Nobody else contacts the family about it";
  }

  /** A rule's sources but those left out, which it cites only in some cases. */
  private static List<String> without(ActionRule rule, List<String> leftOut) {
    List<String> cited = new ArrayList<>(rule.sources());
    cited.removeAll(leftOut);
    return cited;
  }

  private static Optional<Participant> find(SessionPlan plan, String id) {
    for (Participant participant : plan.participants()) {
      if (participant.id().equals(id)) {
        return Optional.of(participant);
      }
    }
    return Optional.empty();
  }

  private static Optional<StaffMember> findStaff(SessionPlan plan, String id) {
    for (StaffMember member : plan.staff()) {
      if (member.id().equals(id)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /** The plan's first member of staff with a role, passing over the one the incident is about. */
  private static Optional<StaffMember> firstWithRole(
      SessionPlan plan, StaffRole role, Subject subject) {
    for (StaffMember member : plan.staff()) {
      if (member.roles().contains(role) && !subject.isAbout(member)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a member of staff can make the phone calls and follow-ups: one of the organisation's
   * own (not an external tutor, not only a volunteer; a member of staff with no role given is not
   * counted on), and a counted adult (not under the adult age, with a check in place).
   */
  private static boolean canCall(StaffMember member, SessionFacts facts) {
    Set<StaffRole> roles = member.roles();
    return !roles.isEmpty()
        && !roles.contains(StaffRole.EXTERNAL_TUTOR)
        && !roles.equals(EnumSet.of(StaffRole.VOLUNTEER))
        && facts.isCountedAdult(member);
  }

  /** Who owns an action: an id or a role's name, and which of those it is. */
  private record Owner(String id, OwnerType type) {

    static Owner staff(StaffMember member) {
      return new Owner(member.id(), OwnerType.STAFF);
    }
  }

  /**
   * Who an incident is about: a participant on the plan, a member of the plan's staff (a concern
   * about them), or an id the plan does not hold; or nobody named.
   */
  private record Subject(
      Optional<Participant> participant, Optional<StaffMember> staff, boolean notOnPlan) {

    static Subject of(SessionPlan plan, Incident incident) {
      if (incident.participant().isEmpty()) {
        return new Subject(Optional.empty(), Optional.empty(), false);
      }
      String id = incident.participant().get();
      Optional<Participant> participant = find(plan, id);
      Optional<StaffMember> staff =
          participant.isPresent() ? Optional.empty() : findStaff(plan, id);
      return new Subject(participant, staff, participant.isEmpty() && staff.isEmpty());
    }

    /** Whether the incident is about this member of staff, who then owns none of its actions. */
    boolean isAbout(StaffMember member) {
      return staff.filter(about -> about.id().equals(member.id())).isPresent();
    }
  }

  /** Who owns what in the response to one incident. */
  private static final class Owners {

    /**
     * The safeguarding lead: the plan's member of staff with the role, else (or when the plan says
     * the lead is unavailable, or the incident is about them) the role itself, for whoever holds or
     * covers it.
     */
    final Owner lead;

    /**
     * The handler, who owns what must be done on the spot: the member of staff who handled it, even
     * under an id not on the plan's staff; else the session's lead; else the safeguarding lead. A
     * handler who is a participant, or the member of staff the incident is about, is passed over
     * like a missing one.
     */
    final Owner handler;

    /**
     * Who owns the handler's later actions: the handler, unless they are not on the plan's staff,
     * when the safeguarding lead does, who can find out who they are.
     */
    final Owner later;

    /**
     * Who makes the phone calls and follow-ups: the handler, if on the plan's staff and able to
     * call ({@link #canCall}); else the session's first lead who can; else the safeguarding lead. A
     * handler not on the plan's staff leaves them to the safeguarding lead, like their other later
     * actions.
     */
    final Owner caller;

    /** Whether the handler is the safeguarding lead themself, or stands for the role. */
    final boolean handlerIsLead;

    /** Why an owner is not who the plan or the incident names. */
    final List<String> notes = new ArrayList<>();

    Owners(SessionPlan plan, Incident incident, SessionFacts facts, Subject subject) {
      // A lead the plan says is unavailable, or whom the incident is about, cannot own anything:
      // whoever covers the role does.
      Optional<StaffMember> safeguardingLead =
          plan.safeguardingLeadAvailable()
              ? firstWithRole(plan, StaffRole.SAFEGUARDING_LEAD, subject)
              : Optional.empty();
      this.lead =
          safeguardingLead
              .map(Owner::staff)
              .orElse(new Owner(StaffRole.SAFEGUARDING_LEAD.name(), OwnerType.ROLE));
      if (plan.safeguardingLeadAvailable()
          && subject
              .staff()
              .filter(m -> m.roles().contains(StaffRole.SAFEGUARDING_LEAD))
              .isPresent()
          && safeguardingLead.isEmpty()) {
        notes.add(
            subject.staff().get().id()
                + " is the plan's safeguarding lead and the incident is about them: their part"
                + " goes to whoever covers the role");
      }
      Optional<StaffMember> handlerOnPlan;
      Optional<String> handledBy = incident.handledBy();
      Optional<StaffMember> handlingStaff = handledBy.flatMap(id -> findStaff(plan, id));
      if (handledBy.isPresent()
          && handlingStaff.isEmpty()
          && find(plan, handledBy.get()).isEmpty()) {
        handlerOnPlan = Optional.empty();
        this.handler = new Owner(handledBy.get(), OwnerType.NOT_ON_PLAN);
      } else if (handlingStaff.filter(member -> !subject.isAbout(member)).isPresent()) {
        handlerOnPlan = handlingStaff;
        this.handler = Owner.staff(handlingStaff.get());
      } else {
        handlerOnPlan = firstWithRole(plan, StaffRole.LEAD, subject).or(() -> safeguardingLead);
        this.handler = handlerOnPlan.map(Owner::staff).orElse(lead);
        if (handledBy.isPresent()) {
          notes.add(
              handledBy.get()
                  + (handlingStaff.isPresent()
                      ? " handled the incident, but it is about them"
                      : " is one of the plan's participants, not its staff")
                  + ": the immediate actions go to "
                  + this.handler.id()
                  + (this.handler.type() == OwnerType.ROLE ? " (the role)" : ""));
        }
      }
      this.later = handler.type() == OwnerType.NOT_ON_PLAN ? lead : handler;
      if (handler.type() == OwnerType.NOT_ON_PLAN) {
        this.caller = lead;
      } else if (handlerOnPlan.filter(member -> canCall(member, facts)).isPresent()) {
        this.caller = handler;
      } else {
        this.caller =
            plan.staff().stream()
                .filter(member -> member.roles().contains(StaffRole.LEAD))
                .filter(member -> !subject.isAbout(member))
                .filter(member -> canCall(member, facts))
                .findFirst()
                .map(Owner::staff)
                .orElse(lead);
      }
      this.handlerIsLead =
          handler.type() == OwnerType.ROLE
              || handlerOnPlan
                  .map(member -> member.roles().contains(StaffRole.SAFEGUARDING_LEAD))
                  .orElse(false);
    }
  }

  /** Gathers the actions and notes of one response, with the actions' due instants. */
  private static final class Planner {
    private final Rulebook rulebook;
    private final Incident incident;
    private final Instant sessionEnd;
    private final List<PlannedAction> actions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Planner(SessionPlan plan, Rulebook rulebook, Incident incident) {
      this.rulebook = rulebook;
      this.incident = incident;
      this.sessionEnd = plan.start().plusSeconds(60L * plan.durationMinutes());
    }

    void note(String note) {
      notes.add(note);
    }

    void add(ActionRule rule, Owner owner, String message) {
      add(rule, owner, message, rule.sources());
    }

    /** Adds an action citing some of its rule's sources: those that apply to this incident. */
    void add(ActionRule rule, Owner owner, String message, List<String> sources) {
      actions.add(
          PlannedAction.builder()
              .action(rule.action())
              .owner(owner.id())
              .ownerType(owner.type())
              .due(
                  rulebook
                      .deadline(rule.action())
                      .due(incident.occurredAt(), sessionEnd, rulebook.timeZone()))
              .message(message)
              .sources(sources)
              .build());
    }

    ResponsePlan plan() {
      actions.sort(ResponsePlan.ORDER);
      return ResponsePlan.builder().incident(incident.id()).actions(actions).notes(notes).build();
    }
  }
}
