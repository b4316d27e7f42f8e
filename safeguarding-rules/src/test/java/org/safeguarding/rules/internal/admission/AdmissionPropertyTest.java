package org.safeguarding.rules.internal.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.testing.PlanGenerators;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The door over generated plans and arrival orders.
 *
 * <ul>
 *   <li>Safety: whatever the plan and whatever order its people (staff and participants) turn up
 *       in, a host who lets in exactly those the door says ADMIT, and asks everyone still waiting
 *       again after each admission, never has (a) a vulnerable participant let in while fewer
 *       counted adults are in the room than the door must wait for (two, or for a one-to-one the
 *       mentor and, with nobody at the participant's home, a colleague), nor (b) more participants
 *       in the room than the counted adults present may supervise.
 *   <li>Liveness: for a plan the assessment says is GO (not on public accounts), with all its staff
 *       present, participants arriving in any order are all let in.
 *   <li>Obedience: while the assessment holds a blocker that keeps every participant out (about the
 *       session, a risk, a policy, a member of staff), no participant is let in, whoever is already
 *       in the room.
 * </ul>
 *
 * <p>Counted adults and the adults required are worked out here, independently of the door, from
 * the UK default rulebook's figures (see {@link Oracle}).
 */
class AdmissionPropertyTest {

  private static final int CASES = 1_000;

  /**
   * The examples asked of QuickTheories: it skips a draw it has already tried without trying
   * another, so asking for exactly {@link #CASES} can run a few fewer.
   */
  private static final int EXAMPLES = 1_200;

  /**
   * Examples, out of about {@link #CASES}, that must let at least one vulnerable participant in.
   */
  private static final int VULNERABLE_ADMITTED_FLOOR = 250;

  /** Examples that must let in a vulnerable participant who first had to wait. */
  private static final int WAITED_THEN_ADMITTED_FLOOR = 200;

  /** Examples in which the ratio, beyond the minimum of two, must at some point be met exactly. */
  private static final int RATIO_BOUND_FLOOR = 50;

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();
  private static final ZoneId SESSION_ZONE = ZoneId.of("Europe/London");
  private static final int ADULTS_BEFORE_VULNERABLE = 2;

  /** Plans, out of about {@link #CASES}, that must assess GO for liveness to be tried on. */
  private static final int GO_PLANS_FLOOR = 500;

  /** Of those, each kind of session that must assess GO. */
  private static final int GO_PLANS_OF_EACH_KIND_FLOOR = 60;

  /** Plans that must hold a blocker keeping every participant out. */
  private static final int BLOCKED_PLANS_FLOOR = 300;

  /** Different codes among those blockers. */
  private static final int BLOCKING_CODES_FLOOR = 5;

  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger vulnerableAdmitted = new AtomicInteger();
  private final AtomicInteger waitedThenAdmitted = new AtomicInteger();
  private final AtomicInteger ratioBound = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void
      door_inAnyArrivalOrder_neverAdmitsAVulnerableParticipantBeforeTwoCountedAdults_norBreaksTheRatio() {
    qt().withExamples(EXAMPLES).forAll(arrivals()).checkAssert(this::simulate);

    // Not vacuous: many runs let vulnerable participants in, some only after they waited, and some
    // fill the room to exactly what the ratio allows beyond the minimum of two adults.
    assertThat(vulnerableAdmitted.get())
        .as("examples admitting a vulnerable participant, of %s", cases.get())
        .isGreaterThanOrEqualTo(VULNERABLE_ADMITTED_FLOOR);
    assertThat(waitedThenAdmitted.get())
        .as("examples admitting a vulnerable participant who had waited, of %s", cases.get())
        .isGreaterThanOrEqualTo(WAITED_THEN_ADMITTED_FLOOR);
    assertThat(ratioBound.get())
        .as("examples where the ratio beyond two adults was met exactly, of %s", cases.get())
        .isGreaterThanOrEqualTo(RATIO_BOUND_FLOOR);
  }

  /** The kinds of runnable session the liveness property is tried on. */
  enum Kind {
    CHILDRENS_GROUP,
    ADULTS_AT_RISK_GROUP,
    BROADCAST,
    ONE_TO_ONE
  }

  /** A plan of one kind, and the order in which its participants come to the door. */
  record Runnable(Kind kind, SessionPlan plan, List<String> order) {
    @Override
    public String toString() {
      return "Runnable{" + kind + ", " + describe(plan) + ", order=" + order + "}";
    }
  }

  @Test
  void door_forAPlanAssessedGo_withAllItsStaffIn_letsEveryParticipantInWhateverTheOrder() {
    Map<Kind, AtomicInteger> goPlans = new HashMap<>();
    AtomicInteger participantsLetIn = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(runnablePlans())
        .checkAssert(
            runnable -> {
              cases.incrementAndGet();
              SessionPlan plan = runnable.plan();
              if (ENGINE.assess(plan).decision() != Decision.GO
                  || plan.platform().accounts() == AccountType.PERSISTENT_PUBLIC) {
                return;
              }
              goPlans
                  .computeIfAbsent(runnable.kind(), kind -> new AtomicInteger())
                  .incrementAndGet();
              List<String> present = new ArrayList<>();
              for (StaffMember member : plan.staff()) {
                Admission staff = ENGINE.admit(plan, room(present), member.id());
                assertThat(staff.verdict())
                    .as("%s of %s", staff, runnable)
                    .isEqualTo(Verdict.ADMIT);
                present.add(member.id());
              }
              for (String participant : runnable.order()) {
                Admission admission = ENGINE.admit(plan, room(present), participant);
                assertThat(admission.verdict())
                    .as("%s, with %s in the room, of %s", admission, present, runnable)
                    .isEqualTo(Verdict.ADMIT);
                present.add(participant);
                participantsLetIn.incrementAndGet();
              }
            });

    int total = goPlans.values().stream().mapToInt(AtomicInteger::get).sum();
    assertThat(total)
        .as("plans assessed GO, of %s", cases.get())
        .isGreaterThanOrEqualTo(GO_PLANS_FLOOR);
    for (Kind kind : Kind.values()) {
      assertThat(goPlans.getOrDefault(kind, new AtomicInteger()).get())
          .as("%s plans assessed GO", kind)
          .isGreaterThanOrEqualTo(GO_PLANS_OF_EACH_KIND_FLOOR);
    }
    assertThat(participantsLetIn.get()).isGreaterThanOrEqualTo(5 * GO_PLANS_FLOOR);
  }

  @Test
  void door_whileTheAssessmentHoldsASessionWideBlocker_letsNoParticipantIn() {
    Map<String, RuleDescription> descriptions = new HashMap<>();
    ENGINE.rules().forEach(rule -> descriptions.put(rule.code(), rule));
    AtomicInteger blockedPlans = new AtomicInteger();
    Set<String> blockingCodes = ConcurrentHashMap.newKeySet();
    qt().withExamples(EXAMPLES)
        .forAll(arrivals())
        .checkAssert(
            arrival -> {
              cases.incrementAndGet();
              SessionPlan plan = arrival.plan();
              Set<String> participantIds = new HashSet<>();
              plan.participants().forEach(participant -> participantIds.add(participant.id()));
              Set<String> sessionWide = new TreeSet<>();
              for (Finding finding : ENGINE.assess(plan).findings()) {
                RuleDescription description = descriptions.get(finding.rule());
                boolean onlyItsParticipant =
                    description.doorHold() == RuleDescription.DoorHold.ITS_PARTICIPANT
                        && finding.subject().map(participantIds::contains).orElse(false);
                if (finding.level() == FindingLevel.BLOCKER
                    && !description.postpones()
                    && !onlyItsParticipant) {
                  sessionWide.add(finding.rule());
                }
              }
              if (sessionWide.isEmpty()) {
                return;
              }
              blockedPlans.incrementAndGet();
              blockingCodes.addAll(sessionWide);
              // Everyone else already in, whoever they are: the one at the door still waits.
              List<String> everyone = new ArrayList<>();
              plan.staff().forEach(member -> everyone.add(member.id()));
              plan.participants().forEach(participant -> everyone.add(participant.id()));
              for (Participant participant : plan.participants()) {
                Admission admission = ENGINE.admit(plan, room(everyone), participant.id());
                assertThat(admission.verdict())
                    .as("%s while the plan holds %s: %s", participant.id(), sessionWide, arrival)
                    .isNotEqualTo(Verdict.ADMIT);
                assertThat(admission.reasons())
                    .extracting(AdmissionReason::rule)
                    .as("%s while the plan holds %s", participant.id(), sessionWide)
                    .contains("ADMIT_SESSION_BLOCKED");
              }
            });

    assertThat(blockedPlans.get())
        .as("plans holding a blocker that keeps everyone out, of %s", cases.get())
        .isGreaterThanOrEqualTo(BLOCKED_PLANS_FLOOR);
    assertThat(blockingCodes)
        .as("codes of those blockers")
        .hasSizeGreaterThanOrEqualTo(BLOCKING_CODES_FLOOR);
  }

  private static RoomState room(List<String> present) {
    return RoomState.builder().present(present).build();
  }

  /** Runs the door over one arrival order, checking both properties after every admission. */
  private void simulate(Arrival arrival) {
    cases.incrementAndGet();
    SessionPlan plan = arrival.plan();
    Oracle oracle = new Oracle(plan);
    Room room = new Room(plan, oracle);
    for (String person : arrival.order()) {
      Admission admission = room.ask(person);
      if (admission.verdict() == Verdict.ADMIT) {
        room.enter(person, false);
        room.askEveryoneWaiting();
      } else if (admission.verdict() == Verdict.WAIT) {
        room.waiting.add(person);
      }
    }
    if (room.anyVulnerableAdmitted) {
      vulnerableAdmitted.incrementAndGet();
    }
    if (room.anyVulnerableAdmittedAfterWaiting) {
      waitedThenAdmitted.incrementAndGet();
    }
    if (room.ratioBoundBeyondMinimum) {
      ratioBound.incrementAndGet();
    }
  }

  /** A room run by a host who does exactly what the door says. */
  private static final class Room {
    private final SessionPlan plan;
    private final Oracle oracle;
    private final List<String> present = new ArrayList<>();
    private final List<String> waiting = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    boolean anyVulnerableAdmitted;
    boolean anyVulnerableAdmittedAfterWaiting;
    boolean ratioBoundBeyondMinimum;

    Room(SessionPlan plan, Oracle oracle) {
      this.plan = plan;
      this.oracle = oracle;
    }

    Admission ask(String person) {
      Admission admission =
          ENGINE.admit(plan, RoomState.builder().present(present).build(), person);
      assertThat(admission.person()).isEqualTo(person);
      log.add(
          person
              + ":"
              + admission.verdict()
              + admission.reasons().stream()
                  .map(AdmissionReason::rule)
                  .collect(Collectors.toList()));
      return admission;
    }

    /** Asks everyone waiting again, in the order they came, until nobody more can come in. */
    void askEveryoneWaiting() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (String person : new ArrayList<>(waiting)) {
          Admission admission = ask(person);
          if (admission.verdict() == Verdict.ADMIT) {
            waiting.remove(person);
            enter(person, true);
            changed = true;
          } else if (admission.verdict() == Verdict.REFUSE) {
            waiting.remove(person);
          }
        }
      }
    }

    /** Lets someone the door admitted in, checking both properties. */
    void enter(String person, boolean afterWaiting) {
      int adultsBefore = oracle.countedAdults(present);
      Participant participant = oracle.participant(person);
      if (participant != null && oracle.isVulnerable(participant)) {
        // (a) the counted adults the door waits for before any vulnerable participant
        assertThat(adultsBefore)
            .as(
                "counted adults in the room when vulnerable %s was let in; room %s; history %s",
                person, present, log)
            .isGreaterThanOrEqualTo(oracle.adultsBeforeVulnerable(participant));
        anyVulnerableAdmitted = true;
        anyVulnerableAdmittedAfterWaiting |= afterWaiting;
      }
      present.add(person);
      List<Participant> participants = oracle.participantsIn(present);
      if (participants.isEmpty()) {
        return;
      }
      // (b) never more participants than the counted adults present may supervise
      int required = oracle.requiredAdults(participants);
      int adults = oracle.countedAdults(present);
      assertThat(adults)
          .as(
              "counted adults in the room after %s came in, for %s participants needing %s; room"
                  + " %s; history %s",
              person, participants.size(), required, present, log)
          .isGreaterThanOrEqualTo(required);
      ratioBoundBeyondMinimum |= required > ADULTS_BEFORE_VULNERABLE && adults == required;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle: the UK default rulebook's figures, worked out here without the door

  /**
   * Counted adults and adults required, by the UK default rulebook, written out here so that the
   * property does not take the door's word for them.
   *
   * <p>A counted adult is a member of staff in the room who is not known to be under 18, holds a
   * check issued on or before the session date and, when the plan has vulnerable participants,
   * holds the level their role needs: for children, ENHANCED_BARRED on a regular session and
   * ENHANCED otherwise for every role but volunteer, who needs BASIC if someone else on the plan
   * can supervise them (a counted adult in another role, other than external tutor, whose own check
   * is enough) and the strictest level otherwise; staff with no role need the strictest level; for
   * adults at risk only, BASIC. PVG counts as ENHANCED_BARRED. A volunteer whose check is enough
   * only because someone supervises them counts only while someone who can supervise them is in the
   * room.
   *
   * <p>Adults required for the participants in the room: 1 when none is vulnerable, 1 for a
   * one-to-one, 2 for a broadcast nobody can post in (no chat, comments off), and for an
   * interactive group the larger of 2 and the sum of ⌈children in the band ÷ ratio⌉ over the NSPCC
   * bands (0–1 1:3, 2–3 1:4, 4–8 1:6, 9–12 1:8, 13–17 1:10; unknown ages in the 0–1 band) and
   * ⌈adults at risk ÷ 8⌉. Adults at risk are those marked so and those who lack capacity.
   *
   * <p>Before a vulnerable participant comes in: 2 counted adults, or for a one-to-one the mentor
   * (1) and, when nobody is at the participant's home, a colleague (1 more).
   */
  static final class Oracle {
    private static final int[] BAND_TOP = {1, 3, 8, 12, 17};
    private static final int[] PER_ADULT = {3, 4, 6, 8, 10};
    private static final int ADULTS_AT_RISK_PER_ADULT = 8;

    private final SessionPlan plan;
    private final LocalDate asOf;
    private final boolean children;
    private final boolean vulnerable;
    private final Map<String, Participant> participants = new HashMap<>();
    private final Set<String> countedStaff = new HashSet<>();

    /** Counted volunteers whose check is enough only while someone supervises them. */
    private final Set<String> supervisedOnly = new HashSet<>();

    /** Staff who can supervise volunteers. */
    private final Set<String> supervisors = new HashSet<>();

    Oracle(SessionPlan plan) {
      this.plan = plan;
      this.asOf = plan.start().atZone(SESSION_ZONE).toLocalDate();
      boolean anyChild = false;
      boolean anyVulnerable = false;
      for (Participant participant : plan.participants()) {
        participants.put(participant.id(), participant);
        anyChild |= isChild(participant);
        anyVulnerable |= isVulnerable(participant);
      }
      this.children = anyChild;
      this.vulnerable = anyVulnerable;
      for (StaffMember member : plan.staff()) {
        if (adultWithCheckInPlace(member)
            && (!vulnerable || held(member).isAtLeast(required(member)))) {
          countedStaff.add(member.id());
          if (vulnerable
              && member.roles().contains(StaffRole.VOLUNTEER)
              && !held(member).isAtLeast(strictest())) {
            supervisedOnly.add(member.id());
          }
        }
        if (canSupervise(member)) {
          supervisors.add(member.id());
        }
      }
    }

    Participant participant(String id) {
      return participants.get(id);
    }

    List<Participant> participantsIn(List<String> present) {
      List<Participant> in = new ArrayList<>();
      for (String id : present) {
        if (participants.containsKey(id)) {
          in.add(participants.get(id));
        }
      }
      return in;
    }

    /**
     * The counted adults among those present; a volunteer whose check is enough only under
     * supervision counts only while someone who can supervise them is present too.
     */
    int countedAdults(List<String> present) {
      int count = 0;
      for (String id : present) {
        if (!countedStaff.contains(id)) {
          continue;
        }
        if (supervisedOnly.contains(id)
            && present.stream()
                .noneMatch(other -> !other.equals(id) && supervisors.contains(other))) {
          continue;
        }
        count++;
      }
      return count;
    }

    static boolean isChild(Participant participant) {
      return participant.age().isEmpty() || participant.age().getAsInt() < 18;
    }

    boolean isVulnerable(Participant participant) {
      return isChild(participant) || isAdultAtRisk(participant);
    }

    static boolean isAdultAtRisk(Participant participant) {
      return !isChild(participant)
          && (participant.atRisk() || participant.capacity() == Capacity.LACKS_CAPACITY);
    }

    int adultsBeforeVulnerable(Participant participant) {
      if (plan.format() == SessionFormat.ONE_TO_ONE) {
        return participant.responsibleAdultAtHome() ? 1 : 2;
      }
      return ADULTS_BEFORE_VULNERABLE;
    }

    int requiredAdults(List<Participant> inRoom) {
      if (inRoom.stream().noneMatch(this::isVulnerable)) {
        return 1;
      }
      if (plan.format() == SessionFormat.ONE_TO_ONE) {
        return 1;
      }
      boolean canPost =
          plan.chat() != ChatMode.NONE
              || !plan.platform().controls().contains(PlatformControl.COMMENTS_DISABLED);
      if (plan.interaction() == Interaction.BROADCAST && !canPost) {
        return 2;
      }
      int[] inBand = new int[BAND_TOP.length];
      int adultsAtRisk = 0;
      for (Participant participant : inRoom) {
        if (participant.age().isEmpty()) {
          inBand[0]++;
        } else if (participant.age().getAsInt() < 18) {
          int band = 0;
          while (participant.age().getAsInt() > BAND_TOP[band]) {
            band++;
          }
          inBand[band]++;
        } else if (isAdultAtRisk(participant)) {
          adultsAtRisk++;
        }
      }
      int adults = ceilDiv(adultsAtRisk, ADULTS_AT_RISK_PER_ADULT);
      for (int band = 0; band < inBand.length; band++) {
        adults += ceilDiv(inBand[band], PER_ADULT[band]);
      }
      return Math.max(2, adults);
    }

    private static int ceilDiv(int count, int per) {
      return (count + per - 1) / per;
    }

    private boolean adultWithCheckInPlace(StaffMember member) {
      return (member.age().isEmpty() || member.age().getAsInt() >= 18)
          && member.check().isPresent()
          && !member.check().get().issued().isAfter(asOf);
    }

    private static CheckLevel held(StaffMember member) {
      Check check = member.check().orElseThrow();
      return check.scheme() == CheckScheme.PVG ? CheckLevel.ENHANCED_BARRED : check.level();
    }

    /** The level a role needs for this plan's audience and frequency. */
    private CheckLevel level(StaffRole role) {
      if (!children || role == StaffRole.VOLUNTEER) {
        return CheckLevel.BASIC;
      }
      return plan.service().frequency() == Frequency.REGULAR
          ? CheckLevel.ENHANCED_BARRED
          : CheckLevel.ENHANCED;
    }

    private CheckLevel strictest() {
      return level(StaffRole.LEAD);
    }

    private CheckLevel ownRoles(StaffMember member) {
      CheckLevel highest = CheckLevel.BASIC;
      for (StaffRole role : member.roles()) {
        highest = level(role).compareTo(highest) > 0 ? level(role) : highest;
      }
      return highest;
    }

    private CheckLevel required(StaffMember member) {
      if (member.roles().isEmpty()) {
        return strictest();
      }
      if (member.roles().contains(StaffRole.VOLUNTEER) && !someoneElseSupervises(member)) {
        return strictest();
      }
      return ownRoles(member);
    }

    private boolean someoneElseSupervises(StaffMember volunteer) {
      for (StaffMember other : plan.staff()) {
        if (!other.id().equals(volunteer.id()) && canSupervise(other)) {
          return true;
        }
      }
      return false;
    }

    private boolean canSupervise(StaffMember member) {
      boolean supervisoryRole =
          member.roles().stream()
              .anyMatch(role -> role != StaffRole.VOLUNTEER && role != StaffRole.EXTERNAL_TUTOR);
      return supervisoryRole
          && adultWithCheckInPlace(member)
          && held(member).isAtLeast(ownRoles(member));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** A plan and the order in which its people come to the door. */
  record Arrival(SessionPlan plan, List<String> order) {
    @Override
    public String toString() {
      return "Arrival{" + describe(plan) + ", order=" + order + "}";
    }
  }

  /** Any plan, half generated and half close to the safe group, and a shuffle of its people. */
  private static Gen<Arrival> arrivals() {
    Gen<SessionPlan> plans = PlanGenerators.plans().mix(nearlySafeGroups());
    return in -> {
      SessionPlan plan = plans.generate(in);
      List<String> people = new ArrayList<>();
      plan.staff().forEach(member -> people.add(member.id()));
      plan.participants().forEach(participant -> people.add(participant.id()));
      // Fisher–Yates, each swap drawn from the one randomness source so that the order shrinks too.
      for (int i = people.size() - 1; i > 0; i--) {
        int j = integers().between(0, i).generate(in);
        String swap = people.get(i);
        people.set(i, people.get(j));
        people.set(j, swap);
      }
      return new Arrival(plan, List.copyOf(people));
    };
  }

  /**
   * The safe children's group with a few safeguards switched off, one to five staff of any role
   * whose checks are mostly but not always what they need, and up to 30 participants, mostly of one
   * age band, so that the door has vulnerable participants to let in and ratios to hold.
   */
  private static Gen<SessionPlan> nearlySafeGroups() {
    return in -> {
      SessionPlan.Builder plan = SafePlans.childrensGroup();
      if (rarely(in)) {
        plan.safeguardingLeadAvailable(false);
      }
      if (rarely(in)) {
        Platform safe = SafePlans.interactivePlatform().build();
        plan.platform(
            Platform.builder().from(safe).accounts(AccountType.PERSISTENT_PUBLIC).build());
      }
      if (rarely(in)) {
        plan.interaction(Interaction.BROADCAST);
      }
      if (rarely(in)) {
        plan.recording(Recording.AUDIO_VISUAL);
      }
      if (rarely(in)) {
        plan.service(
            SafePlans.service(Jurisdiction.ENGLAND)
                .frequency(arbitrary().enumValues(Frequency.class).generate(in))
                .build());
      }
      boolean oneToOne = seldom(in);
      if (oneToOne) {
        plan.format(SessionFormat.ONE_TO_ONE);
      }
      int participantCount = oneToOne ? 1 : integers().between(1, 30).generate(in);
      // Most groups are mostly of one age band, so that each band's ratio is reached.
      int band = integers().between(0, Oracle.BAND_TOP.length).generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < participantCount; i++) {
        participants.add(nearlySafeParticipant("p" + (i + 1), band, in));
      }
      // Mostly as many staff as the participants need, or one more; now and then any number, so
      // that the door also meets plans it must hold back whole.
      SessionPlan sized = plan.participants(participants).build();
      int needed =
          Math.max(
              2,
              RequiredAdults.of(
                  SessionFacts.of(sized, Rulebook.ukDefault()), Rulebook.ukDefault()));
      int staffCount =
          rarely(in)
              ? integers().between(1, 5).generate(in)
              : needed + integers().between(0, 1).generate(in);
      List<StaffMember> staff = new ArrayList<>();
      for (int i = 0; i < staffCount; i++) {
        staff.add(nearlySafeStaff("s" + (i + 1), i, in));
      }
      return plan.staff(staff).build();
    };
  }

  /**
   * Mostly a lead, host or co-facilitator with an enhanced check with barred list; sometimes not.
   * Faults are kept rare (about one in fifteen for each kind), since any one of them holds back
   * every participant of the plan, and the door must also meet plans it can let people into.
   */
  private static StaffMember nearlySafeStaff(String id, int index, RandomnessSource in) {
    StaffRole usual =
        index == 0 ? StaffRole.LEAD : index == 1 ? StaffRole.HOST : StaffRole.CO_FACILITATOR;
    Set<StaffRole> roles = EnumSet.of(usual);
    int kind = integers().between(0, 44).generate(in);
    if (kind == 42) {
      roles = EnumSet.of(StaffRole.VOLUNTEER);
    } else if (kind == 43) {
      roles = EnumSet.of(StaffRole.EXTERNAL_TUTOR);
    } else if (kind == 44) {
      roles = enumSet(StaffRole.class, in);
    }
    StaffMember.Builder member = SafePlans.staff(id).roles(roles);
    if (seldom(in)) {
      member.age(integers().between(16, 19).generate(in));
    }
    int check = integers().between(0, 44).generate(in) - 35;
    if (check == 7) {
      member.check(
          SafePlans.check(
              arbitrary().enumValues(CheckScheme.class).generate(in),
              arbitrary().enumValues(CheckLevel.class).generate(in),
              SafePlans.CHECK_ISSUED));
    } else if (check == 8) {
      LocalDate issued = SafePlans.SESSION_DATE.plusDays(integers().between(-1, 1).generate(in));
      member.check(SafePlans.check(CheckScheme.DBS, CheckLevel.ENHANCED_BARRED, issued));
    } else if (check == 9) {
      member.check(Optional.empty());
    }
    return member.build();
  }

  /**
   * A participant of any age band (a few adults, some at risk, a few of unknown age) with, mostly,
   * the consent they need to take part and be recorded.
   */
  private static Participant nearlySafeParticipant(String id, int band, RandomnessSource in) {
    OptionalInt age = ages(band).generate(in);
    boolean adult = age.isPresent() && age.getAsInt() >= 18;
    // Now and then an adult who lacks capacity, whom the plan does not mark at risk.
    boolean lacksCapacity = adult && rarely(in);
    Participant.Builder participant =
        Participant.builder()
            .id(id)
            .age(age)
            .atRisk(rarely(in))
            .capacity(lacksCapacity ? Capacity.LACKS_CAPACITY : Capacity.HAS_CAPACITY)
            .registered(true)
            .identityVerified(!rarely(in))
            .responsibleAdultAtHome(integers().between(0, 1).generate(in) == 1)
            .location(Location.SHARED_SPACE);
    if (!seldom(in)) {
      boolean parent = age.isEmpty() || age.getAsInt() < 13;
      participant.addConsent(
          Consent.builder()
              .givenBy(
                  parent
                      ? ConsentGiver.PARENT_OR_CARER
                      : lacksCapacity ? ConsentGiver.BEST_INTERESTS_DECISION : ConsentGiver.SELF)
              .verification(ConsentVerification.WRITTEN)
              .addCovers(ConsentScope.PARTICIPATION, ConsentScope.RECORDING)
              .given(SafePlans.CONSENT_GIVEN)
              .build());
    }
    return participant.build();
  }

  /**
   * Seven times in ten an age in the given band of {@link Oracle#BAND_TOP} (if there is one);
   * otherwise any age under 18, an adult, or unknown; shrinks to 0.
   */
  private static Gen<OptionalInt> ages(int band) {
    return in -> {
      int kind = integers().between(0, 9).generate(in);
      if (band < Oracle.BAND_TOP.length && kind < 7) {
        int from = band == 0 ? 0 : Oracle.BAND_TOP[band - 1] + 1;
        return OptionalInt.of(integers().between(from, Oracle.BAND_TOP[band]).generate(in));
      }
      if (kind < 8) {
        return OptionalInt.of(integers().between(0, 17).generate(in));
      }
      if (kind < 9) {
        return OptionalInt.of(integers().between(18, 90).generate(in));
      }
      return OptionalInt.empty();
    };
  }

  /**
   * Plans that do what the seeds ask, of four kinds, with their participants in a random order: a
   * children's group, a group of adults at risk (some lacking capacity, with a best-interests
   * decision), a broadcast nobody can post in, and a one-to-one with a colleague. The staff are as
   * many as the participants need, or up to two more, and every check, consent and control is in
   * place, so that most of them assess GO.
   */
  private static Gen<Runnable> runnablePlans() {
    return in -> {
      Kind kind = arbitrary().enumValues(Kind.class).generate(in);
      SessionPlan.Builder plan = SafePlans.childrensGroup();
      int count = kind == Kind.ONE_TO_ONE ? 1 : integers().between(1, 30).generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        participants.add(runnableParticipant("p" + (i + 1), kind, in));
      }
      plan.participants(participants);
      if (kind == Kind.ONE_TO_ONE) {
        plan.format(SessionFormat.ONE_TO_ONE).recording(Recording.NOTES);
      }
      if (kind == Kind.BROADCAST) {
        plan.interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(
                Platform.builder()
                    .name("Stream")
                    .accounts(AccountType.NONE)
                    .addControls(
                        PlatformControl.PARTICIPANT_AV_OFF,
                        PlatformControl.HOST_ONLY_SCREEN_SHARE,
                        PlatformControl.COMMENTS_DISABLED)
                    .build());
      }
      SessionPlan sized = plan.build();
      int needed =
          Math.max(
              2,
              RequiredAdults.of(
                  SessionFacts.of(sized, Rulebook.ukDefault()), Rulebook.ukDefault()));
      int staffCount = needed + integers().between(0, 2).generate(in);
      List<StaffMember> staff = new ArrayList<>();
      for (int i = 0; i < staffCount; i++) {
        StaffRole role =
            i == 0
                ? StaffRole.LEAD
                : i == 1
                    ? StaffRole.HOST
                    : integers().between(0, 1).generate(in) == 0
                        ? StaffRole.CO_FACILITATOR
                        : StaffRole.VOLUNTEER;
        staff.add(SafePlans.staff("s" + (i + 1), role).build());
      }
      plan.staff(staff);
      List<String> order = new ArrayList<>();
      participants.forEach(participant -> order.add(participant.id()));
      for (int i = order.size() - 1; i > 0; i--) {
        int j = integers().between(0, i).generate(in);
        String swap = order.get(i);
        order.set(i, order.get(j));
        order.set(j, swap);
      }
      return new Runnable(kind, plan.build(), List.copyOf(order));
    };
  }

  /** A participant of the kind's audience with every consent and assessment they need. */
  private static Participant runnableParticipant(String id, Kind kind, RandomnessSource in) {
    if (kind == Kind.ADULTS_AT_RISK_GROUP) {
      int age = integers().between(18, 90).generate(in);
      boolean lacksCapacity = integers().between(0, 2).generate(in) == 0;
      return Participant.builder()
          .id(id)
          .age(age)
          .atRisk(!lacksCapacity || integers().between(0, 1).generate(in) == 1)
          .capacity(lacksCapacity ? Capacity.LACKS_CAPACITY : Capacity.HAS_CAPACITY)
          .registered(true)
          .location(Location.SHARED_SPACE)
          .addConsent(
              SafePlans.consent(
                      lacksCapacity ? ConsentGiver.BEST_INTERESTS_DECISION : ConsentGiver.SELF,
                      ConsentScope.PARTICIPATION)
                  .build())
          .build();
    }
    int age = integers().between(0, 17).generate(in);
    Participant.Builder participant =
        age < 13 ? SafePlans.child(id, age) : SafePlans.youngPerson(id, age);
    return participant.responsibleAdultAtHome(integers().between(0, 1).generate(in) == 1).build();
  }

  /** True about one time in ten; shrinks to false. */
  private static boolean rarely(RandomnessSource in) {
    return integers().between(0, 9).generate(in) == 9;
  }

  /** True about one time in twenty; shrinks to false. */
  private static boolean seldom(RandomnessSource in) {
    return integers().between(0, 19).generate(in) == 19;
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, RandomnessSource in) {
    Set<E> values = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (integers().between(0, 1).generate(in) == 1) {
        values.add(constant);
      }
    }
    return values;
  }

  /** A short account of a plan's shape and people, for a failing example. */
  private static String describe(SessionPlan plan) {
    return plan.format()
        + " "
        + plan.interaction()
        + " "
        + plan.service().frequency()
        + " asOf="
        + plan.start().atZone(SESSION_ZONE).toLocalDate()
        + " lead="
        + plan.safeguardingLeadAvailable()
        + " accounts="
        + plan.platform().accounts()
        + " recording="
        + plan.recording()
        + " staff="
        + plan.staff().stream()
            .map(
                s ->
                    s.id()
                        + s.roles()
                        + (s.age().isPresent() ? "/" + s.age().getAsInt() : "")
                        + s.check()
                            .map(c -> "/" + c.scheme() + ":" + c.level() + "@" + c.issued())
                            .orElse("/unchecked"))
            .collect(Collectors.toList())
        + " participants="
        + plan.participants().stream()
            .map(
                p ->
                    p.id()
                        + "/"
                        + (p.age().isPresent() ? String.valueOf(p.age().getAsInt()) : "?")
                        + (p.atRisk() ? "r" : "")
                        + (p.capacity() == Capacity.LACKS_CAPACITY ? "L" : "")
                        + (p.responsibleAdultAtHome() ? "h" : ""))
            .collect(Collectors.toList());
  }
}
