package org.safeguarding.rules.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.DefaultRulebookText.rulebookWith;
import static org.safeguarding.rules.testing.Findings.codes;
import static org.safeguarding.rules.testing.Findings.findingsOf;
import static org.safeguarding.rules.testing.Findings.only;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RatingBasis;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The risk rules, the order in which risks are dealt with, and the risks the engine infers when the
 * register lacks them. Each test starts from the clean children's group (whose register holds
 * SESSION_HIJACK r1 and IMPERSONATION r2, both 3 x 4 before and 1 x 4 after mitigation).
 */
class RiskRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final String HIJACK = "inferred-session-hijack";
  private static final String IMPERSONATION = "inferred-impersonation";
  private static final String DISTRESS = "inferred-participant-distress";

  private static final Set<PlatformControl> HIJACK_CONTROLS =
      EnumSet.of(
          PlatformControl.PASSCODE,
          PlatformControl.WAITING_ROOM,
          PlatformControl.HOST_ONLY_SCREEN_SHARE);

  // ---------------------------------------------------------------- the "done when"

  @Test
  void
      assess_childrensSessionWithNoHijackControlsAndNoDeclaredHijack_infersExtremeHijackAndDoesNotRun() {
    // given an interactive children's session without PASSCODE, WAITING_ROOM and
    // HOST_ONLY_SCREEN_SHARE, whose register has no SESSION_HIJACK entry
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(platformWithout(HIJACK_CONTROLS))
            .risks(List.of(SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    AssessedRisk hijack = risk(assessment, HIJACK);
    assertThat(hijack.hazard()).isEqualTo(Hazard.SESSION_HIJACK);
    assertThat(hijack.origin()).isEqualTo(RiskOrigin.INFERRED);
    assertRating(hijack.inherent(), 4, 4, 16, RiskBand.EXTREME);
    assertThat(hijack.residual()).isEmpty();
    assertThat(hijack.priority()).isEqualTo(1);

    Finding extreme = only(assessment, "RISK_EXTREME");
    assertThat(extreme.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(extreme.subject()).contains(HIJACK);
    assertThat(extreme.message()).contains(HIJACK);

    assertThat(findingsOf(assessment))
        .containsExactly(
            "RISK_EXTREME " + HIJACK,
            "PLATFORM_CONTROL_MISSING HOST_ONLY_SCREEN_SHARE",
            "PLATFORM_CONTROL_MISSING PASSCODE",
            "PLATFORM_CONTROL_MISSING WAITING_ROOM",
            "RISK_NOT_IN_REGISTER " + HIJACK);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  // ---------------------------------------------------------------- RISK_EXTREME

  @Test
  void assess_inherentFifteenWithNoResidual_isExtreme() {
    // given
    SessionPlan plan = withRisk(rated("r9", Hazard.GROOMING, 3, 5).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_EXTREME");
    Finding finding = only(assessment, "RISK_EXTREME");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("r9");
    assertThat(finding.message()).contains("r9");
    assertRating(risk(assessment, "r9").inherent(), 3, 5, 15, RiskBand.EXTREME);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_inherentTwelveWithNoResidual_isHighNotExtreme() {
    // given
    SessionPlan plan = withRisk(rated("r9", Hazard.GROOMING, 3, 4).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_HIGH");
    assertRating(risk(assessment, "r9").inherent(), 3, 4, 12, RiskBand.HIGH);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_residualFifteen_isExtremeWhateverTheInherentRating() {
    // given
    SessionPlan plan =
        withRisk(
            rated("r9", Hazard.GROOMING, 5, 5).residualLikelihood(5).residualSeverity(3).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_EXTREME");
    Finding finding = only(assessment, "RISK_EXTREME");
    assertThat(finding.subject()).contains("r9");
    assertThat(finding.message()).contains("r9");
  }

  @Test
  void assess_extremeInherentMitigatedToModerateResidual_isJudgedByTheResidual() {
    // given 5 x 5 = 25 before mitigation, 1 x 4 = 4 after
    SessionPlan plan =
        withRisk(
            rated("r9", Hazard.GROOMING, 5, 5).residualLikelihood(1).residualSeverity(4).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    AssessedRisk r9 = risk(assessment, "r9");
    assertRating(r9.inherent(), 5, 5, 25, RiskBand.EXTREME);
    assertThat(r9.residual()).isPresent();
    assertRating(r9.residual().orElseThrow(), 1, 4, 4, RiskBand.MODERATE);
  }

  @Test
  void assess_extremeInherentMitigatedToTwelveResidual_isHighNotExtreme() {
    // given
    SessionPlan plan =
        withRisk(
            rated("r9", Hazard.GROOMING, 5, 5).residualLikelihood(4).residualSeverity(3).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_HIGH");
    Finding finding = only(assessment, "RISK_HIGH");
    assertThat(finding.subject()).contains("r9");
  }

  // ---------------------------------------------------------------- RISK_HIGH

  @Test
  void assess_scoreOfEight_isHigh() {
    // given
    SessionPlan plan = withRisk(rated("r9", Hazard.GROOMING, 2, 4).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_HIGH");
    Finding finding = only(assessment, "RISK_HIGH");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("r9");
    assertThat(finding.message()).contains("r9");
    assertRating(risk(assessment, "r9").inherent(), 2, 4, 8, RiskBand.HIGH);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_scoreOfSix_isModerateAndSilent() {
    // given
    SessionPlan plan = withRisk(rated("r9", Hazard.GROOMING, 2, 3).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertRating(risk(assessment, "r9").inherent(), 2, 3, 6, RiskBand.MODERATE);
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_residualScoreOfEight_isHigh() {
    // given
    SessionPlan plan =
        withRisk(
            rated("r9", Hazard.GROOMING, 5, 4).residualLikelihood(4).residualSeverity(2).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_HIGH");
    assertThat(only(assessment, "RISK_HIGH").subject()).contains("r9");
  }

  @Test
  void assess_residualScoreOfSix_isModerateAndSilent() {
    // given
    SessionPlan plan =
        withRisk(
            rated("r9", Hazard.GROOMING, 5, 4).residualLikelihood(3).residualSeverity(2).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- RISK_UNMITIGATED

  @Test
  void assess_inherentHighWithNoMitigations_isUnmitigated_andItsResidualRatingDoesNotCount() {
    // given 3 x 4 = 12 before mitigation, 1 x 4 after, but no mitigations listed
    SessionPlan plan =
        withRisk(SafePlans.risk("r9", Hazard.GROOMING).mitigations(List.of()).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the inherent rating stands, so the risk is HIGH as well as unmitigated
    assertThat(codes(assessment)).containsExactly("RISK_HIGH", "RISK_UNMITIGATED");
    Finding finding = only(assessment, "RISK_UNMITIGATED");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("r9");
    assertThat(finding.message()).contains("r9");
    AssessedRisk risk = risk(assessment, "r9");
    assertThat(risk.currentFrom()).isEqualTo(RatingBasis.INHERENT);
    assertRating(risk.current(), 3, 4, 12, RiskBand.HIGH);
    assertRating(risk.residual().orElseThrow(), 1, 4, 4, RiskBand.MODERATE);
    assertThat(only(assessment, "RISK_HIGH").message())
        .contains("3 x 4 = 12, high")
        .contains("residual rating does not count");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_residualRatingWithAMitigation_counts() {
    // given 3 x 4 = 12 before mitigation, 1 x 4 after, with one mitigation listed
    SessionPlan plan = withRisk(SafePlans.risk("r9", Hazard.GROOMING).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    AssessedRisk risk = risk(assessment, "r9");
    assertThat(risk.currentFrom()).isEqualTo(RatingBasis.RESIDUAL);
    assertRating(risk.current(), 1, 4, 4, RiskBand.MODERATE);
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_inherentExtremeWithNoMitigations_isUnmitigated() {
    // given 5 x 5 before mitigation, 1 x 4 after, no mitigations listed
    SessionPlan plan =
        withRisk(
            SafePlans.risk("r9", Hazard.GROOMING)
                .likelihood(5)
                .severity(5)
                .mitigations(List.of())
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the unmitigated 5 x 5 stands, and stops the session
    assertThat(codes(assessment)).containsExactly("RISK_EXTREME", "RISK_UNMITIGATED");
    assertThat(only(assessment, "RISK_UNMITIGATED").subject()).contains("r9");
    assertThat(only(assessment, "RISK_EXTREME").subject()).contains("r9");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_inherentHighWithMitigations_isNotUnmitigated() {
    // given
    SessionPlan plan = withRisk(SafePlans.risk("r9", Hazard.GROOMING).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_inherentModerateWithNoMitigations_isNotUnmitigated() {
    // given 2 x 3 = 6 before mitigation, nothing listed
    SessionPlan plan =
        withRisk(
            SafePlans.risk("r9", Hazard.GROOMING)
                .likelihood(2)
                .severity(3)
                .mitigations(List.of())
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- RISK_REVIEW_OVERDUE

  @Test
  void assess_reviewDueTheDayBeforeTheSession_isOverdue() {
    // given
    SessionPlan plan =
        withRisk(
            SafePlans.risk("r9", Hazard.GROOMING)
                .reviewBy(SafePlans.SESSION_DATE.minusDays(1))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_REVIEW_OVERDUE");
    Finding finding = only(assessment, "RISK_REVIEW_OVERDUE");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("r9");
    assertThat(finding.message()).contains("r9");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_reviewDueOnTheSessionDate_isNotOverdue() {
    // given
    SessionPlan plan =
        withRisk(SafePlans.risk("r9", Hazard.GROOMING).reviewBy(SafePlans.SESSION_DATE).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- RISK_NOT_IN_REGISTER

  @Test
  void assess_hijackMissingFromRegister_isAdvisedAsNotInRegister() {
    // given an adults' group with every hijack control and an empty register: 1 x 3 = 3, LOW
    SessionPlan plan = adultsGroup().risks(List.of()).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_NOT_IN_REGISTER");
    Finding finding = only(assessment, "RISK_NOT_IN_REGISTER");
    assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE);
    assertThat(finding.subject()).contains(HIJACK);
    assertThat(finding.message()).contains("no session hijack risk");
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly(HIJACK);
    assertRating(risk(assessment, HIJACK).inherent(), 1, 3, 3, RiskBand.LOW);
  }

  @Test
  void assess_impersonationMissingFromRegister_isAdvisedAsNotInRegister() {
    // given the children's group with only the hijack declared: everyone registered and s2 hosts,
    // so 2 - 1 = 1 x 4 = 4, MODERATE
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(List.of(SafePlans.risk("r1", Hazard.SESSION_HIJACK).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment))
        .containsExactlyInAnyOrder("RISK_NOT_IN_REGISTER " + IMPERSONATION);
    Finding finding = only(assessment, "RISK_NOT_IN_REGISTER");
    assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE);
    assertThat(finding.message())
        .contains("no impersonation risk")
        .contains("1 x 4 = 4, moderate")
        .contains("everyone registered beforehand and s2 administers the session");
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_impersonationMissingFromRegisterWithNobodyButTheLeadAdministering_isHigh() {
    // given the children's group with only the hijack declared, and s2 only a volunteer
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.VOLUNTEER).build()))
            .risks(List.of(SafePlans.risk("r1", Hazard.SESSION_HIJACK).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 2 x 4 = 8
    assertRating(risk(assessment, IMPERSONATION).current(), 2, 4, 8, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .contains("RISK_HIGH " + IMPERSONATION, "RISK_NOT_IN_REGISTER " + IMPERSONATION);
    assertThat(only(assessment, "RISK_NOT_IN_REGISTER").message())
        .contains("nobody but the lead administers the session");
  }

  @Test
  void assess_distressMissingFromRegister_isAdvisedAsNotInRegister() {
    // given a child with mental-health needs and two support staff: 2 x 3 = 6, MODERATE
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.child("p2", 11).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RISK_NOT_IN_REGISTER");
    Finding finding = only(assessment, "RISK_NOT_IN_REGISTER");
    assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE);
    assertThat(finding.subject()).contains(DISTRESS);
    assertThat(finding.message()).contains("no participant distress risk");
  }

  @Test
  void assess_everyInferableHazardDeclared_reportsNothingNotInRegister() {
    // given a child with mental-health needs, and all three hazards declared
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.child("p2", 11).build()))
            .addRisk(
                SafePlans.risk("r3", Hazard.PARTICIPANT_DISTRESS)
                    .residualLikelihood(2)
                    .residualSeverity(3)
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then each is rated at least as the facts give (hijack 1 x 4, impersonation 1 x 4, distress
    // 2 x 3), so nothing is said
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder("r1", "r2", "r3");
    assertThat(assessment.risks())
        .extracting(AssessedRisk::origin)
        .containsOnly(RiskOrigin.DECLARED);
  }

  // ---------------------------------------------------------------- priority order

  @Test
  void assess_lowerResidualScore_comesAfterHigherCurrentScoreDespiteHigherInherent() {
    // given r-a: 5 x 5 mitigated to 1 x 2 = 2; r-b: 2 x 2 = 4 with no residual (hazards the
    // engine infers nothing for, so that no floor comes into it); and a hijack and impersonation
    // the facts rate at 1 x 4 = 4 each
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r-a", Hazard.GROOMING)
                        .likelihood(5)
                        .severity(5)
                        .residualLikelihood(1)
                        .residualSeverity(2)
                        .build(),
                    rated("r-b", Hazard.PEER_ABUSE, 2, 2).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the two 1 x 4 inferred risks (tied, so by id), then r-b's 2 x 2, then r-a's 1 x 2
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactly(IMPERSONATION, HIJACK, "r-b", "r-a");
    assertThat(assessment.risks()).extracting(AssessedRisk::priority).containsExactly(1, 2, 3, 4);
  }

  @Test
  void assess_equalResidualScores_areOrderedByInherentScore() {
    // given both 4 after mitigation: r-a 2 x 4 = 8 before, r-b 4 x 4 = 16 before
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r-a", Hazard.SESSION_HIJACK)
                        .likelihood(2)
                        .severity(4)
                        .residualLikelihood(2)
                        .residualSeverity(2)
                        .build(),
                    SafePlans.risk("r-b", Hazard.IMPERSONATION)
                        .likelihood(4)
                        .severity(4)
                        .residualLikelihood(1)
                        .residualSeverity(4)
                        .build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly("r-b", "r-a");
    assertThat(assessment.risks()).extracting(AssessedRisk::priority).containsExactly(1, 2);
  }

  @Test
  void assess_equalScores_areOrderedBySeverity() {
    // given r-a 4 x 2 = 8 and r-b 2 x 4 = 8, neither mitigated
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    rated("r-a", Hazard.SESSION_HIJACK, 4, 2).build(),
                    rated("r-b", Hazard.IMPERSONATION, 2, 4).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly("r-b", "r-a");
    assertThat(assessment.risks()).extracting(AssessedRisk::priority).containsExactly(1, 2);
  }

  @Test
  void assess_fullyTiedRisks_areOrderedById() {
    // given two identically rated risks, declared in reverse id order
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r-b", Hazard.SESSION_HIJACK).build(),
                    SafePlans.risk("r-a", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly("r-a", "r-b");
    assertThat(assessment.risks()).extracting(AssessedRisk::priority).containsExactly(1, 2);
  }

  @Test
  void assess_declaredAndInferredRisks_areRankedTogether() {
    // given a declared 1 x 4 = 4 hijack, and an impersonation inferred at 3 x 4 = 12 (p2 has not
    // registered)
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .risks(List.of(SafePlans.risk("r1", Hazard.SESSION_HIJACK).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactly(IMPERSONATION, "r1");
    assertThat(assessment.risks()).extracting(AssessedRisk::priority).containsExactly(1, 2);
  }

  // ---------------------------------------------------------------- inferred SESSION_HIJACK

  @ParameterizedTest(name = "missing {0} -> likelihood {1}")
  @CsvSource({
    "'', 1, 4, MODERATE",
    "PASSCODE, 2, 8, HIGH",
    "WAITING_ROOM, 2, 8, HIGH",
    "HOST_ONLY_SCREEN_SHARE, 2, 8, HIGH",
    "PASSCODE WAITING_ROOM, 3, 12, HIGH",
    "WAITING_ROOM HOST_ONLY_SCREEN_SHARE, 3, 12, HIGH",
    "PASSCODE WAITING_ROOM HOST_ONLY_SCREEN_SHARE, 4, 16, EXTREME"
  })
  void assess_interactiveChildrensSession_infersHijackOneLikelierPerMissingControl(
      String missing, int likelihood, int score, RiskBand band) {
    // given a children's session with no declared hijack, and the given hijack controls off
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(platformWithout(controls(missing)))
            .risks(List.of(SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    AssessedRisk hijack = risk(assessment, HIJACK);
    assertThat(hijack.origin()).isEqualTo(RiskOrigin.INFERRED);
    assertThat(hijack.hazard()).isEqualTo(Hazard.SESSION_HIJACK);
    assertRating(hijack.inherent(), likelihood, 4, score, band);
  }

  @Test
  void assess_interactiveAdultsSessionWithNoHijackControls_infersHijackOfSeverityThree() {
    // given adults not at risk, none of the three hijack controls
    SessionPlan plan =
        adultsGroup().platform(platformWithout(HIJACK_CONTROLS)).risks(List.of()).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, HIJACK).inherent(), 4, 3, 12, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .containsExactlyInAnyOrder(
            "RISK_HIGH " + HIJACK,
            "RISK_NOT_IN_REGISTER " + HIJACK,
            "PLATFORM_CONTROL_MISSING PASSCODE",
            "PLATFORM_CONTROL_MISSING WAITING_ROOM",
            "PLATFORM_CONTROL_MISSING HOST_ONLY_SCREEN_SHARE");
  }

  @Test
  void assess_interactiveAdultsAtRiskSession_infersHijackOfSeverityFour() {
    // given adults, one of them at risk, with every hijack control
    SessionPlan plan =
        adultsGroup()
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).atRisk(true).build(),
                    SafePlans.adult("p2", 45).build()))
            .risks(List.of())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, HIJACK).inherent(), 1, 4, 4, RiskBand.MODERATE);
  }

  @Test
  void assess_broadcastWithNoHijackControls_infersNoHijack() {
    // given a children's broadcast nobody can post in, with an empty register and none of the
    // hijack controls
    SessionPlan plan =
        SafePlans.childrensGroup()
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(
                SafePlans.interactivePlatform()
                    .accounts(AccountType.NONE)
                    .controls(
                        Set.of(
                            PlatformControl.PARTICIPANT_AV_OFF, PlatformControl.COMMENTS_DISABLED))
                    .build())
            .risks(List.of())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).isEmpty();
    assertThat(findingsOf(assessment))
        .containsExactly(
            "PLATFORM_CONTROL_MISSING HOST_ONLY_SCREEN_SHARE", "RISK_ASSESSMENT_MISSING -");
  }

  @Test
  void assess_broadcastInWhichChildrenCanPost_infersHijackAndImpersonationAsForAnInteractiveOne() {
    // given a children's broadcast with a chat, comments on, no hijack controls, no register
    SessionPlan plan =
        SafePlans.childrensGroup()
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.RETAINED)
            .platform(
                SafePlans.interactivePlatform()
                    .accounts(AccountType.NONE)
                    .controls(Set.of(PlatformControl.PARTICIPANT_AV_OFF))
                    .build())
            .risks(List.of())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 1 + 3 = 4 x 4 = 16 for the hijack; for impersonation 2 x 4, with no step down, as
    // participants who can only post cannot be seen for a host to check webcams against accounts
    assertRating(risk(assessment, HIJACK).current(), 4, 4, 16, RiskBand.EXTREME);
    assertRating(risk(assessment, IMPERSONATION).current(), 2, 4, 8, RiskBand.HIGH);
    assertThat(only(assessment, "RISK_EXTREME").subject()).contains(HIJACK);
    assertThat(
            assessment.findings().stream()
                .filter(finding -> finding.rule().equals("RISK_NOT_IN_REGISTER"))
                .map(Finding::message))
        .allMatch(message -> message.contains("participants can post in the broadcast"));
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_hijackDeclaredLowerThanTheFactsGive_isRaisedToTheEngineRating() {
    // given the register's hijack r1 at 1 x 4 after mitigation, with no hijack control set
    SessionPlan plan =
        SafePlans.childrensGroup().platform(platformWithout(HIJACK_CONTROLS)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then r1 keeps its declared numbers and counts at the engine's 4 x 4 = 16, EXTREME; no
    // second hijack risk is added
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder("r1", "r2");
    AssessedRisk r1 = risk(assessment, "r1");
    assertThat(r1.currentFrom()).isEqualTo(RatingBasis.FLOOR);
    assertRating(r1.floor().orElseThrow(), 4, 4, 16, RiskBand.EXTREME);
    assertRating(r1.residual().orElseThrow(), 1, 4, 4, RiskBand.MODERATE);
    assertRating(r1.inherent(), 3, 4, 12, RiskBand.HIGH);
    assertThat(r1.priority()).isEqualTo(1);
    assertThat(findingsOf(assessment))
        .containsExactly(
            "RISK_EXTREME r1",
            "PLATFORM_CONTROL_MISSING HOST_ONLY_SCREEN_SHARE",
            "PLATFORM_CONTROL_MISSING PASSCODE",
            "PLATFORM_CONTROL_MISSING WAITING_ROOM",
            "RISK_UNDERRATED r1");
    assertThat(only(assessment, "RISK_UNDERRATED").message())
        .contains("1 x 4 = 4, moderate in the register")
        .contains("the plan's facts put it at no less than 4 x 4 = 16, extreme")
        .contains("3 controls that keep intruders out are not set")
        .contains("vulnerable participants take part");
    assertThat(only(assessment, "RISK_EXTREME").message())
        .contains("the least the plan's facts allow");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_hijackDeclaredHigherThanTheFactsGive_keepsItsOwnRating() {
    // given r1 at 2 x 4 = 8 after mitigation, with every control set (the facts give 1 x 4)
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r1", Hazard.SESSION_HIJACK).residualLikelihood(2).build(),
                    SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    AssessedRisk r1 = risk(assessment, "r1");
    assertThat(r1.floor()).isEmpty();
    assertThat(r1.currentFrom()).isEqualTo(RatingBasis.RESIDUAL);
    assertRating(r1.current(), 2, 4, 8, RiskBand.HIGH);
    assertThat(findingsOf(assessment)).containsExactly("RISK_HIGH r1");
  }

  @Test
  void assess_hijackDeclaredAtTheSameScoreButAMilderHarm_isRaisedToTheFactsSeverity() {
    // given r1 at 2 x 2 = 4 after mitigation; the facts give 1 x 4 = 4: the same score, but the
    // harm the facts foresee is the worse one, and it comes first in the priority order
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r1", Hazard.SESSION_HIJACK)
                        .residualLikelihood(2)
                        .residualSeverity(2)
                        .build(),
                    SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(risk(assessment, "r1").floor())
        .hasValueSatisfying(
            floor ->
                assertThat(floor.severity().level() * 10 + floor.likelihood().level())
                    .isEqualTo(41));
    assertThat(codes(assessment)).containsExactly("RISK_UNDERRATED");
  }

  @Test
  void assess_hijackDeclaredAtTheFactsRating_isNotRaised() {
    // given r1 at 1 x 4 after mitigation, exactly what the facts give
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(
                List.of(
                    SafePlans.risk("r1", Hazard.SESSION_HIJACK)
                        .residualLikelihood(1)
                        .residualSeverity(4)
                        .build(),
                    SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(risk(assessment, "r1").floor()).isEmpty();
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_twoEntriesForOneHazardBelowTheFacts_areEachRaised() {
    // given two hijack entries at 1 x 4, with the passcode and waiting room off (3 x 4 = 12)
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(
                platformWithout(EnumSet.of(PlatformControl.PASSCODE, PlatformControl.WAITING_ROOM)))
            .addRisk(SafePlans.risk("r3", Hazard.SESSION_HIJACK).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment))
        .contains("RISK_HIGH r1", "RISK_HIGH r3", "RISK_UNDERRATED r1", "RISK_UNDERRATED r3")
        .doesNotContain("RISK_NOT_IN_REGISTER " + HIJACK);
    assertRating(risk(assessment, "r3").current(), 3, 4, 12, RiskBand.HIGH);
  }

  @Test
  void assess_unmitigatedEntryBelowTheFacts_isRaisedFromItsInherentRating() {
    // given r1 rated 1 x 1 before and 1 x 1 after, with no mitigation; no hijack control set
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(platformWithout(HIJACK_CONTROLS))
            .risks(
                List.of(
                    SafePlans.risk("r1", Hazard.SESSION_HIJACK)
                        .likelihood(1)
                        .severity(1)
                        .residualLikelihood(1)
                        .residualSeverity(1)
                        .mitigations(List.of())
                        .build(),
                    SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(risk(assessment, "r1").currentFrom()).isEqualTo(RatingBasis.FLOOR);
    assertThat(only(assessment, "RISK_UNDERRATED").message())
        .contains("1 x 1 = 1, low in the register");
    assertThat(findingsOf(assessment)).contains("RISK_EXTREME r1");
  }

  // ---------------------------------------------------------------- inferred IMPERSONATION

  @Test
  void assess_registeredChildrenOnShortLivedAccountsWithAHost_inferImpersonationOneByFour() {
    // given everyone registered, and s2 hosting beside the lead s1
    SessionPlan plan = withoutDeclaredImpersonation(SafePlans.childrensGroup()).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 2 - 1
    AssessedRisk impersonation = risk(assessment, IMPERSONATION);
    assertThat(impersonation.origin()).isEqualTo(RiskOrigin.INFERRED);
    assertThat(impersonation.hazard()).isEqualTo(Hazard.IMPERSONATION);
    assertRating(impersonation.inherent(), 1, 4, 4, RiskBand.MODERATE);
  }

  @Test
  void assess_registeredChildrenWithALeadWhoAlsoHosts_inferImpersonationTwoByFour() {
    // given the only host is the lead: nobody else checks webcams against accounts
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD, StaffRole.HOST).build(),
                    SafePlans.staff("s2", StaffRole.VOLUNTEER).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 2, 4, 8, RiskBand.HIGH);
  }

  @Test
  void assess_coFacilitatorWithoutACheck_doesNotStepImpersonationDown() {
    // given s2 co-facilitates but has no check, so is no counted adult
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.CO_FACILITATOR).check(Optional.empty()).build(),
                    SafePlans.staff("s3", StaffRole.VOLUNTEER).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 2, 4, 8, RiskBand.HIGH);
  }

  @Test
  void assess_impersonationStepDown_isTheRulebooks() throws Exception {
    // given a rulebook that steps impersonation down by 2, which would take 2 below 1
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(
                rulebookWith("\"stepDownIfAdministered\": 1", "\"stepDownIfAdministered\": 2"))
            .build();
    SessionPlan plan = withoutDeclaredImpersonation(SafePlans.childrensGroup()).build();

    // when
    Assessment assessment = engine.assess(plan);

    // then the likelihood stays at 1
    assertRating(risk(assessment, IMPERSONATION).inherent(), 1, 4, 4, RiskBand.MODERATE);
  }

  @Test
  void assess_verifiedChildrenOnPersistentPublicAccounts_inferImpersonationThreeByFour() {
    // given
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).identityVerified(true).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 3 - 1: on public accounts it stays HIGH however well it is run
    assertRating(risk(assessment, IMPERSONATION).inherent(), 2, 4, 8, RiskBand.HIGH);
  }

  @Test
  void assess_unregisteredChildOnShortLivedAccounts_addsOneToImpersonation() {
    // given
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 3, 4, 12, RiskBand.HIGH);
  }

  @Test
  void assess_unverifiedChildOnPersistentPublicAccounts_addsOneToImpersonation() {
    // given
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 3 + 1 - 1 (everyone registered and s2 hosts)
    assertRating(risk(assessment, IMPERSONATION).inherent(), 3, 4, 12, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .containsExactlyInAnyOrder(
            "RISK_HIGH " + IMPERSONATION,
            "RISK_NOT_IN_REGISTER " + IMPERSONATION,
            "IDENTITY_UNVERIFIED p2");
  }

  @Test
  void assess_unregisteredAdultAmongChildren_addsOneToImpersonation() {
    // given a registered child and an unregistered adult among the participants
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.adult("p2", 30).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 3, 4, 12, RiskBand.HIGH);
  }

  @Test
  void assess_impersonationStepsBeyondFive_areCappedAtFive() throws Exception {
    // given a rulebook whose public-account base likelihood is 4, so 4 + 1 + 1 would be 6
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(
                rulebookWith(
                    "\"likelihoodOnPublicAccounts\": 3", "\"likelihoodOnPublicAccounts\": 4"))
            .build();
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 5, 4, 20, RiskBand.EXTREME);
  }

  @Test
  void assess_hijackStepsBeyondFive_areCappedAtFive() throws Exception {
    // given a rulebook adding 2 per missing hijack control, so 1 + 3 x 2 would be 7
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(rulebookWith("\"perMissingControl\": 1", "\"perMissingControl\": 2"))
            .build();
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(platformWithout(HIJACK_CONTROLS))
            .risks(List.of(SafePlans.risk("r2", Hazard.IMPERSONATION).build()))
            .build();

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertRating(risk(assessment, HIJACK).inherent(), 5, 4, 20, RiskBand.EXTREME);
  }

  @Test
  void assess_unverifiedAdultOnPersistentPublicAccounts_addsNothingToImpersonation() {
    // given verified children and an unverified adult
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.adult("p2", 30).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then 3 - 1, as with verified children only
    assertRating(risk(assessment, IMPERSONATION).inherent(), 2, 4, 8, RiskBand.HIGH);
  }

  @Test
  void
      assess_unregisteredUnverifiedChildOnPersistentPublicAccounts_reachesImpersonationLikelihoodFive() {
    // given
    SessionPlan plan =
        withoutDeclaredImpersonation(SafePlans.childrensGroup())
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, IMPERSONATION).inherent(), 5, 4, 20, RiskBand.EXTREME);
  }

  @Test
  void assess_adultsOnly_inferNoImpersonation() {
    // given adults not at risk on public accounts, unregistered and unverified, no register
    SessionPlan plan =
        adultsGroup()
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).registered(false).build(),
                    SafePlans.adult("p2", 45).build()))
            .risks(List.of(SafePlans.risk("r1", Hazard.SESSION_HIJACK).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly("r1");
    assertThat(codes(assessment))
        .doesNotContain("RISK_NOT_IN_REGISTER", "RISK_HIGH", "RISK_EXTREME");
  }

  @Test
  void assess_childrensBroadcast_infersNoImpersonation() {
    // given a broadcast nobody can post in, with a register
    SessionPlan plan =
        SafePlans.childrensGroup()
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(
                SafePlans.interactivePlatform()
                    .accounts(AccountType.NONE)
                    .controls(
                        Set.of(
                            PlatformControl.PARTICIPANT_AV_OFF,
                            PlatformControl.HOST_ONLY_SCREEN_SHARE,
                            PlatformControl.COMMENTS_DISABLED))
                    .build())
            .risks(List.of(SafePlans.risk("r3", Hazard.INAPPROPRIATE_CONTENT).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks()).extracting(AssessedRisk::id).containsExactly("r3");
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_impersonationDeclaredInRegister_isNotInferredAgainButRaisedToTheFacts() {
    // given the fixture, whose register holds r2 (IMPERSONATION at 1 x 4 after mitigation),
    // made riskier for impersonation: p2 has not registered (2 + 1 = 3 x 4 = 12)
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder("r1", "r2");
    assertRating(risk(assessment, "r2").current(), 3, 4, 12, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .containsExactly("REGISTRATION_MISSING p2", "RISK_HIGH r2", "RISK_UNDERRATED r2");
    assertThat(only(assessment, "RISK_UNDERRATED").message())
        .contains("someone has not registered beforehand");
  }

  // ---------------------------------------------------------------- inferred PARTICIPANT_DISTRESS

  @Test
  void assess_mentalHealthNeedsWithOneSupportStaffAndATutor_inferDistressThreeByThree() {
    // given adults, one with mental-health needs; a lead and an external tutor
    SessionPlan plan =
        adultsGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.EXTERNAL_TUTOR).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    AssessedRisk distress = risk(assessment, DISTRESS);
    assertThat(distress.origin()).isEqualTo(RiskOrigin.INFERRED);
    assertThat(distress.hazard()).isEqualTo(Hazard.PARTICIPANT_DISTRESS);
    assertRating(distress.inherent(), 3, 3, 9, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .containsExactlyInAnyOrder(
            "DISTRESS_COVER_MISSING -",
            "RISK_HIGH " + DISTRESS,
            "RISK_NOT_IN_REGISTER " + DISTRESS);
  }

  @Test
  void assess_mentalHealthNeedsWithTwoSupportStaff_inferDistressTwoByThree() {
    // given a lead and a host
    SessionPlan plan =
        adultsGroup()
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, DISTRESS).inherent(), 2, 3, 6, RiskBand.MODERATE);
    assertThat(findingsOf(assessment)).containsExactly("RISK_NOT_IN_REGISTER " + DISTRESS);
  }

  @Test
  void assess_tutorWhoIsAlsoAVolunteer_countsAsSupportStaff() {
    // given a lead and an external tutor who is also a volunteer
    SessionPlan plan =
        adultsGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.EXTERNAL_TUTOR, StaffRole.VOLUNTEER).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, DISTRESS).inherent(), 2, 3, 6, RiskBand.MODERATE);
  }

  @Test
  void assess_staffMemberWithNoRole_isNotCountedAsSupportStaff() {
    // given a lead and a member of staff with no role
    SessionPlan plan =
        adultsGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(), SafePlans.staff("s2").build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, DISTRESS).inherent(), 3, 3, 9, RiskBand.HIGH);
  }

  @Test
  void assess_noMentalHealthNeeds_infersNoDistress() {
    // given other needs only, and a lone lead
    SessionPlan plan =
        adultsGroup()
            .staff(List.of(SafePlans.staff("s1", StaffRole.LEAD).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.COMMUNICATION).build(),
                    SafePlans.adult("p2", 45).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder("r1", "r2");
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_distressDeclaredInRegister_isNotInferred() {
    // given
    SessionPlan plan =
        adultsGroup()
            .staff(List.of(SafePlans.staff("s1", StaffRole.LEAD).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .addRisk(
                SafePlans.risk("r3", Hazard.PARTICIPANT_DISTRESS)
                    .residualLikelihood(3)
                    .residualSeverity(3)
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then r3 already rates it as the facts do (3 x 3, no cover): nothing is added or raised
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder("r1", "r2", "r3");
    assertThat(risk(assessment, "r3").floor()).isEmpty();
    assertThat(codes(assessment)).containsExactly("DISTRESS_COVER_MISSING", "RISK_HIGH");
  }

  @Test
  void assess_distressDeclaredBelowTheFacts_isRaised() {
    // given r3 at 1 x 4 = 4 after mitigation, and a lone lead for a participant with mental-health
    // needs (3 x 3 = 9)
    SessionPlan plan =
        adultsGroup()
            .staff(List.of(SafePlans.staff("s1", StaffRole.LEAD).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.adult("p2", 45).build()))
            .addRisk(SafePlans.risk("r3", Hazard.PARTICIPANT_DISTRESS).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertRating(risk(assessment, "r3").current(), 3, 3, 9, RiskBand.HIGH);
    assertThat(findingsOf(assessment))
        .containsExactly("DISTRESS_COVER_MISSING -", "RISK_HIGH r3", "RISK_UNDERRATED r3");
    assertThat(only(assessment, "RISK_UNDERRATED").message())
        .contains("fewer than 2 checked members of staff");
  }

  // ---------------------------------------------------------------- RISK_ASSESSMENT_MISSING

  @Test
  void assess_childrenAndAnEmptyRegister_warnsTheRiskAssessmentIsMissing() {
    // given the safe children's group with nothing in its register
    SessionPlan plan = SafePlans.childrensGroup().risks(List.of()).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the inferred risks are added, and the missing assessment is a warning of its own
    Finding finding = only(assessment, "RISK_ASSESSMENT_MISSING");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).isEmpty();
    assertThat(findingsOf(assessment))
        .containsExactly(
            "RISK_ASSESSMENT_MISSING -",
            "RISK_NOT_IN_REGISTER " + IMPERSONATION,
            "RISK_NOT_IN_REGISTER " + HIJACK);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_adultsAtRiskAndAnEmptyRegister_warnsTheRiskAssessmentIsMissing() {
    // given adults, one of whom lacks capacity (so is at risk, though not marked so)
    SessionPlan plan =
        adultsGroup()
            .participants(
                List.of(
                    SafePlans.adultLackingCapacity("p1", 30).build(),
                    SafePlans.adult("p2", 45).build()))
            .risks(List.of())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).contains("RISK_ASSESSMENT_MISSING");
  }

  @Test
  void assess_adultsNotAtRiskAndAnEmptyRegister_doNotNeedOne() {
    // given adults not at risk, nothing in the register
    SessionPlan plan = adultsGroup().risks(List.of()).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).doesNotContain("RISK_ASSESSMENT_MISSING");
  }

  @Test
  void assess_childrenAndARegisterOfOneUnrelatedEntry_isAnAssessment() {
    // given one entry, of a hazard the engine infers nothing for
    SessionPlan plan =
        SafePlans.childrensGroup()
            .risks(List.of(SafePlans.risk("r9", Hazard.GROOMING).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the register is not empty; the hazards it lacks are still added
    assertThat(codes(assessment))
        .doesNotContain("RISK_ASSESSMENT_MISSING")
        .contains("RISK_NOT_IN_REGISTER");
  }

  // ---------------------------------------------------------------- every inference row

  @Test
  void assess_sessionsThatDoWhatTheSeedsAsk_reachModerateOrLowerOnEveryInferenceRow() {
    // given a children's group on Zoom-like accounts with every hijack control, everyone
    // registered and a host beside the lead; a child with mental-health needs; nothing declared
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).addNeed(Need.MENTAL_HEALTH).build(),
                    SafePlans.child("p2", 11).build()))
            .risks(List.of())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then each of the three inferred risks is at most MODERATE
    assertThat(assessment.risks())
        .extracting(AssessedRisk::id)
        .containsExactlyInAnyOrder(HIJACK, IMPERSONATION, DISTRESS);
    assertThat(assessment.risks())
        .allSatisfy(
            risk -> assertThat(risk.current().band()).isIn(RiskBand.LOW, RiskBand.MODERATE));
    assertThat(codes(assessment)).doesNotContain("RISK_HIGH", "RISK_EXTREME");
  }

  // ---------------------------------------------------------------- helpers

  private static AssessedRisk risk(Assessment assessment, String id) {
    List<AssessedRisk> found =
        assessment.risks().stream().filter(risk -> risk.id().equals(id)).toList();
    assertThat(found).as("risks with id %s in %s", id, assessment.risks()).hasSize(1);
    return found.get(0);
  }

  private static void assertRating(
      RiskRating rating, int likelihood, int severity, int score, RiskBand band) {
    assertThat(rating.likelihood().level()).as("likelihood").isEqualTo(likelihood);
    assertThat(rating.severity().level()).as("severity").isEqualTo(severity);
    assertThat(rating.score()).as("score").isEqualTo(score);
    assertThat(rating.band()).as("band").isEqualTo(band);
  }

  /**
   * A register entry with mitigations listed but no residual rating, reviewed after the session.
   */
  private static RiskEntry.Builder rated(String id, Hazard hazard, int likelihood, int severity) {
    return SafePlans.risk(id, hazard)
        .likelihood(likelihood)
        .severity(severity)
        .residualLikelihood(OptionalInt.empty())
        .residualSeverity(OptionalInt.empty());
  }

  /** The children's group with one more declared risk beside r1 and r2. */
  private static SessionPlan withRisk(RiskEntry entry) {
    return SafePlans.childrensGroup().addRisk(entry).build();
  }

  /** The children's group with two adults, not at risk, instead of the children. */
  private static SessionPlan.Builder adultsGroup() {
    return SafePlans.childrensGroup()
        .participants(
            List.of(SafePlans.adult("p1", 30).build(), SafePlans.adult("p2", 45).build()));
  }

  private static SessionPlan.Builder withoutDeclaredImpersonation(SessionPlan.Builder plan) {
    return plan.risks(List.of(SafePlans.risk("r1", Hazard.SESSION_HIJACK).build()));
  }

  private static Platform platformWithout(Set<PlatformControl> off) {
    Set<PlatformControl> controls =
        EnumSet.copyOf(SafePlans.interactivePlatform().build().controls());
    controls.removeAll(off);
    return SafePlans.interactivePlatform().controls(controls).build();
  }

  /** The fixture's interactive platform, on persistent public accounts. */
  private static Platform publicAccounts() {
    return SafePlans.interactivePlatform().accounts(AccountType.PERSISTENT_PUBLIC).build();
  }

  private static Set<PlatformControl> controls(String names) {
    Set<PlatformControl> controls = EnumSet.noneOf(PlatformControl.class);
    for (String name : names.trim().split("\\s+")) {
      if (!name.isEmpty()) {
        controls.add(PlatformControl.valueOf(name));
      }
    }
    return controls;
  }
}
