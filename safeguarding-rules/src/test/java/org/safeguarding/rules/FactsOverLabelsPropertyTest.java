package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.RiskOrigin;
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
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.testing.PlanGenerators;

/**
 * Facts over labels, over generated plans: information that only asserts (a register entry, a
 * consent that does not meet what is needed, the word BROADCAST) never makes an assessment quieter
 * than the plan's facts give, and facts that really are safer never make it louder.
 *
 * <p>Findings are compared by code, level and subject. An inferred risk's findings may move to the
 * register entry that takes its hazard over, and a risk's RISK_HIGH may turn into RISK_EXTREME, as
 * both say at least as much.
 */
class FactsOverLabelsPropertyTest {

  private static final int CASES = 1_000;

  /**
   * The examples asked of QuickTheories: it skips a draw it has already tried without trying
   * another, so asking for exactly {@link #CASES} can run a few fewer.
   */
  private static final int EXAMPLES = 1_200;

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  /** The dates the model takes. */
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

  private static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

  private static final Set<String> CONSENT_CODES =
      Set.of(
          "CONSENT_MISSING",
          "CONSENT_UNVERIFIED",
          "CONSENT_WITHDRAWN",
          "RECORDING_CONSENT_MISSING");

  private static final Set<Hazard> INFERRED_HAZARDS =
      EnumSet.of(Hazard.SESSION_HIJACK, Hazard.IMPERSONATION, Hazard.PARTICIPANT_DISTRESS);

  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  // ---------------------------------------------------------------------------------------------
  // A register entry

  /** A plan and an entry to add to its register. */
  record WithEntry(SessionPlan plan, RiskEntry entry) {}

  @Test
  void registerEntry_neverLowersARiskBelowTheFacts_norRemovesAFinding() {
    AtomicInteger tookOverAnInferredRisk = new AtomicInteger();
    AtomicInteger raisedToItsFloor = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(plansWithEntries())
        .checkAssert(
            input -> {
              cases.incrementAndGet();
              SessionPlan plan = input.plan();
              SessionPlan withEntry =
                  SessionPlan.builder().from(plan).addRisk(input.entry()).build();
              Assessment before = ENGINE.assess(plan);
              Assessment after = ENGINE.assess(withEntry);
              String what = "adding " + input.entry() + " to " + plan.id();

              // The facts' rating of each hazard is a floor under every risk of that hazard.
              Map<Hazard, Integer> inferred = new EnumMap<>(Hazard.class);
              for (AssessedRisk risk : before.risks()) {
                if (risk.origin() == RiskOrigin.INFERRED) {
                  inferred.put(risk.hazard(), risk.current().score());
                }
              }
              for (AssessedRisk risk : after.risks()) {
                Integer floor = inferred.get(risk.hazard());
                if (floor != null) {
                  assertThat(risk.current().score())
                      .as(what + ": " + risk)
                      .isGreaterThanOrEqualTo(floor);
                }
              }
              if (inferred.containsKey(input.entry().hazard())) {
                tookOverAnInferredRisk.incrementAndGet();
              }
              if (after.risks().stream()
                  .anyMatch(
                      risk -> risk.id().equals(input.entry().id()) && risk.floor().isPresent())) {
                raisedToItsFloor.incrementAndGet();
              }

              // No finding is lost, but the two that only say the register is empty or lacks the
              // hazard.
              for (Finding finding : before.findings()) {
                if (finding.rule().equals("RISK_NOT_IN_REGISTER")
                    || finding.rule().equals("RISK_ASSESSMENT_MISSING")) {
                  continue;
                }
                assertThat(saysAtLeast(after, finding, before))
                    .as(what + ": lost " + finding + " from " + after.findings())
                    .isTrue();
              }
              assertThat(after.decision()).as(what).isGreaterThanOrEqualTo(before.decision());
            });
    assertThat(tookOverAnInferredRisk.get())
        .as("entries for a hazard the engine inferred")
        .isGreaterThanOrEqualTo(150);
    assertThat(raisedToItsFloor.get())
        .as("entries raised to the facts' rating")
        .isGreaterThanOrEqualTo(75);
  }

  /**
   * Whether an assessment still says what a finding said: the same code, level and subject; for a
   * finding about an inferred risk whose hazard the register now holds, a finding of that code (or,
   * for RISK_HIGH, RISK_EXTREME) about a risk of that hazard; and a RISK_HIGH may have become
   * RISK_EXTREME.
   */
  private static boolean saysAtLeast(Assessment after, Finding said, Assessment before) {
    Set<String> subjects = new HashSet<>();
    said.subject().ifPresent(subjects::add);
    Optional<AssessedRisk> inferredRisk =
        before.risks().stream()
            .filter(risk -> risk.origin() == RiskOrigin.INFERRED)
            .filter(risk -> said.subject().map(risk.id()::equals).orElse(false))
            .findFirst();
    if (inferredRisk.isPresent()) {
      after.risks().stream()
          .filter(risk -> risk.hazard() == inferredRisk.get().hazard())
          .forEach(risk -> subjects.add(risk.id()));
    }
    Set<String> codes = new HashSet<>();
    codes.add(said.rule());
    if (said.rule().equals("RISK_HIGH")) {
      codes.add("RISK_EXTREME");
    }
    for (Finding finding : after.findings()) {
      boolean sameSubject =
          said.subject().isEmpty()
              ? finding.subject().isEmpty()
              : finding.subject().map(subjects::contains).orElse(false);
      boolean sameLevel =
          finding.rule().equals(said.rule())
              ? finding.level() == said.level()
              : finding.level().compareTo(said.level()) <= 0;
      if (codes.contains(finding.rule()) && sameSubject && sameLevel) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plans of every shape and nearly safe ones, each with an entry of any hazard (half the time one
   * the engine infers), rated anywhere, with or without a residual rating and mitigations.
   */
  private static Gen<WithEntry> plansWithEntries() {
    return in -> {
      SessionPlan plan = AssessmentPropertyTest.plans().generate(in);
      Hazard hazard =
          booleans().all().generate(in)
              ? arbitrary().pick(List.copyOf(INFERRED_HAZARDS)).generate(in)
              : arbitrary().enumValues(Hazard.class).generate(in);
      RiskEntry.Builder entry =
          RiskEntry.builder()
              .id("added-r")
              .hazard(hazard)
              .area(arbitrary().enumValues(RiskArea.class).generate(in))
              .likelihood(level(in))
              .severity(level(in));
      if (booleans().all().generate(in)) {
        entry.residualLikelihood(level(in)).residualSeverity(level(in));
      }
      if (booleans().all().generate(in)) {
        entry.addMitigations("a mitigation");
      }
      if (booleans().all().generate(in)) {
        entry.reviewBy(PlanGenerators.dates().generate(in));
      }
      return new WithEntry(plan, entry.build());
    };
  }

  // ---------------------------------------------------------------------------------------------
  // A consent that does not meet the requirement

  /** The ways a consent can fail to meet what a participant needs. */
  enum Shortfall {
    WRONG_GIVER,
    UNVERIFIED,
    WITHDRAWN,
    AFTER_THE_SESSION
  }

  /** A plan, one of its participants, and a consent that falls short for them. */
  record WithConsent(SessionPlan plan, int participant, Shortfall shortfall, Consent consent) {}

  @Test
  void consent_thatDoesNotMeetTheRequirement_removesNoConsentFinding() {
    // A finding may be replaced by one as serious about the same participant: a consent missing
    // becomes withdrawn when the consent added records a withdrawal. The one step down allowed is
    // the catalogue's own, below.
    Map<Shortfall, AtomicInteger> withAFinding = new EnumMap<>(Shortfall.class);
    AtomicInteger unconfirmedSteps = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(plansWithShortConsents())
        .checkAssert(
            input -> {
              cases.incrementAndGet();
              SessionPlan plan = input.plan();
              Participant participant = plan.participants().get(input.participant());
              List<Participant> participants = new ArrayList<>(plan.participants());
              participants.set(
                  input.participant(),
                  Participant.builder().from(participant).addConsent(input.consent()).build());
              SessionPlan changed =
                  SessionPlan.builder().from(plan).participants(participants).build();
              Assessment before = ENGINE.assess(plan);
              Assessment after = ENGINE.assess(changed);
              String what =
                  "adding "
                      + input.shortfall()
                      + " "
                      + input.consent()
                      + " for "
                      + participant.id();

              List<Finding> consentFindings =
                  before.findings().stream()
                      .filter(finding -> CONSENT_CODES.contains(finding.rule()))
                      .toList();
              if (consentFindings.stream()
                  .anyMatch(finding -> finding.subject().orElse("").equals(participant.id()))) {
                withAFinding
                    .computeIfAbsent(input.shortfall(), key -> new AtomicInteger())
                    .incrementAndGet();
              }
              // The catalogue's own step: a parent's consent, in place but unconfirmed, where there
              // was none is CONSENT_UNVERIFIED, a warning; the door still keeps the child waiting.
              boolean unconfirmedStep =
                  input.shortfall() == Shortfall.UNVERIFIED
                      && status(before, participant.id()) == ConsentStatus.MISSING
                      && status(after, participant.id()) == ConsentStatus.UNVERIFIED;
              for (Finding finding : consentFindings) {
                // Kept, or replaced by a consent finding about the same participant at least as
                // serious (a consent missing may now show as withdrawn).
                boolean kept =
                    after.findings().stream()
                        .anyMatch(
                            other ->
                                CONSENT_CODES.contains(other.rule())
                                    && other.subject().equals(finding.subject())
                                    && (other.rule().equals(finding.rule())
                                        ? other.level() == finding.level()
                                        : other.level().compareTo(finding.level()) <= 0));
                boolean stepped =
                    unconfirmedStep
                        && finding.rule().equals("CONSENT_MISSING")
                        && finding.subject().orElse("").equals(participant.id());
                assertThat(kept || stepped)
                    .as(what + ": lost " + finding + "; now " + after.findings())
                    .isTrue();
              }
              if (unconfirmedStep) {
                unconfirmedSteps.incrementAndGet();
                Decision atLeast =
                    before.decision().compareTo(Decision.GO_WITH_CONDITIONS) < 0
                        ? before.decision()
                        : Decision.GO_WITH_CONDITIONS;
                assertThat(after.decision()).as(what).isGreaterThanOrEqualTo(atLeast);
                List<String> staff = new ArrayList<>();
                changed.staff().forEach(member -> staff.add(member.id()));
                assertThat(
                        ENGINE
                            .admit(
                                changed,
                                RoomState.builder().present(staff).build(),
                                participant.id())
                            .verdict())
                    .as(what + " at the door")
                    .isNotEqualTo(Verdict.ADMIT);
              } else {
                assertThat(after.decision()).as(what).isGreaterThanOrEqualTo(before.decision());
              }
            });
    for (Shortfall shortfall : Shortfall.values()) {
      assertThat(withAFinding.getOrDefault(shortfall, new AtomicInteger()).get())
          .as("cases of %s for a participant with a consent finding", shortfall)
          .isGreaterThanOrEqualTo(60);
    }
    assertThat(unconfirmedSteps.get())
        .as("unconfirmed consents where there was none")
        .isGreaterThanOrEqualTo(20);
  }

  /** The date, or the first the model takes if it is earlier. */
  private static LocalDate notBefore(LocalDate date) {
    return date.isBefore(FIRST_DATE) ? FIRST_DATE : date;
  }

  private static ConsentStatus status(Assessment assessment, String participant) {
    return assessment.consents().stream()
        .filter(requirement -> requirement.participant().equals(participant))
        .map(ConsentRequirement::status)
        .findFirst()
        .orElseThrow();
  }

  /**
   * A plan and, for one of its participants, a consent that falls short of what they need, judged
   * from the assessment's requirement: from someone whose consent does not meet it; from the right
   * person but unconfirmed where a parent's consent must be confirmed; withdrawn by the session
   * date; or given after it.
   */
  private static Gen<WithConsent> plansWithShortConsents() {
    return in -> {
      SessionPlan plan = AssessmentPropertyTest.plans().generate(in);
      int index = integers().between(0, plan.participants().size() - 1).generate(in);
      Shortfall shortfall = arbitrary().enumValues(Shortfall.class).generate(in);
      ConsentRequirement requirement = ENGINE.assess(plan).consents().get(index);
      ConsentGiver needed = requirement.requiredFrom().orElse(ConsentGiver.SELF);
      LocalDate asOf = ENGINE.assess(plan).asOf();
      if (shortfall == Shortfall.AFTER_THE_SESSION && !asOf.isBefore(LAST_DATE)) {
        shortfall = Shortfall.WITHDRAWN; // no date the model takes is after this session
      }
      Set<ConsentScope> covers = EnumSet.of(ConsentScope.PARTICIPATION);
      if (booleans().all().generate(in)) {
        covers.add(ConsentScope.RECORDING);
      }
      Consent.Builder consent =
          Consent.builder()
              .givenBy(needed)
              .verification(ConsentVerification.WRITTEN)
              .covers(covers)
              .given(notBefore(asOf.minusDays(integers().between(0, 300).generate(in))));
      switch (shortfall) {
        case WRONG_GIVER:
          // Nobody else's consent meets a requirement, but an attorney's for a best-interests one.
          List<ConsentGiver> others = new ArrayList<>();
          for (ConsentGiver giver : ConsentGiver.values()) {
            if (giver != needed
                && !(needed == ConsentGiver.BEST_INTERESTS_DECISION
                    && giver == ConsentGiver.ATTORNEY)) {
              others.add(giver);
            }
          }
          consent.givenBy(arbitrary().pick(others).generate(in));
          break;
        case UNVERIFIED:
          consent
              .givenBy(ConsentGiver.PARENT_OR_CARER)
              .verification(ConsentVerification.UNVERIFIED);
          break;
        case WITHDRAWN:
          LocalDate given = notBefore(asOf.minusDays(integers().between(0, 300).generate(in)));
          consent
              .given(given)
              .withdrawn(
                  given.plusDays(
                      integers()
                          .between(0, (int) (asOf.toEpochDay() - given.toEpochDay()))
                          .generate(in)));
          break;
        default:
          LocalDate after = asOf.plusDays(integers().between(1, 60).generate(in));
          consent.given(after.isAfter(LAST_DATE) ? LAST_DATE : after);
          break;
      }
      return new WithConsent(plan, index, shortfall, consent.build());
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The word BROADCAST

  @Test
  void relabellingABroadcastParticipantsCanPostIn_removesNoFindingOfTheInteractiveReading() {
    AtomicInteger withVulnerable = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(AssessmentPropertyTest.plans())
        .checkAssert(
            generated -> {
              cases.incrementAndGet();
              // Participants can post: a chat, or comments left on.
              SessionPlan interactive = postable(generated, Interaction.INTERACTIVE);
              SessionPlan broadcast = postable(generated, Interaction.BROADCAST);
              Assessment asInteractive = ENGINE.assess(interactive);
              Assessment asBroadcast = ENGINE.assess(broadcast);
              if (SessionFacts.of(interactive, ENGINE.rulebook()).hasVulnerable()) {
                withVulnerable.incrementAndGet();
              }
              // Participants who can only post cannot be seen, so nobody can check webcams: the
              // broadcast's impersonation may be rated higher (RISK_HIGH then RISK_EXTREME).
              for (Finding finding : asInteractive.findings()) {
                assertThat(saysAtLeast(asBroadcast, finding, asInteractive))
                    .as("the broadcast lost " + finding + "; it has " + asBroadcast.findings())
                    .isTrue();
              }
              assertThat(asBroadcast.findings())
                  .extracting(Finding::rule)
                  .contains("BROADCAST_IS_INTERACTIVE");
              assertThat(asBroadcast.supervision()).isEqualTo(asInteractive.supervision());
              assertThat(asBroadcast.decision()).isGreaterThanOrEqualTo(asInteractive.decision());
            });
    assertThat(withVulnerable.get()).isGreaterThanOrEqualTo(CASES / 2);
  }

  /** The plan with the given interaction, and comments left on if nothing else lets people post. */
  private static SessionPlan postable(SessionPlan plan, Interaction interaction) {
    SessionPlan.Builder changed = SessionPlan.builder().from(plan).interaction(interaction);
    if (plan.chat() == ChatMode.NONE) {
      Set<PlatformControl> controls = EnumSet.noneOf(PlatformControl.class);
      controls.addAll(plan.platform().controls());
      controls.remove(PlatformControl.COMMENTS_DISABLED);
      changed.platform(Platform.builder().from(plan.platform()).controls(controls).build());
    }
    return changed.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Safer facts: a control turned on, another member of staff

  @Test
  void addingAPlatformControl_neverRaisesAnyRisk() {
    AtomicInteger lowered = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(AssessmentPropertyTest.plans(), arbitrary().enumValues(PlatformControl.class))
        .checkAssert(
            (plan, control) -> {
              cases.incrementAndGet();
              Platform platform =
                  Platform.builder().from(plan.platform()).addControl(control).build();
              SessionPlan safer = SessionPlan.builder().from(plan).platform(platform).build();
              Map<String, AssessedRisk> before = byId(ENGINE.assess(plan));
              Map<String, AssessedRisk> after = byId(ENGINE.assess(safer));
              assertThat(before.keySet())
                  .as("risks after adding %s", control)
                  .containsAll(after.keySet());
              for (AssessedRisk risk : after.values()) {
                int was = before.get(risk.id()).current().score();
                assertThat(risk.current().score())
                    .as("current score of %s after adding %s", risk.id(), control)
                    .isLessThanOrEqualTo(was);
                if (risk.current().score() < was) {
                  lowered.incrementAndGet();
                }
              }
            });
    assertThat(lowered.get()).as("risks a control lowered").isGreaterThanOrEqualTo(40);
  }

  @Test
  void addingAMemberOfStaff_neverLowersTheCountedAdults_andACountedOneAddsNoShortfall() {
    AtomicInteger counted = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(AssessmentPropertyTest.plans(), anyStaff())
        .checkAssert(
            (plan, added) -> {
              cases.incrementAndGet();
              SessionPlan bigger = SessionPlan.builder().from(plan).addStaff(added).build();
              Assessment before = ENGINE.assess(plan);
              Assessment after = ENGINE.assess(bigger);
              String what = "adding " + added;
              assertThat(after.supervision().orElseThrow().countedAdults())
                  .as("counted adults after " + what)
                  .isGreaterThanOrEqualTo(before.supervision().orElseThrow().countedAdults());
              assertThat(after.supervision().orElseThrow().requiredAdults())
                  .as("required adults after " + what)
                  .isEqualTo(before.supervision().orElseThrow().requiredAdults());
              if (SessionFacts.of(bigger, ENGINE.rulebook()).isCountedAdult(added)) {
                counted.incrementAndGet();
                // Another checked adult can only close a gap in supervision, never open one.
                for (String code :
                    List.of(
                        "SUPERVISION_SHORTFALL",
                        "ONE_TO_ONE_UNSAFEGUARDED",
                        "ONE_TO_ONE_NO_COLLEAGUE",
                        "DISTRESS_COVER_MISSING",
                        "NO_SESSION_ADMINISTRATOR")) {
                  if (after.findings().stream().anyMatch(finding -> finding.rule().equals(code))) {
                    assertThat(before.findings())
                        .extracting(Finding::rule)
                        .as(what + " brought " + code)
                        .contains(code);
                  }
                }
              }
            });
    // Fewer count than have a check: a check of another nation's scheme is read as none.
    assertThat(counted.get()).as("members of staff added who count").isGreaterThanOrEqualTo(120);
  }

  /**
   * Any member of staff: any roles, age, check or none; mostly a check issued before any session
   * the model allows, so that most of them count.
   */
  private static Gen<StaffMember> anyStaff() {
    return in -> {
      StaffMember.Builder member = StaffMember.builder().id("added-s");
      for (StaffRole role : StaffRole.values()) {
        if (booleans().all().generate(in)) {
          member.addRoles(role);
        }
      }
      if (booleans().all().generate(in)) {
        member.age(integers().between(14, 80).generate(in));
      }
      if (integers().between(0, 3).generate(in) > 0) {
        member.check(
            Check.builder()
                .scheme(arbitrary().enumValues(CheckScheme.class).generate(in))
                .level(arbitrary().enumValues(CheckLevel.class).generate(in))
                .issued(
                    booleans().all().generate(in)
                        ? FIRST_DATE
                        : PlanGenerators.dates().generate(in))
                .build());
      }
      return member.build();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static Map<String, AssessedRisk> byId(Assessment assessment) {
    Map<String, AssessedRisk> risks = new java.util.HashMap<>();
    assessment.risks().forEach(risk -> risks.put(risk.id(), risk));
    return risks;
  }

  private static int level(RandomnessSource in) {
    return integers().between(1, 5).generate(in);
  }
}
