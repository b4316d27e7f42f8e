package org.safeguarding.rules.response;

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
import java.util.List;
import java.util.Optional;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
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
 */
public final class IncidentResponse {

  static final ActionRule EMERGENCY =
      ActionRule.of(
          EMERGENCY_SERVICES,
          "Someone's life is at risk.",
          "The handler.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule INFORM_LEAD =
      ActionRule.of(
          INFORM_SAFEGUARDING_LEAD,
          "Every incident.",
          "The handler.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule PHONE =
      ActionRule.of(
          PHONE_PARTICIPANT,
          "A participant was removed from the session.",
          "The handler: the member of staff who removed them.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule CONTACT =
      ActionRule.of(
          CONTACT_AFTER_SESSION,
          "The incident concerns a participant who was not removed.",
          "The handler.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule FOLLOW_UP =
      ActionRule.of(
          FOLLOW_UP_NEXT_DAY,
          "A participant was distressed.",
          "The handler: the same member of staff as on the day.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final ActionRule RECORD =
      ActionRule.of(
          RECORD_INCIDENT,
          "Every incident.",
          "The handler.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.NSPCC_RECORDING);

  static final ActionRule REFERRAL =
      ActionRule.of(
          LOCAL_AUTHORITY_REFERRAL,
          "A disclosure, or suspected abuse.",
          "The safeguarding lead.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CARE_ACT_2014);

  static final ActionRule REPORT_PLATFORM =
      ActionRule.of(
          REPORT_TO_PLATFORM,
          "The session was hijacked.",
          "The handler.",
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
   * Checks that an incident names only people on the plan, each in their place.
   *
   * @param plan the plan
   * @param incident the incident
   * @throws InvalidPlanException naming, with its path, every problem
   */
  public static void requireOnPlan(SessionPlan plan, Incident incident) {
    StructureChecks checks = new StructureChecks();
    if (incident.participant().isPresent()) {
      String id = incident.participant().get();
      if (plan.participants().stream().noneMatch(participant -> participant.id().equals(id))) {
        checks.add("$.participant", "is not one of the plan's participants");
      }
    }
    if (incident.handledBy().isPresent()) {
      String id = incident.handledBy().get();
      if (plan.staff().stream().noneMatch(member -> member.id().equals(id))) {
        checks.add("$.handledBy", "is not on the plan's staff");
      }
    }
    checks.throwIfAny("incident");
  }

  /**
   * Works out the response to an incident.
   *
   * @param plan the plan of the session it happened in
   * @param rulebook the rulebook, which holds the deadlines
   * @param incident the incident
   * @return the actions, the most urgent first
   * @throws InvalidPlanException if the incident names anyone not on the plan
   */
  public static ResponsePlan respond(SessionPlan plan, Rulebook rulebook, Incident incident) {
    requireOnPlan(plan, incident);
    Planner planner = new Planner(plan, rulebook, incident);
    Optional<String> participant = incident.participant();
    String about = participant.map(id -> " about " + id).orElse("");
    String id = incident.id();
    if (incident.riskToLife()) {
      planner.add(
          EMERGENCY,
          Owner.HANDLER,
          "Call 999 now: a life is at risk" + participant.map(p -> " (" + p + ")").orElse(""));
    }
    planner.add(
        INFORM_LEAD,
        Owner.HANDLER,
        planner.handlerIsLead()
            ? "Take charge of incident " + id + " now, as the safeguarding lead"
            : "Tell the safeguarding lead about incident " + id + " now");
    if (participant.isPresent()) {
      String who = participant.get();
      if (incident.removed()) {
        planner.add(
            PHONE,
            Owner.HANDLER,
            "Leave the session and phone "
                + who
                + ": explain why they were removed, offer"
                + " support and reassurance, and refer to crisis support or 999 as needed");
      } else {
        planner.add(
            CONTACT,
            Owner.HANDLER,
            "Contact "
                + who
                + " straight after the session about the concern, and offer"
                + " support");
      }
      if (incident.kind() == IncidentKind.DISTRESS) {
        planner.add(FOLLOW_UP, Owner.HANDLER, "Check on " + who + " again the next day");
      }
    }
    planner.add(
        RECORD,
        Owner.HANDLER,
        "Record incident " + id + about + " in the organisation's incident records");
    if (incident.kind() == IncidentKind.DISCLOSURE
        || incident.kind() == IncidentKind.ABUSE_SUSPECTED) {
      planner.add(
          REFERRAL,
          Owner.SAFEGUARDING_LEAD,
          "Refer incident "
              + id
              + about
              + " to the local authority's safeguarding team"
              + (plan.service().localAuthorityContactKnown()
                  ? ""
                  : "; the plan does not record how to reach it, so find its contact first"));
    }
    if (incident.kind() == IncidentKind.HIJACK) {
      planner.add(
          REPORT_PLATFORM,
          Owner.HANDLER,
          "Report the intrusion of incident "
              + id
              + " to the platform, with its time and what"
              + " was shown or said");
      planner.add(
          REVIEW_CONTROLS,
          Owner.SAFEGUARDING_LEAD,
          "Review the platform's controls (passcode, waiting room, screen sharing, removed"
              + " people cannot rejoin) before the next session");
    }
    planner.add(
        REVIEW_RISKS,
        Owner.SAFEGUARDING_LEAD,
        "Review the session's risk register in the light of incident " + id);
    return planner.plan();
  }

  /** Who owns an action. */
  private enum Owner {
    HANDLER,
    SAFEGUARDING_LEAD
  }

  /** Gathers the actions of one response, with their owners and due instants. */
  private static final class Planner {
    private final Rulebook rulebook;
    private final Incident incident;
    private final Instant sessionEnd;
    private final String[] owners = new String[Owner.values().length];
    private final OwnerType[] ownerTypes = new OwnerType[Owner.values().length];
    private final List<PlannedAction> actions = new ArrayList<>();

    private final boolean handlerIsLead;

    Planner(SessionPlan plan, Rulebook rulebook, Incident incident) {
      this.rulebook = rulebook;
      this.incident = incident;
      this.sessionEnd = plan.start().plusSeconds(60L * plan.durationMinutes());
      // A lead the plan says is unavailable cannot own anything: whoever covers the role does.
      Optional<String> lead =
          plan.safeguardingLeadAvailable()
              ? firstWithRole(plan, StaffRole.SAFEGUARDING_LEAD)
              : Optional.empty();
      owners[Owner.SAFEGUARDING_LEAD.ordinal()] = lead.orElse(StaffRole.SAFEGUARDING_LEAD.name());
      ownerTypes[Owner.SAFEGUARDING_LEAD.ordinal()] =
          lead.isPresent() ? OwnerType.STAFF : OwnerType.ROLE;
      Optional<String> handler =
          incident.handledBy().or(() -> firstWithRole(plan, StaffRole.LEAD)).or(() -> lead);
      owners[Owner.HANDLER.ordinal()] = handler.orElse(StaffRole.SAFEGUARDING_LEAD.name());
      ownerTypes[Owner.HANDLER.ordinal()] = handler.isPresent() ? OwnerType.STAFF : OwnerType.ROLE;
      this.handlerIsLead =
          handler.isEmpty()
              || plan.staff().stream()
                  .anyMatch(
                      member ->
                          member.id().equals(handler.get())
                              && member.roles().contains(StaffRole.SAFEGUARDING_LEAD));
    }

    /** Whether the handler is the safeguarding lead themself, or stands for the role. */
    boolean handlerIsLead() {
      return handlerIsLead;
    }

    void add(ActionRule rule, Owner owner, String message) {
      actions.add(
          PlannedAction.builder()
              .action(rule.action())
              .owner(owners[owner.ordinal()])
              .ownerType(ownerTypes[owner.ordinal()])
              .due(
                  rulebook
                      .deadline(rule.action())
                      .due(incident.occurredAt(), sessionEnd, rulebook.timeZone()))
              .message(message)
              .sources(rule.sources())
              .build());
    }

    ResponsePlan plan() {
      actions.sort(ResponsePlan.ORDER);
      return ResponsePlan.builder().incident(incident.id()).actions(actions).build();
    }

    private static Optional<String> firstWithRole(SessionPlan plan, StaffRole role) {
      for (StaffMember member : plan.staff()) {
        if (member.roles().contains(role)) {
          return Optional.of(member.id());
        }
      }
      return Optional.empty();
    }
  }
}
