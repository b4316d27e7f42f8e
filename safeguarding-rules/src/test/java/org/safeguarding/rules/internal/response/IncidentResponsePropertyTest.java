package org.safeguarding.rules.internal.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.safeguarding.core.response.ResponseAction.CONTACT_AFTER_SESSION;
import static org.safeguarding.core.response.ResponseAction.EMERGENCY_SERVICES;
import static org.safeguarding.core.response.ResponseAction.FOLLOW_UP_NEXT_DAY;
import static org.safeguarding.core.response.ResponseAction.INFORM_SAFEGUARDING_LEAD;
import static org.safeguarding.core.response.ResponseAction.PHONE_PARTICIPANT;
import static org.safeguarding.core.response.ResponseAction.RECORD_INCIDENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/**
 * An incident always gets a response plan. Over generated plans (with and without a lead, a
 * safeguarding lead, the lead available) and generated incident JSON (every kind, ids on and off
 * the plan, removed and a risk to life on and off, with and without a handler), every incident the
 * strict reader accepts is answered, never refused: the lead is told, the incident recorded, every
 * removal followed up, a child or their family contacted after a disclosure only through the
 * safeguarding lead, no call given to an external tutor or to someone only a volunteer, and the
 * answer survives its JSON.
 *
 * <p>What the answer should be is worked out here from the plan's facts, independently of the
 * engine, and the cases are counted by the branch they reach, so that the property cannot pass on
 * trivial inputs.
 */
class IncidentResponsePropertyTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final int EXAMPLES = 2_000;

  /** Fewer answered cases than this, or fewer than {@link #FLOOR} in a branch, fails the test. */
  private static final int ANSWERED = 1_000;

  private static final int FLOOR = 25;

  private static final Set<ResponseAction> CONTACTS =
      EnumSet.of(PHONE_PARTICIPANT, CONTACT_AFTER_SESSION, FOLLOW_UP_NEXT_DAY);

  private static final String ROLE = StaffRole.SAFEGUARDING_LEAD.name();

  /** The roles a generated member of staff may hold: every one alone, and the usual pairs. */
  private static final List<Set<StaffRole>> ROLE_SETS =
      List.of(
          EnumSet.noneOf(StaffRole.class),
          EnumSet.of(StaffRole.LEAD),
          EnumSet.of(StaffRole.HOST),
          EnumSet.of(StaffRole.LEAD, StaffRole.HOST),
          EnumSet.of(StaffRole.CO_FACILITATOR),
          EnumSet.of(StaffRole.VOLUNTEER),
          EnumSet.of(StaffRole.CO_FACILITATOR, StaffRole.VOLUNTEER),
          EnumSet.of(StaffRole.EXTERNAL_TUTOR),
          EnumSet.of(StaffRole.LEAD, StaffRole.EXTERNAL_TUTOR),
          EnumSet.of(StaffRole.SAFEGUARDING_LEAD),
          EnumSet.of(StaffRole.HOST, StaffRole.SAFEGUARDING_LEAD));

  /** How many cases reached each branch. */
  private final Map<String, Integer> reached = new TreeMap<>();

  @Test
  void respond_anyIncidentTheReaderAccepts_isAnsweredAsTheGuidanceAsks() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(this::check);

    assertThat(reached.getOrDefault("answered", 0))
        .as("answered cases")
        .isGreaterThanOrEqualTo(ANSWERED);
    for (String branch :
        List.of(
            "refused: removed without a participant",
            "participant not on the plan",
            "handler not on the plan",
            "participant and handler not on the plan",
            "participant on the plan",
            "participant a member of staff",
            "handler a participant",
            "handler the member of staff it is about",
            "hijack naming someone not on the plan",
            "disclosure or suspected abuse about a member of staff",
            "no participant",
            "removed",
            "risk to life",
            "no handler named",
            "handler an external tutor",
            "handler only a volunteer",
            "handler with no role",
            "handler a volunteer who co-facilitates",
            "no lead on the plan",
            "no safeguarding lead on the plan",
            "safeguarding lead unavailable",
            "disclosure or suspected abuse about a child",
            "disclosure or suspected abuse about a child removed",
            "disclosure or suspected abuse about an adult",
            "hijack seen by vulnerable participants",
            "hijack with no vulnerable participant",
            "call passed from the handler to another")) {
      assertThat(reached.getOrDefault(branch, 0)).as(branch).isGreaterThanOrEqualTo(FLOOR);
    }
    for (IncidentKind kind : IncidentKind.values()) {
      assertThat(reached.getOrDefault("kind " + kind, 0))
          .as(kind.name())
          .isGreaterThanOrEqualTo(FLOOR);
    }
  }

  private void check(Case given) {
    // when: the incident is read as a tool would send it
    Incident incident;
    try {
      incident = SafeguardingJson.INCIDENT.read(given.json);
    } catch (InvalidPlanException e) {
      // The reader refuses a removal naming nobody, and nothing else generated here.
      assertThat(given.removed && given.participant.isEmpty()).as(given.json).isTrue();
      assertThat(e.problems()).extracting(PlanProblem::path).containsExactly("$.participant");
      count("refused: removed without a participant");
      return;
    }
    ResponsePlan response;
    try {
      response = ENGINE.respond(given.plan, incident);
    } catch (RuntimeException e) {
      throw new AssertionError("respond refused an incident the reader accepts: " + given.json, e);
    }
    count("answered");
    count("kind " + incident.kind());

    // then: what every response holds
    List<ResponseAction> actions = response.actions().stream().map(PlannedAction::action).toList();
    assertThat(actions).contains(INFORM_SAFEGUARDING_LEAD, RECORD_INCIDENT).doesNotHaveDuplicates();
    assertThat(response.actions()).isSortedAccordingTo(ResponsePlan.ORDER);
    assertThat(response.actions())
        .allSatisfy(action -> assertThat(action.due()).isAfterOrEqualTo(incident.occurredAt()));
    assertThat(actions.contains(EMERGENCY_SERVICES)).isEqualTo(incident.riskToLife());
    Map<ResponseAction, List<String>> cites = new EnumMap<>(ResponseAction.class);
    ENGINE.responseActions().forEach(rule -> cites.put(rule.action(), rule.sources()));
    assertThat(response.actions())
        .allSatisfy(
            action ->
                assertThat(cites.get(action.action())).containsAll(action.sources()).isNotEmpty());

    Facts facts = new Facts(given.plan, incident);
    checkIdsNotOnThePlan(facts, incident, response);
    checkRemoval(facts, incident, response);
    checkWhoCalls(facts, incident, response);
    checkDisclosure(facts, incident, response);
    checkHijack(facts, incident, response);

    // and the answer survives its JSON
    String json = SafeguardingJson.RESPONSE_PLAN.write(response);
    ResponsePlan read = SafeguardingJson.RESPONSE_PLAN.read(json);
    assertThat(read).isEqualTo(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.write(read)).isEqualTo(json);
  }

  private void checkIdsNotOnThePlan(Facts facts, Incident incident, ResponsePlan response) {
    // The notes, in order: who the incident is about, then who owns what instead of whom it names.
    List<String> notes = new ArrayList<>();
    if (facts.notOnPlan()) {
      notes.add(incident.participant().get() + " is not one of the plan's participants: ");
      count("participant not on the plan");
      if (facts.intruder()) {
        count("hijack naming someone not on the plan");
      }
    } else if (facts.staffSubject.isPresent()) {
      notes.add(facts.staffSubject.get().id() + " is one of the plan's staff, not a participant");
      count("participant a member of staff");
      if (facts.plan.safeguardingLeadAvailable()
          && facts.staffSubject.get().roles().contains(StaffRole.SAFEGUARDING_LEAD)
          && facts.safeguardingLead.type() == OwnerType.ROLE) {
        notes.add(facts.staffSubject.get().id() + " is the plan's safeguarding lead");
      }
    } else if (incident.participant().isPresent()) {
      count("participant on the plan");
    } else {
      count("no participant");
    }
    Optional<String> handledBy = incident.handledBy();
    if (handledBy.isPresent() && facts.isParticipant(handledBy.get())) {
      notes.add(handledBy.get() + " is one of the plan's participants, not its staff: ");
      count("handler a participant");
    } else if (handledBy.isPresent() && handledBy.equals(incident.participant())) {
      if (facts.staffSubject.isPresent()) {
        notes.add(handledBy.get() + " handled the incident, but it is about them: ");
        count("handler the member of staff it is about");
      }
    }
    boolean handlerUnknown = facts.handlerUnknown();
    if (handlerUnknown) {
      notes.add(handledBy.get() + " is not on the plan's staff: ");
      count("handler not on the plan");
      if (facts.notOnPlan()) {
        count("participant and handler not on the plan");
      }
    }
    assertThat(response.notes()).hasSameSizeAs(notes);
    for (int i = 0; i < notes.size(); i++) {
      assertThat(response.notes().get(i)).startsWith(notes.get(i));
    }
    for (PlannedAction action : response.actions()) {
      if (action.ownerType() == OwnerType.NOT_ON_PLAN) {
        assertThat(handlerUnknown).as("an owner not on the plan").isTrue();
        assertThat(action.owner()).isEqualTo(incident.handledBy().orElseThrow());
        assertThat(action.action()).isIn(EMERGENCY_SERVICES, INFORM_SAFEGUARDING_LEAD);
      }
      // Nobody the incident is about, and no participant, owns any of its actions.
      assertThat(facts.isParticipant(action.owner()))
          .as("%s owned by a participant", action)
          .isFalse();
      facts.staffSubject.ifPresent(
          member -> assertThat(action.owner()).as("owner of %s", action).isNotEqualTo(member.id()));
    }
    if (handlerUnknown) {
      assertThat(owner(response, INFORM_SAFEGUARDING_LEAD))
          .isEqualTo(new Owner(incident.handledBy().get(), OwnerType.NOT_ON_PLAN));
      assertThat(owner(response, RECORD_INCIDENT)).isEqualTo(facts.safeguardingLead);
    }
  }

  private void checkRemoval(Facts facts, Incident incident, ResponsePlan response) {
    if (!incident.removed()) {
      assertThat(response.actions()).noneMatch(action -> action.action() == PHONE_PARTICIPANT);
      return;
    }
    count("removed");
    Optional<Owner> phone = ownerOf(response, PHONE_PARTICIPANT);
    Optional<Owner> followUp = ownerOf(response, FOLLOW_UP_NEXT_DAY);
    if (!facts.contacted()) {
      // An intruder, or a member of staff, is not called as a participant.
      assertThat(phone).as("PHONE_PARTICIPANT after removing %s", incident.participant()).isEmpty();
      assertThat(followUp).isEmpty();
      return;
    }
    assertThat(phone).as("PHONE_PARTICIPANT after a removal").isPresent();
    assertThat(followUp).as("FOLLOW_UP_NEXT_DAY after a removal").isEqualTo(phone);
    if (facts.aboutAChild() && !facts.leadDecidesContact()) {
      String id = incident.participant().get();
      assertThat(message(response, PHONE_PARTICIPANT)).contains(id + "'s parent or carer");
    }
  }

  private void checkWhoCalls(Facts facts, Incident incident, ResponsePlan response) {
    if (incident.riskToLife()) {
      count("risk to life");
    }
    if (incident.handledBy().isEmpty()) {
      count("no handler named");
    }
    facts.handler.ifPresent(
        member -> {
          Set<StaffRole> roles = member.roles();
          if (roles.contains(StaffRole.EXTERNAL_TUTOR)) {
            count("handler an external tutor");
          } else if (roles.equals(EnumSet.of(StaffRole.VOLUNTEER))) {
            count("handler only a volunteer");
          } else if (roles.isEmpty()) {
            count("handler with no role");
          } else if (roles.containsAll(EnumSet.of(StaffRole.VOLUNTEER, StaffRole.CO_FACILITATOR))) {
            count("handler a volunteer who co-facilitates");
          }
        });
    if (firstWith(facts.plan, StaffRole.LEAD).isEmpty()) {
      count("no lead on the plan");
    }
    if (firstWith(facts.plan, StaffRole.SAFEGUARDING_LEAD).isEmpty()) {
      count("no safeguarding lead on the plan");
    }
    if (!facts.plan.safeguardingLeadAvailable()) {
      count("safeguarding lead unavailable");
    }
    Owner expected = facts.leadDecidesContact() ? facts.safeguardingLead : facts.caller();
    for (PlannedAction action : response.actions()) {
      if (!CONTACTS.contains(action.action())) {
        continue;
      }
      Owner owner = new Owner(action.owner(), action.ownerType());
      assertThat(owner).as("owner of %s", action.action()).isEqualTo(expected);
      assertThat(action.ownerType()).isNotEqualTo(OwnerType.NOT_ON_PLAN);
      if (owner.equals(facts.safeguardingLead)) {
        continue;
      }
      // Anyone else who calls is one of the organisation's own staff on the plan.
      assertThat(action.ownerType()).as("owner of %s", action.action()).isEqualTo(OwnerType.STAFF);
      StaffMember member = staff(facts.plan, action.owner()).orElseThrow();
      assertThat(canCall(member)).as("%s owns %s", member, action.action()).isTrue();
      if (facts.handler.isPresent() && !member.id().equals(facts.handler.get().id())) {
        count("call passed from the handler to another");
      }
    }
  }

  private void checkDisclosure(Facts facts, Incident incident, ResponsePlan response) {
    boolean abuse =
        incident.kind() == IncidentKind.DISCLOSURE
            || incident.kind() == IncidentKind.ABUSE_SUSPECTED;
    if (!abuse || incident.participant().isEmpty()) {
      return;
    }
    List<PlannedAction> contacts =
        response.actions().stream().filter(action -> CONTACTS.contains(action.action())).toList();
    if (facts.staffSubject.isPresent()) {
      count("disclosure or suspected abuse about a member of staff");
      assertThat(contacts).as("contacts about a member of staff").isEmpty();
      assertThat(message(response, ResponseAction.LOCAL_AUTHORITY_REFERRAL))
          .contains("as an allegation against someone who works with the participants");
      return;
    }
    assertThat(contacts).as("contacts about the participant").isNotEmpty();
    if (facts.aboutAChild()) {
      count("disclosure or suspected abuse about a child");
      if (incident.removed()) {
        count("disclosure or suspected abuse about a child removed");
      }
      assertThat(contacts)
          .allSatisfy(
              action -> {
                assertThat(new Owner(action.owner(), action.ownerType()))
                    .isEqualTo(facts.safeguardingLead);
                assertThat(action.message())
                    .startsWith("Decide, as the safeguarding lead, whether and how ");
                assertThat(action.sources())
                    .contains(
                        "Wales Safeguarding Procedures",
                        "Working Together to Safeguard Children 2023");
              });
    } else {
      count("disclosure or suspected abuse about an adult");
      assertThat(contacts).noneMatch(action -> action.message().startsWith("Decide"));
    }
  }

  private void checkHijack(Facts facts, Incident incident, ResponsePlan response) {
    if (incident.kind() != IncidentKind.HIJACK) {
      return;
    }
    Optional<PlannedAction> contact =
        response.actions().stream()
            .filter(action -> action.action() == CONTACT_AFTER_SESSION)
            .findFirst();
    if (facts.intruder()) {
      // Nobody calls the intruder, by name or among everyone.
      assertThat(response.actions())
          .filteredOn(action -> CONTACTS.contains(action.action()))
          .allSatisfy(
              action -> assertThat(action.message()).doesNotContain(incident.participant().get()));
    }
    if (facts.vulnerableSawIt()) {
      count("hijack seen by vulnerable participants");
      assertThat(contact).as("contact after a hijack").isPresent();
      assertThat(contact.orElseThrow().message())
          .startsWith("Contact every participant")
          .hasSizeLessThan(400);
    } else {
      count("hijack with no vulnerable participant");
      if (!facts.contacted() || incident.removed()) {
        assertThat(contact).isEmpty();
      } else {
        assertThat(contact.orElseThrow().message())
            .startsWith("Contact " + incident.participant().get() + " straight after");
      }
    }
  }

  private void count(String branch) {
    reached.merge(branch, 1, Integer::sum);
  }

  // --- the facts, worked out here ---------------------------------------------------------------

  /** What the test knows about the people an incident names, from the plan alone. */
  private static final class Facts {
    final SessionPlan plan;
    final Incident incident;
    final Optional<Participant> participant;

    /** The member of staff the incident is about, who owns none of its actions. */
    final Optional<StaffMember> staffSubject;

    final Optional<StaffMember> handler;
    final Owner safeguardingLead;

    Facts(SessionPlan plan, Incident incident) {
      this.plan = plan;
      this.incident = incident;
      this.participant =
          incident
              .participant()
              .flatMap(
                  id -> plan.participants().stream().filter(p -> p.id().equals(id)).findFirst());
      this.staffSubject =
          participant.isPresent()
              ? Optional.empty()
              : incident.participant().flatMap(id -> staff(plan, id));
      Optional<StaffMember> lead =
          plan.safeguardingLeadAvailable()
              ? firstWith(StaffRole.SAFEGUARDING_LEAD)
              : Optional.empty();
      this.safeguardingLead =
          lead.map(member -> new Owner(member.id(), OwnerType.STAFF))
              .orElse(new Owner(ROLE, OwnerType.ROLE));
      // A handler is the staff member named, unless the incident is about them; a participant
      // named as the handler, or a handler the incident is about, is passed over like none.
      Optional<StaffMember> named =
          incident.handledBy().flatMap(id -> staff(plan, id)).filter(m -> !isAbout(m));
      boolean passedOver =
          incident.handledBy().isEmpty()
              || isParticipant(incident.handledBy().get())
              || incident
                  .handledBy()
                  .flatMap(id -> staff(plan, id))
                  .filter(this::isAbout)
                  .isPresent();
      this.handler = passedOver ? firstWith(StaffRole.LEAD).or(() -> lead) : named;
    }

    boolean isAbout(StaffMember member) {
      return staffSubject.filter(about -> about.id().equals(member.id())).isPresent();
    }

    boolean isParticipant(String id) {
      return plan.participants().stream().anyMatch(p -> p.id().equals(id));
    }

    boolean notOnPlan() {
      return incident.participant().isPresent() && participant.isEmpty() && staffSubject.isEmpty();
    }

    /** In a hijack, someone the plan does not hold is taken to be the intruder. */
    boolean intruder() {
      return incident.kind() == IncidentKind.HIJACK && notOnPlan();
    }

    /** Whether the incident names someone contacted as a participant. */
    boolean contacted() {
      return participant.isPresent() || (notOnPlan() && !intruder());
    }

    boolean handlerUnknown() {
      return incident.handledBy().isPresent()
          && staff(plan, incident.handledBy().get()).isEmpty()
          && !isParticipant(incident.handledBy().get());
    }

    /** The plan's first member of staff with a role, other than the one the incident is about. */
    Optional<StaffMember> firstWith(StaffRole role) {
      return plan.staff().stream()
          .filter(member -> member.roles().contains(role))
          .filter(member -> !isAbout(member))
          .findFirst();
    }

    /**
     * Who phones and follows up: the handler if one of the organisation's own staff on the plan;
     * else the first lead who can; else the safeguarding lead. A handler the incident names who is
     * not on the plan leaves it to the safeguarding lead.
     */
    Owner caller() {
      if (handlerUnknown()) {
        return safeguardingLead;
      }
      if (handler.isPresent() && canCall(handler.get())) {
        return new Owner(handler.get().id(), OwnerType.STAFF);
      }
      return plan.staff().stream()
          .filter(member -> member.roles().contains(StaffRole.LEAD))
          .filter(member -> !isAbout(member))
          .filter(IncidentResponsePropertyTest::canCall)
          .findFirst()
          .map(member -> new Owner(member.id(), OwnerType.STAFF))
          .orElse(safeguardingLead);
    }

    boolean leadDecidesContact() {
      return (incident.kind() == IncidentKind.DISCLOSURE
              || incident.kind() == IncidentKind.ABUSE_SUSPECTED)
          && aboutAChild();
    }

    /** A participant not on the plan is judged as a child of unknown age, unless an intruder. */
    boolean aboutAChild() {
      return participant.map(IncidentResponsePropertyTest::isChild).orElse(false)
          || (notOnPlan() && !intruder());
    }

    boolean vulnerableSawIt() {
      return notOnPlan()
          || plan.participants().stream()
              .anyMatch(p -> isChild(p) || p.atRisk() || p.capacity() == Capacity.LACKS_CAPACITY);
    }
  }

  private static boolean isChild(Participant participant) {
    return participant.age().isEmpty()
        || participant.age().getAsInt() < ENGINE.rulebook().adultAge();
  }

  /**
   * One of the organisation's own staff (not an external tutor, not only a volunteer, with a role)
   * who is an adult with a check in place (every check here is issued long before any session).
   */
  private static boolean canCall(StaffMember member) {
    Set<StaffRole> roles = member.roles();
    return !roles.isEmpty()
        && !roles.contains(StaffRole.EXTERNAL_TUTOR)
        && !roles.equals(EnumSet.of(StaffRole.VOLUNTEER))
        && (member.age().isEmpty() || member.age().getAsInt() >= ENGINE.rulebook().adultAge())
        && member.check().isPresent();
  }

  private static Optional<StaffMember> staff(SessionPlan plan, String id) {
    return plan.staff().stream().filter(member -> member.id().equals(id)).findFirst();
  }

  private static Optional<StaffMember> firstWith(SessionPlan plan, StaffRole role) {
    return plan.staff().stream().filter(member -> member.roles().contains(role)).findFirst();
  }

  private static String message(ResponsePlan response, ResponseAction action) {
    return response.actions().stream()
        .filter(planned -> planned.action() == action)
        .findFirst()
        .map(PlannedAction::message)
        .orElseThrow(() -> new AssertionError(action + " is missing from " + response));
  }

  private record Owner(String id, OwnerType type) {}

  private static Owner owner(ResponsePlan response, ResponseAction action) {
    return ownerOf(response, action)
        .orElseThrow(() -> new AssertionError(action + " is missing from " + response));
  }

  private static Optional<Owner> ownerOf(ResponsePlan response, ResponseAction action) {
    return response.actions().stream()
        .filter(planned -> planned.action() == action)
        .findFirst()
        .map(planned -> new Owner(planned.owner(), planned.ownerType()));
  }

  // --- generators -------------------------------------------------------------------------------

  /** A plan and an incident about it, as JSON, with what went into the JSON. */
  private static final class Case {
    final SessionPlan plan;
    final String json;
    final Optional<String> participant;
    final boolean removed;

    Case(SessionPlan plan, String json, Optional<String> participant, boolean removed) {
      this.plan = plan;
      this.json = json;
      this.participant = participant;
      this.removed = removed;
    }

    @Override
    public String toString() {
      return json
          + " about a plan of staff "
          + plan.staff()
          + " and participants "
          + plan.participants();
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      SessionPlan plan = plan(in);
      Optional<String> participant = participantId(plan, in);
      Optional<String> handler = handlerId(plan, in);
      // Now and then the member of staff an incident is about handled it themself.
      if (participant.filter(id -> staff(plan, id).isPresent()).isPresent()
          && integers().between(0, 2).generate(in) == 0) {
        handler = participant;
      }
      boolean removed = booleans().all().generate(in);
      boolean riskToLife = integers().between(0, 3).generate(in) == 0;
      IncidentKind kind = arbitrary().enumValues(IncidentKind.class).generate(in);
      Instant occurred = plan.start().plusSeconds(60L * integers().between(-30, 180).generate(in));
      StringBuilder json =
          new StringBuilder("{\"id\": \"i")
              .append(integers().between(1, 99).generate(in))
              .append('"');
      participant.ifPresent(id -> json.append(", \"participant\": \"").append(id).append('"'));
      json.append(", \"kind\": \"").append(kind).append('"');
      // false may be written or left out: both mean false.
      if (removed || booleans().all().generate(in)) {
        json.append(", \"removed\": ").append(removed);
      }
      if (riskToLife || booleans().all().generate(in)) {
        json.append(", \"riskToLife\": ").append(riskToLife);
      }
      json.append(", \"occurredAt\": \"").append(occurred).append('"');
      handler.ifPresent(id -> json.append(", \"handledBy\": \"").append(id).append('"'));
      return new Case(plan, json.append('}').toString(), participant, removed);
    };
  }

  /** A participant on the plan (mostly), not on it, a member of staff's id, or nobody. */
  private static Optional<String> participantId(SessionPlan plan, RandomnessSource in) {
    int roll = integers().between(0, 9).generate(in);
    if (roll < 5 && !plan.participants().isEmpty()) {
      return Optional.of(pick(plan.participants(), in).id());
    } else if (roll < 7) {
      return Optional.of("x" + integers().between(1, 9).generate(in));
    } else if (roll == 7 && !plan.staff().isEmpty()) {
      return Optional.of(pick(plan.staff(), in).id());
    }
    return Optional.empty();
  }

  /** A member of staff (mostly), cover staff not on the plan, a participant's id, or nobody. */
  private static Optional<String> handlerId(SessionPlan plan, RandomnessSource in) {
    int roll = integers().between(0, 9).generate(in);
    if (roll < 5 && !plan.staff().isEmpty()) {
      return Optional.of(pick(plan.staff(), in).id());
    } else if (roll < 7) {
      return Optional.of("c" + integers().between(1, 9).generate(in));
    } else if (roll == 7 && !plan.participants().isEmpty()) {
      return Optional.of(pick(plan.participants(), in).id());
    }
    return Optional.empty();
  }

  /**
   * The safe children's group with zero to four members of staff, each with a set of roles (so that
   * a plan may lack a lead or a safeguarding lead), zero to four participants of any age, at risk
   * or not, of any capacity (or adults alone, none at risk), and the safeguarding lead available or
   * not.
   */
  private static SessionPlan plan(RandomnessSource in) {
    List<StaffMember> staff = new ArrayList<>();
    int staffCount = integers().between(0, 4).generate(in);
    for (int i = 1; i <= staffCount; i++) {
      Set<StaffRole> roles =
          ROLE_SETS.get(integers().between(0, ROLE_SETS.size() - 1).generate(in));
      StaffMember.Builder member = SafePlans.staff("s" + i).roles(roles);
      // Now and then one who is under 18, or has no check yet: they may not make the calls.
      int kind = integers().between(0, 9).generate(in);
      if (kind == 8) {
        member.age(integers().between(16, 17).generate(in));
      } else if (kind == 9) {
        member.check(Optional.empty());
      }
      staff.add(member.build());
    }
    List<Participant> participants = new ArrayList<>();
    // A third of the plans hold adults alone, none of them at risk, so that sessions with nobody
    // vulnerable in them are common too.
    boolean adultsOnly = integers().between(0, 2).generate(in) == 0;
    int participantCount = integers().between(0, 4).generate(in);
    for (int i = 1; i <= participantCount; i++) {
      int age =
          adultsOnly
              ? integers().between(18, 80).generate(in)
              : integers().between(-1, 60).generate(in);
      Participant.Builder participant =
          Participant.builder()
              .id("p" + i)
              .registered(true)
              .atRisk(!adultsOnly && integers().between(0, 4).generate(in) == 0)
              .capacity(
                  adultsOnly
                      ? arbitrary().pick(Capacity.NOT_ASSESSED, Capacity.HAS_CAPACITY).generate(in)
                      : arbitrary().enumValues(Capacity.class).generate(in));
      if (age >= 0) {
        participant.age(age);
      }
      participants.add(participant.build());
    }
    return SafePlans.childrensGroup()
        .staff(staff)
        .participants(participants)
        .safeguardingLeadAvailable(integers().between(0, 3).generate(in) > 0)
        .build();
  }

  private static <T> T pick(List<T> values, RandomnessSource in) {
    return values.get(integers().between(0, values.size() - 1).generate(in));
  }
}
