package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.testing.PlanGenerators;
import org.safeguarding.rules.testing.SafePlans;

/**
 * Properties of the assessment over generated plans: it is deterministic, it moves the protective
 * way when a plan changes the protective way, its supervision figures agree with the NSPCC table,
 * and its findings, decision and priorities keep the contract of DESIGN.md.
 */
class AssessmentPropertyTest {

  private static final int CASES = 1_000;

  /**
   * The examples asked of QuickTheories: it skips a draw it has already tried without trying
   * another, so asking for exactly {@link #CASES} can run a few fewer.
   */
  private static final int EXAMPLES = 1_200;

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();
  private static final ZoneId SESSION_ZONE = ZoneId.of("Europe/London");
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

  /** Counts the cases each property ran, to prove the property did not pass vacuously. */
  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Determinism

  @Test
  void assess_samePlanTwiceAndWithAnotherEngine_givesEqualAssessmentsAndTheSameJson() {
    SafeguardingEngine another = SafeguardingEngine.builder().build();
    qt().withExamples(EXAMPLES)
        .forAll(plans())
        .checkAssert(
            plan -> {
              cases.incrementAndGet();
              Assessment first = ENGINE.assess(plan);
              Assessment second = ENGINE.assess(plan);
              Assessment third = another.assess(plan);
              assertThat(second).isEqualTo(first);
              assertThat(third).isEqualTo(first);
              String json = SafeguardingJson.ASSESSMENT.write(first);
              assertThat(SafeguardingJson.ASSESSMENT.write(second)).isEqualTo(json);
              assertThat(SafeguardingJson.ASSESSMENT.write(third)).isEqualTo(json);
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Adding a child never lowers the adults required

  @Test
  void requiredAdults_addingAParticipantUnder18_neverGoesDown() {
    Gen<Participant> child = participants("extra-p", childAges());
    qt().withExamples(EXAMPLES)
        .forAll(groupPlans(), child)
        .checkAssert(
            (plan, added) -> {
              cases.incrementAndGet();
              SessionPlan bigger = SessionPlan.builder().from(plan).addParticipant(added).build();
              int before = supervision(ENGINE.assess(plan)).requiredAdults();
              int after = supervision(ENGINE.assess(bigger)).requiredAdults();
              assertThat(after)
                  .as("required adults after adding %s", added)
                  .isGreaterThanOrEqualTo(before);
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Adding a counted adult never raises the shortfall

  /**
   * A plan and a checked adult member of staff (no age given, a check of a scheme the plan's
   * jurisdiction accepts, issued before the session).
   */
  record WithStaff(SessionPlan plan, StaffMember added) {}

  @Test
  void shortfall_addingACountedAdult_neverGoesUp() {
    Gen<WithStaff> inputs =
        in -> {
          SessionPlan plan = plans().generate(in);
          LocalDate asOf = sessionDate(plan);
          int daysBefore = integers().between(1, 3_650).generate(in);
          LocalDate issued = asOf.minusDays(daysBefore);
          // A check counts only from a scheme the jurisdiction accepts: another nation's is none.
          List<CheckScheme> accepted =
              List.copyOf(ENGINE.rulebook().acceptedSchemes(plan.service().jurisdiction()));
          CheckScheme scheme =
              accepted.get(integers().between(0, accepted.size() - 1).generate(in));
          StaffMember added =
              StaffMember.builder()
                  .id("extra-s")
                  .roles(enumSet(StaffRole.class, in))
                  .organisationAccount(booleans().all().generate(in))
                  .check(
                      Check.builder()
                          .scheme(scheme)
                          .level(arbitrary().enumValues(CheckLevel.class).generate(in))
                          .issued(issued.isBefore(FIRST_DATE) ? FIRST_DATE : issued)
                          .build())
                  .build();
          return new WithStaff(plan, added);
        };
    qt().withExamples(EXAMPLES)
        .forAll(inputs)
        .checkAssert(
            input -> {
              cases.incrementAndGet();
              SessionPlan bigger =
                  SessionPlan.builder().from(input.plan()).addStaff(input.added()).build();
              Supervision before = supervision(ENGINE.assess(input.plan()));
              Supervision after = supervision(ENGINE.assess(bigger));
              assertThat(after.countedAdults())
                  .as("counted adults")
                  .isEqualTo(before.countedAdults() + 1);
              assertThat(after.shortfall()).as("shortfall").isLessThanOrEqualTo(before.shortfall());
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Removing a consent never improves the decision
  //
  // A consent that was withdrawn by the session date is the plan's only record of the withdrawal,
  // and deleting it deletes the withdrawal, which rightly lifts CONSENT_WITHDRAWN. So the consents
  // removed here are those not withdrawn by then: a consent given, not a withdrawal recorded.

  @Test
  void decision_removingAnyOneConsentNotWithdrawn_neverImproves() {
    qt().withExamples(EXAMPLES)
        .forAll(plansWithConsents(), integers().between(0, 63))
        .checkAssert(
            (plan, which) -> {
              LocalDate asOf = ENGINE.assess(plan).asOf();
              List<int[]> consents = new ArrayList<>();
              for (int p = 0; p < plan.participants().size(); p++) {
                List<Consent> given = plan.participants().get(p).consents();
                for (int c = 0; c < given.size(); c++) {
                  if (given.get(c).withdrawn().map(date -> date.isAfter(asOf)).orElse(true)) {
                    consents.add(new int[] {p, c});
                  }
                }
              }
              if (consents.isEmpty()) {
                return; // nothing to remove; not counted as a case
              }
              cases.incrementAndGet();
              int[] removed = consents.get(which % consents.size());
              Participant participant = plan.participants().get(removed[0]);
              List<Consent> kept = new ArrayList<>(participant.consents());
              kept.remove(removed[1]);
              Participant fewer = Participant.builder().from(participant).consents(kept).build();
              List<Participant> participants = new ArrayList<>(plan.participants());
              participants.set(removed[0], fewer);
              SessionPlan changed =
                  SessionPlan.builder().from(plan).participants(participants).build();

              Decision before = ENGINE.assess(plan).decision();
              Decision after = ENGINE.assess(changed).decision();
              assertThat(after)
                  .as("decision after removing consent %s of %s", removed[1], participant.id())
                  .isGreaterThanOrEqualTo(before);
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Adding a platform control never raises an inferred risk

  @Test
  void inferredRisks_addingAPlatformControl_neverRiseOrAppear() {
    qt().withExamples(EXAMPLES)
        .forAll(plans(), arbitrary().enumValues(PlatformControl.class))
        .checkAssert(
            (plan, control) -> {
              cases.incrementAndGet();
              Platform platform =
                  Platform.builder().from(plan.platform()).addControl(control).build();
              SessionPlan safer = SessionPlan.builder().from(plan).platform(platform).build();
              Map<String, AssessedRisk> before = inferred(ENGINE.assess(plan));
              Map<String, AssessedRisk> after = inferred(ENGINE.assess(safer));
              assertThat(before.keySet())
                  .as("inferred risks after adding %s", control)
                  .containsAll(after.keySet());
              for (AssessedRisk risk : after.values()) {
                assertThat(risk.inherent().score())
                    .as("score of %s after adding %s", risk.id(), control)
                    .isLessThanOrEqualTo(before.get(risk.id()).inherent().score());
                assertThat(risk.current().score())
                    .as("current score of %s after adding %s", risk.id(), control)
                    .isLessThanOrEqualTo(before.get(risk.id()).current().score());
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 6. Raising a declared risk's likelihood never moves it down the priority order

  @Test
  void priority_raisingAnInherentLikelihood_neverMovesTheRiskDown() {
    qt().withExamples(EXAMPLES)
        .forAll(plansWithRisks(), integers().between(0, 31))
        .checkAssert(
            (plan, which) -> {
              cases.incrementAndGet();
              int index = which % plan.risks().size();
              RiskEntry risk = plan.risks().get(index);
              RiskEntry raised =
                  RiskEntry.builder()
                      .from(risk)
                      .likelihood(Math.min(5, risk.likelihood() + 1))
                      .build();
              assertPriorityNotLower(plan, index, raised);
            });
  }

  @Test
  void priority_raisingAResidualLikelihood_neverMovesTheRiskDown() {
    qt().withExamples(EXAMPLES)
        .forAll(plansWithRisks(), integers().between(0, 31), levels(), levels())
        .checkAssert(
            (plan, which, likelihood, severity) -> {
              cases.incrementAndGet();
              int index = which % plan.risks().size();
              RiskEntry risk = plan.risks().get(index);
              if (risk.residualLikelihood().isEmpty()) {
                // Give the chosen risk a residual pair, so every case raises a residual likelihood.
                risk =
                    RiskEntry.builder()
                        .from(risk)
                        .residualLikelihood(likelihood)
                        .residualSeverity(severity)
                        .build();
                List<RiskEntry> risks = new ArrayList<>(plan.risks());
                risks.set(index, risk);
                plan = SessionPlan.builder().from(plan).risks(risks).build();
              }
              int current = risk.residualLikelihood().getAsInt();
              RiskEntry raised =
                  RiskEntry.builder()
                      .from(risk)
                      .residualLikelihood(Math.min(5, current + 1))
                      .build();
              assertPriorityNotLower(plan, index, raised);
            });
  }

  private static void assertPriorityNotLower(SessionPlan plan, int index, RiskEntry raised) {
    List<RiskEntry> risks = new ArrayList<>(plan.risks());
    risks.set(index, raised);
    SessionPlan changed = SessionPlan.builder().from(plan).risks(risks).build();
    int before = priorityOf(ENGINE.assess(plan), raised.id());
    int after = priorityOf(ENGINE.assess(changed), raised.id());
    assertThat(after).as("priority of %s once raised", raised.id()).isLessThanOrEqualTo(before);
  }

  // ---------------------------------------------------------------------------------------------
  // 7. Required adults agree with the NSPCC table

  /** A plan and participants to add to it when it is a group. */
  record WithParticipants(SessionPlan plan, List<Participant> added) {}

  @Test
  void requiredAdults_equalsTheNspccTable() {
    Gen<WithParticipants> inputs =
        in -> {
          SessionPlan plan = plans().generate(in);
          List<OptionalInt> ages = lists().of(mixedAges()).ofSizeBetween(0, 40).generate(in);
          List<Participant> added = new ArrayList<>();
          if (plan.format() == SessionFormat.GROUP) {
            for (int i = 0; i < ages.size(); i++) {
              added.add(participant("extra-p" + i, ages.get(i), booleans().all().generate(in)));
            }
          }
          return new WithParticipants(plan, added);
        };
    qt().withExamples(EXAMPLES)
        .forAll(inputs)
        .checkAssert(
            input -> {
              cases.incrementAndGet();
              SessionPlan plan =
                  SessionPlan.builder()
                      .from(input.plan())
                      .addAllParticipants(input.added())
                      .build();
              assertThat(supervision(ENGINE.assess(plan)).requiredAdults())
                  .as("required adults for %s", describeForSupervision(plan))
                  .isEqualTo(nspccRequiredAdults(plan));
            });
  }

  /** The uk-default NSPCC ratios, written out independently of the engine and its rulebook. */
  private static int nspccRequiredAdults(SessionPlan plan) {
    boolean vulnerable = false;
    for (Participant participant : plan.participants()) {
      boolean child = participant.age().isEmpty() || participant.age().getAsInt() < 18;
      vulnerable |= child || atRisk(participant);
    }
    if (!vulnerable) {
      return 1;
    }
    if (plan.format() == SessionFormat.ONE_TO_ONE) {
      return 1;
    }
    // A broadcast participants can post in (a chat, or comments on) is supervised as interactive.
    boolean canPost =
        plan.chat() != ChatMode.NONE
            || !plan.platform().controls().contains(PlatformControl.COMMENTS_DISABLED);
    if (plan.interaction() == Interaction.BROADCAST && !canPost) {
      return 2;
    }
    // Bands: 0-1, 2-3, 4-8, 9-12, 13-17, adults at risk.
    int[] perAdult = {3, 4, 6, 8, 10, 8};
    int[] counts = new int[perAdult.length];
    for (Participant participant : plan.participants()) {
      if (participant.age().isEmpty()) {
        counts[0]++;
        continue;
      }
      int age = participant.age().getAsInt();
      if (age <= 1) {
        counts[0]++;
      } else if (age <= 3) {
        counts[1]++;
      } else if (age <= 8) {
        counts[2]++;
      } else if (age <= 12) {
        counts[3]++;
      } else if (age <= 17) {
        counts[4]++;
      } else if (atRisk(participant)) {
        counts[5]++;
      }
    }
    int adults = 0;
    for (int band = 0; band < counts.length; band++) {
      adults += (counts[band] + perAdult[band] - 1) / perAdult[band];
    }
    return Math.max(2, adults);
  }

  /** An adult at risk: marked so, or lacking capacity whatever the mark says. */
  private static boolean atRisk(Participant participant) {
    return participant.atRisk() || participant.capacity() == Capacity.LACKS_CAPACITY;
  }

  private static String describeForSupervision(SessionPlan plan) {
    return plan.format()
        + " "
        + plan.interaction()
        + " "
        + plan.participants().stream()
            .map(
                p ->
                    (p.age().isPresent() ? String.valueOf(p.age().getAsInt()) : "?")
                        + (p.atRisk() ? "r" : ""))
            .collect(Collectors.toList());
  }

  // ---------------------------------------------------------------------------------------------
  // 8. Rules and findings are described, cited and ordered

  @Test
  void findings_areDescribedCitedListedAndOrdered() {
    List<RuleDescription> rules = ENGINE.rules();
    Map<String, RuleDescription> byCode =
        rules.stream().collect(Collectors.toMap(RuleDescription::code, Function.identity()));
    assertThat(byCode).hasSameSizeAs(rules);
    Comparator<Finding> contractOrder =
        Comparator.comparing(Finding::level)
            .thenComparing(Finding::rule)
            .thenComparing(
                finding -> finding.subject().orElse(null),
                Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    qt().withExamples(EXAMPLES)
        .forAll(plans())
        .checkAssert(
            plan -> {
              cases.incrementAndGet();
              for (RuleDescription rule : rules) {
                assertThat(rule.trigger()).as("trigger of %s", rule.code()).isNotBlank();
                assertThat(rule.action()).as("action of %s", rule.code()).isNotBlank();
                assertThat(rule.sources()).as("sources of %s", rule.code()).isNotEmpty();
              }
              Assessment assessment = ENGINE.assess(plan);
              for (Finding finding : assessment.findings()) {
                assertThat(finding.message()).as("message of %s", finding.rule()).isNotBlank();
                assertThat(finding.action()).as("action of %s", finding.rule()).isNotBlank();
                assertThat(finding.sources()).as("sources of %s", finding.rule()).isNotEmpty();
                assertThat(byCode).as("rules listed").containsKey(finding.rule());
                assertThat(byCode.get(finding.rule()).levels())
                    .as("levels of %s", finding.rule())
                    .contains(finding.level());
              }
              assertThat(assessment.findings()).isSortedAccordingTo(contractOrder);
            });
  }

  // ---------------------------------------------------------------------------------------------
  // 9. The decision follows from the findings; priorities are 1..n

  @Test
  void decisionAndPriorities_followTheContract() {
    qt().withExamples(EXAMPLES)
        .forAll(plans())
        .checkAssert(
            plan -> {
              cases.incrementAndGet();
              Assessment assessment = ENGINE.assess(plan);
              List<Finding> findings = assessment.findings();
              boolean blocker =
                  findings.stream()
                      .anyMatch(
                          f ->
                              f.level() == FindingLevel.BLOCKER
                                  && !f.rule().equals("SAFEGUARDING_LEAD_UNAVAILABLE"));
              boolean leadUnavailable =
                  findings.stream()
                      .anyMatch(
                          f ->
                              f.level() == FindingLevel.BLOCKER
                                  && f.rule().equals("SAFEGUARDING_LEAD_UNAVAILABLE"));
              boolean warning = findings.stream().anyMatch(f -> f.level() == FindingLevel.WARNING);
              Decision expected =
                  blocker
                      ? Decision.DO_NOT_RUN
                      : leadUnavailable
                          ? Decision.POSTPONE
                          : warning ? Decision.GO_WITH_CONDITIONS : Decision.GO;
              assertThat(assessment.decision()).as("decision for %s", findings).isEqualTo(expected);

              List<AssessedRisk> risks = assessment.risks();
              assertThat(risks)
                  .extracting(AssessedRisk::priority)
                  .containsExactlyElementsOf(
                      IntStream.rangeClosed(1, risks.size()).boxed().collect(Collectors.toList()));
              assertThat(risks)
                  .as("risks by current score, then inherent score, descending")
                  .isSortedAccordingTo(
                      Comparator.comparing((AssessedRisk r) -> -r.current().score())
                          .thenComparing(r -> -r.inherent().score()));
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Generators and helpers

  /**
   * Plans of every shape (which are nearly always DO_NOT_RUN) mixed half and half with plans close
   * to a safe one, so that every decision, and every change of decision, is reached.
   */
  static Gen<SessionPlan> plans() {
    return PlanGenerators.plans().mix(nearlySafePlans());
  }

  /**
   * The safe children's group with a few safeguards switched off, more staff, and participants of
   * any age whose consents are mostly, but not always, the ones they need, given around the session
   * date. Every choice shrinks towards the safe plan.
   */
  private static Gen<SessionPlan> nearlySafePlans() {
    return in -> {
      SessionPlan.Builder plan = SafePlans.childrensGroup();
      if (rarely(in)) {
        plan.safeguardingLeadAvailable(false);
      }
      if (rarely(in)) {
        plan.holdingScreen(false);
      }
      if (rarely(in)) {
        plan.attendanceRecorded(false);
      }
      if (rarely(in)) {
        plan.interaction(Interaction.BROADCAST);
      }
      if (rarely(in)) {
        plan.recording(Recording.AUDIO_VISUAL);
      }
      int extraStaff = integers().between(0, 3).generate(in);
      for (int i = 0; i < extraStaff; i++) {
        plan.addStaff(SafePlans.staff("s" + (3 + i), StaffRole.CO_FACILITATOR).build());
      }
      int count = integers().between(1, 5).generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        OptionalInt age = nearlySafeAges().generate(in);
        Participant.Builder participant =
            Participant.builder()
                .id("p" + (i + 1))
                .age(age)
                .atRisk(rarely(in))
                .capacity(
                    rarely(in)
                        ? arbitrary().enumValues(Capacity.class).generate(in)
                        : Capacity.HAS_CAPACITY)
                .registered(!rarely(in))
                .location(Location.SHARED_SPACE);
        int consents = seldom(in) ? 0 : integers().between(1, 3).generate(in);
        for (int c = 0; c < consents; c++) {
          participant.addConsent(nearlySafeConsent(age, in));
        }
        participants.add(participant.build());
      }
      return plan.participants(participants).build();
    };
  }

  /** True about one time in ten; shrinks to false. */
  private static boolean rarely(RandomnessSource in) {
    return integers().between(0, 9).generate(in) == 9;
  }

  /** True about one time in twenty; shrinks to false. */
  private static boolean seldom(RandomnessSource in) {
    return integers().between(0, 19).generate(in) == 19;
  }

  /** Mostly children under 13, some young people and adults, a few unknown ages; shrinks to 10. */
  private static Gen<OptionalInt> nearlySafeAges() {
    return in -> {
      int kind = integers().between(0, 9).generate(in);
      if (kind < 6) {
        return OptionalInt.of(10 - integers().between(0, 10).generate(in));
      }
      if (kind < 8) {
        return OptionalInt.of(integers().between(13, 17).generate(in));
      }
      if (kind < 9) {
        return OptionalInt.of(integers().between(18, 90).generate(in));
      }
      return OptionalInt.empty();
    };
  }

  /**
   * A consent that is usually the one the participant needs (from the right person, in writing,
   * covering participation and recording), given up to a year before the session, sometimes
   * withdrawn; otherwise any consent.
   */
  private static Consent nearlySafeConsent(OptionalInt age, RandomnessSource in) {
    boolean parent = age.isEmpty() || age.getAsInt() < 13;
    ConsentGiver giver =
        seldom(in)
            ? arbitrary().enumValues(ConsentGiver.class).generate(in)
            : parent ? ConsentGiver.PARENT_OR_CARER : ConsentGiver.SELF;
    ConsentVerification verification =
        seldom(in)
            ? arbitrary().enumValues(ConsentVerification.class).generate(in)
            : ConsentVerification.WRITTEN;
    Set<ConsentScope> covers =
        seldom(in)
            ? enumSet(ConsentScope.class, in)
            : EnumSet.of(ConsentScope.PARTICIPATION, ConsentScope.RECORDING);
    LocalDate given = SafePlans.SESSION_DATE.minusDays(integers().between(0, 400).generate(in));
    if (seldom(in)) {
      given = SafePlans.SESSION_DATE.plusDays(integers().between(1, 30).generate(in));
    }
    Consent.Builder consent =
        Consent.builder().givenBy(giver).verification(verification).covers(covers).given(given);
    if (rarely(in)) {
      consent.withdrawn(given.plusDays(integers().between(0, 400).generate(in)));
    }
    return consent.build();
  }

  /** Plans of every shape, with one-to-one plans made groups so that a participant can be added. */
  private static Gen<SessionPlan> groupPlans() {
    return plans()
        .map(
            plan ->
                plan.format() == SessionFormat.GROUP
                    ? plan
                    : SessionPlan.builder().from(plan).format(SessionFormat.GROUP).build());
  }

  /**
   * Plans with at least one consent: a plan without any gets a generated one for its first
   * participant.
   */
  private static Gen<SessionPlan> plansWithConsents() {
    return in -> {
      SessionPlan plan = plans().generate(in);
      Consent spare = consents().generate(in);
      if (plan.participants().stream().anyMatch(p -> !p.consents().isEmpty())) {
        return plan;
      }
      List<Participant> participants = new ArrayList<>(plan.participants());
      participants.set(
          0, Participant.builder().from(participants.get(0)).addConsent(spare).build());
      return SessionPlan.builder().from(plan).participants(participants).build();
    };
  }

  /** Plans with at least one declared risk: a plan without any gets a generated one. */
  private static Gen<SessionPlan> plansWithRisks() {
    return in -> {
      SessionPlan plan = plans().generate(in);
      RiskEntry spare = risks("extra-r").generate(in);
      return plan.risks().isEmpty()
          ? SessionPlan.builder().from(plan).addRisk(spare).build()
          : plan;
    };
  }

  private static Gen<Consent> consents() {
    return in -> {
      LocalDate given = PlanGenerators.dates().generate(in);
      Consent.Builder consent =
          Consent.builder()
              .givenBy(arbitrary().enumValues(ConsentGiver.class).generate(in))
              .verification(arbitrary().enumValues(ConsentVerification.class).generate(in))
              .covers(enumSet(ConsentScope.class, in))
              .given(given);
      if (booleans().all().generate(in)) {
        LocalDate withdrawn = given.plusDays(integers().between(0, 400).generate(in));
        consent.withdrawn(withdrawn.isAfter(LAST_DATE) ? LAST_DATE : withdrawn);
      }
      return consent.build();
    };
  }

  private static Gen<RiskEntry> risks(String id) {
    return in -> {
      RiskEntry.Builder risk =
          RiskEntry.builder()
              .id(id)
              .hazard(arbitrary().enumValues(Hazard.class).generate(in))
              .area(arbitrary().enumValues(RiskArea.class).generate(in))
              .likelihood(levels().generate(in))
              .severity(levels().generate(in));
      if (booleans().all().generate(in)) {
        risk.residualLikelihood(levels().generate(in)).residualSeverity(levels().generate(in));
      }
      return risk.build();
    };
  }

  private static Gen<Participant> participants(String id, Gen<OptionalInt> ages) {
    return in -> participant(id, ages.generate(in), booleans().all().generate(in));
  }

  private static Participant participant(String id, OptionalInt age, boolean atRisk) {
    return Participant.builder()
        .id(id)
        .age(age)
        .atRisk(atRisk)
        .capacity(Capacity.NOT_ASSESSED)
        .build();
  }

  /** Ages 0 to 17. */
  private static Gen<OptionalInt> childAges() {
    return integers().between(0, 17).map(age -> OptionalInt.of(age));
  }

  /** Mostly children, some adults, some unknown ages. */
  private static Gen<OptionalInt> mixedAges() {
    return in -> {
      int kind = integers().between(0, 9).generate(in);
      if (kind < 6) {
        return OptionalInt.of(integers().between(0, 17).generate(in));
      }
      if (kind < 8) {
        return OptionalInt.of(integers().between(18, 120).generate(in));
      }
      return OptionalInt.empty();
    };
  }

  private static Gen<Integer> levels() {
    return integers().between(1, 5);
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, RandomnessSource in) {
    Set<E> values = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (booleans().all().generate(in)) {
        values.add(constant);
      }
    }
    return values;
  }

  private static LocalDate sessionDate(SessionPlan plan) {
    return plan.start().atZone(SESSION_ZONE).toLocalDate();
  }

  private static Supervision supervision(Assessment assessment) {
    Optional<Supervision> supervision = assessment.supervision();
    assertThat(supervision).as("supervision (findings %s)", assessment.findings()).isPresent();
    return supervision.get();
  }

  private static Map<String, AssessedRisk> inferred(Assessment assessment) {
    return assessment.risks().stream()
        .filter(risk -> risk.origin() == RiskOrigin.INFERRED)
        .collect(Collectors.toMap(AssessedRisk::id, Function.identity()));
  }

  private static int priorityOf(Assessment assessment, String id) {
    return assessment.risks().stream()
        .filter(risk -> risk.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no risk " + id + " in " + assessment.risks()))
        .priority();
  }
}
