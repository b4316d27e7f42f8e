package org.safeguarding.rules.internal.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.core.plan.ConsentGiver.ATTORNEY;
import static org.safeguarding.core.plan.ConsentGiver.BEST_INTERESTS_DECISION;
import static org.safeguarding.core.plan.ConsentGiver.PARENT_OR_CARER;
import static org.safeguarding.core.plan.ConsentGiver.SELF;
import static org.safeguarding.core.plan.ConsentScope.PARTICIPATION;
import static org.safeguarding.core.plan.ConsentScope.RECORDING;
import static org.safeguarding.rules.testing.Findings.assertFinding;
import static org.safeguarding.rules.testing.Findings.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

/** The consent rules and the consent summary, each at the edges of what makes it fire. */
class ConsentRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final LocalDate SESSION_DATE = SafePlans.SESSION_DATE;

  // --- AGE_UNKNOWN ------------------------------------------------------------------------------

  @Test
  void assess_participantWithoutAge_warnsAgeUnknown() {
    // given p2's age is not given, with confirmed parental consent
    SessionPlan plan = withSecond(unknownAge("p2").build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("AGE_UNKNOWN");
    assertFinding(assessment, "AGE_UNKNOWN", FindingLevel.WARNING, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_participantAgedZero_doesNotWarnAgeUnknown() {
    // given p2's age is given, as young as ages go
    SessionPlan plan = withSecond(SafePlans.child("p2", 0).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_participantWithoutAgeAndOnlyOwnConsent_isJudgedAsYoungChildNeedingParentalConsent() {
    // given p2's age is unknown and only p2 has consented
    SessionPlan plan =
        withSecond(unknownAge("p2").consents(List.of(consent(SELF).build())).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING", "AGE_UNKNOWN");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  // --- CONSENT_MISSING: the youth club
  // ------------------------------------------------------------

  @Test
  void
      assess_youthClubWithOneChildsParentalConsentRemoved_doesNotRunWithConsentMissingOnThatChild() {
    // given the safe children's group, with p2's parental consent removed
    SessionPlan plan = withSecond(SafePlans.child("p2", 11).consents(List.of()).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    Finding finding = assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(finding.message()).doesNotContain("p1");
    assertThat(assessment.consents())
        .containsExactly(
            required("p1", PARENT_OR_CARER, ConsentStatus.MET),
            required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  // --- CONSENT_MISSING: the age of digital consent
  // ------------------------------------------------

  @Test
  void assess_childUnder13WithOnlyOwnConsent_blocks() {
    // given p2 is 12, assessed as competent, and has consented themself, without a parent
    SessionPlan plan = withSecond(SafePlans.youngPerson("p2", 12).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  @Test
  void assess_childUnder13WithParentalConsent_passes() {
    // given p2 is 12 with confirmed parental consent
    SessionPlan plan = withSecond(SafePlans.child("p2", 12).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_youngPersonAged13WithOwnConsent_passes() {
    // given p2 is 13, assessed as competent, with their own consent
    SessionPlan plan = withSecond(SafePlans.youngPerson("p2", 13).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
    assertThat(requirement(assessment, "p2")).isEqualTo(required("p2", SELF, ConsentStatus.MET));
  }

  @Test
  void assess_youngPersonAged13WithOnlyParentalConsent_blocks() {
    // given p2 is 13 and competent, but only a parent has consented
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 13)
                .consents(List.of(consent(PARENT_OR_CARER).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.MISSING));
  }

  @Test
  void assess_scottishChildAged12WithOnlyOwnConsent_blocks() {
    // given a Scottish group where p2 is 12 with only their own consent
    SessionPlan plan = scottish(SafePlans.youngPerson("p2", 12).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  @Test
  void assess_scottishYoungPersonAged13WithOwnConsent_passes() {
    // given a Scottish group where p2 is 13 with their own consent
    SessionPlan plan = scottish(SafePlans.youngPerson("p2", 13).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2")).isEqualTo(required("p2", SELF, ConsentStatus.MET));
  }

  // --- CONSENT_MISSING: lacking capacity
  // ----------------------------------------------------------

  @Test
  void assess_aged15LackingCapacityWithParentalConsent_passes() {
    // given p2 is 15 and lacks capacity; a parent has consented
    SessionPlan plan =
        withSecond(
            lacksCapacity("p2", 15).consents(List.of(consent(PARENT_OR_CARER).build())).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_aged15LackingCapacityWithOnlyBestInterestsDecision_blocks() {
    // given p2 is 15 and lacks capacity; only a best-interests decision is recorded
    SessionPlan plan =
        withSecond(
            lacksCapacity("p2", 15)
                .consents(List.of(consent(BEST_INTERESTS_DECISION).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  @Test
  void assess_aged16LackingCapacityWithOnlyParentalConsent_blocks() {
    // given p2 is 16 and lacks capacity; only a parent has consented
    SessionPlan plan =
        withSecond(
            lacksCapacity("p2", 16).consents(List.of(consent(PARENT_OR_CARER).build())).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", BEST_INTERESTS_DECISION, ConsentStatus.MISSING));
  }

  @Test
  void assess_aged16LackingCapacityWithBestInterestsDecision_passes() {
    // given p2 is 16 and lacks capacity; a best-interests decision is recorded
    SessionPlan plan =
        withSecond(
            lacksCapacity("p2", 16)
                .consents(List.of(consent(BEST_INTERESTS_DECISION).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", BEST_INTERESTS_DECISION, ConsentStatus.MET));
  }

  @Test
  void assess_aged16LackingCapacityWithOnlyOwnConsent_blocks() {
    // given p2 is 16 and lacks capacity, and has "consented" themself
    SessionPlan plan =
        withSecond(lacksCapacity("p2", 16).consents(List.of(consent(SELF).build())).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", BEST_INTERESTS_DECISION, ConsentStatus.MISSING));
  }

  @Test
  void assess_aged18LackingCapacityWithAttorneysConsent_passes() {
    // given p1 is 18, at risk and lacks capacity; their attorney has consented
    SessionPlan plan =
        only(
            lacksCapacity("p1", 18)
                .atRisk(true)
                .consents(List.of(consent(ATTORNEY).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
    assertThat(requirement(assessment, "p1"))
        .isEqualTo(required("p1", BEST_INTERESTS_DECISION, ConsentStatus.MET));
  }

  @Test
  void assess_aged17LackingCapacityWithOnlyAttorneysConsent_blocks() {
    // given p1 is 17 and lacks capacity; only an attorney has consented, too young to have one
    SessionPlan plan =
        only(
            lacksCapacity("p1", 17)
                .atRisk(true)
                .consents(List.of(consent(ATTORNEY).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p1");
    assertThat(requirement(assessment, "p1"))
        .isEqualTo(required("p1", BEST_INTERESTS_DECISION, ConsentStatus.MISSING));
  }

  // --- CONSENT_MISSING: dates
  // ---------------------------------------------------------------------

  @Test
  void assess_parentalConsentGivenOnSessionDate_counts() {
    // given p2's parent consented on the day of the session
    SessionPlan plan =
        withSecond(childConsenting("p2", 11, consent(PARENT_OR_CARER).given(SESSION_DATE).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_parentalConsentGivenTheDayAfterTheSession_blocks() {
    // given p2's parent consents only the day after the session
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2", 11, consent(PARENT_OR_CARER).given(SESSION_DATE.plusDays(1)).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MISSING));
  }

  @Test
  void assess_lateEveningUtcSessionInSummer_isJudgedAtTheLondonDate() {
    // given a session at 23:30 UTC on 30 June, which is 00:30 on 1 July in London;
    // p1's parent consented in June and p2's on 1 July
    SessionPlan plan =
        SafePlans.childrensGroup()
            .start(Instant.parse("2026-06-30T23:30:00Z"))
            .participants(
                List.of(
                    childConsenting(
                        "p1",
                        10,
                        consent(PARENT_OR_CARER).given(LocalDate.parse("2026-06-01")).build()),
                    childConsenting(
                        "p2",
                        11,
                        consent(PARENT_OR_CARER).given(LocalDate.parse("2026-07-01")).build())))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.asOf()).isEqualTo(LocalDate.parse("2026-07-01"));
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_lateEveningUtcSessionBeforeLondonMidnight_doesNotCountNextDaysConsent() {
    // given a session at 22:59 UTC on 30 June, still 30 June in London;
    // p1's parent consented in June and p2's on 1 July
    SessionPlan plan =
        SafePlans.childrensGroup()
            .start(Instant.parse("2026-06-30T22:59:00Z"))
            .participants(
                List.of(
                    childConsenting(
                        "p1",
                        10,
                        consent(PARENT_OR_CARER).given(LocalDate.parse("2026-06-01")).build()),
                    childConsenting(
                        "p2",
                        11,
                        consent(PARENT_OR_CARER).given(LocalDate.parse("2026-07-01")).build())))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
  }

  // --- CONSENT_UNVERIFIED
  // -------------------------------------------------------------------------

  @Test
  void assess_parentalConsentGivenVerbally_warnsUnverified() {
    // given p2's parent consented verbally only
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER)
                    .verification(ConsentVerification.RECORDED_VERBAL)
                    .build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_UNVERIFIED");
    assertFinding(assessment, "CONSENT_UNVERIFIED", FindingLevel.WARNING, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.UNVERIFIED));
  }

  @Test
  void assess_parentalConsentMarkedUnverified_warnsUnverified() {
    // given p2's parental consent is recorded as unverified
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).verification(ConsentVerification.UNVERIFIED).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_UNVERIFIED");
    assertFinding(assessment, "CONSENT_UNVERIFIED", FindingLevel.WARNING, "p2");
  }

  @Test
  void assess_parentalConsentConfirmedByEmail_isVerified() {
    // given p2's parent confirmed their consent by email
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER)
                    .verification(ConsentVerification.CONFIRMED_EMAIL)
                    .build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_ownConsentGivenVerbally_isNotParentalSoNotUnverified() {
    // given p2 is 13 and consented verbally themself
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 13)
                .consents(
                    List.of(
                        consent(SELF).verification(ConsentVerification.RECORDED_VERBAL).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2")).isEqualTo(required("p2", SELF, ConsentStatus.MET));
  }

  @Test
  void assess_ownConsentMarkedUnverified_warnsUnverifiedNotMet() {
    // given p2 is 13 and their own consent is recorded as UNVERIFIED: nobody knows they gave it
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 13)
                .capacity(Capacity.HAS_CAPACITY)
                .consents(
                    List.of(consent(SELF).verification(ConsentVerification.UNVERIFIED).build()))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_UNVERIFIED");
    Finding finding = assertFinding(assessment, "CONSENT_UNVERIFIED", FindingLevel.WARNING, "p2");
    assertThat(finding.message())
        .isEqualTo("p2's own consent is recorded as unverified: nobody knows it was given");
    assertThat(finding.action())
        .isEqualTo("Confirm the consent with p2, and record how it was given");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.UNVERIFIED));
  }

  @Test
  void assess_bestInterestsDecisionMarkedUnverified_warnsUnverified() {
    SessionPlan plan =
        only(
            lacksCapacity("p1", 20)
                .atRisk(true)
                .consents(
                    List.of(
                        consent(BEST_INTERESTS_DECISION)
                            .verification(ConsentVerification.UNVERIFIED)
                            .build()))
                .build());

    Assessment assessment = ENGINE.assess(plan);

    assertThat(requirement(assessment, "p1"))
        .isEqualTo(required("p1", BEST_INTERESTS_DECISION, ConsentStatus.UNVERIFIED));
    assertThat(
            assertFinding(assessment, "CONSENT_UNVERIFIED", FindingLevel.WARNING, "p1").message())
        .startsWith(
            "the best-interests decision for p1 (or their attorney's consent) is recorded as"
                + " unverified");
  }

  @Test
  void assess_ownUnverifiedConsentAfterWithdrawal_doesNotLiftIt() {
    // given p2 (14) withdrew, then "consented" again on a later day, recorded as UNVERIFIED
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 14)
                .capacity(Capacity.HAS_CAPACITY)
                .consents(
                    List.of(
                        consent(SELF).withdrawn(SESSION_DATE.minusDays(5)).build(),
                        consent(SELF)
                            .given(SESSION_DATE.minusDays(2))
                            .verification(ConsentVerification.UNVERIFIED)
                            .build()))
                .build());

    Assessment assessment = ENGINE.assess(plan);

    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.WITHDRAWN));
  }

  @Test
  void assess_recordedSessionWithOwnUnverifiedRecordingConsent_blocksAsUnconfirmed() {
    // given adults; p2's own consent to take part is written, to recording recorded as UNVERIFIED
    SessionPlan plan =
        SafePlans.childrensGroup()
            .recording(Recording.AUDIO_VISUAL)
            .participants(
                List.of(
                    SafePlans.adult("p1", 25)
                        .consents(List.of(consent(SELF, PARTICIPATION, RECORDING).build()))
                        .build(),
                    SafePlans.adult("p2", 30)
                        .consents(
                            List.of(
                                consent(SELF).build(),
                                consent(SELF, RECORDING)
                                    .verification(ConsentVerification.UNVERIFIED)
                                    .build()))
                        .build()))
            .build();

    Assessment assessment = ENGINE.assess(plan);

    Finding finding =
        assertFinding(assessment, "RECORDING_CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(finding.message())
        .isEqualTo(
            "the session is recorded, and p2's consent to being recorded is recorded as unverified");
    assertThat(finding.action())
        .isEqualTo(
            "Confirm the consent to recording with p2, and record how it was given, or do not"
                + " record the session");
  }

  @Test
  void assess_aged16LackingCapacityWithoutConsent_doesNotNameAnAttorney() {
    // given p1 is 16: too young to have an attorney, so only a best-interests decision can consent
    SessionPlan young = only(lacksCapacity("p1", 16).atRisk(true).consents(List.of()).build());
    SessionPlan adult = only(lacksCapacity("p1", 18).atRisk(true).consents(List.of()).build());

    Finding sixteen =
        assertFinding(ENGINE.assess(young), "CONSENT_MISSING", FindingLevel.BLOCKER, "p1");
    Finding eighteen =
        assertFinding(ENGINE.assess(adult), "CONSENT_MISSING", FindingLevel.BLOCKER, "p1");

    assertThat(sixteen.message())
        .endsWith("a best-interests decision is needed before they take part");
    assertThat(sixteen.action()).doesNotContain("attorney");
    assertThat(eighteen.message())
        .endsWith(
            "a best-interests decision (or an attorney's consent) is needed before they take"
                + " part");
    assertThat(eighteen.action()).contains("(or get their attorney's consent)");
  }

  // --- CONSENT_WITHDRAWN
  // --------------------------------------------------------------------------

  @Test
  void assess_consentWithdrawnOnSessionDate_blocksAsWithdrawn() {
    // given p2's parent withdrew consent on the day of the session
    SessionPlan plan =
        withSecond(
            childConsenting("p2", 11, consent(PARENT_OR_CARER).withdrawn(SESSION_DATE).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertFinding(assessment, "CONSENT_WITHDRAWN", FindingLevel.BLOCKER, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.WITHDRAWN));
  }

  @Test
  void assess_consentWithdrawnTheDayAfterTheSession_stillCounts() {
    // given p2's parent withdraws consent only the day after the session
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2", 11, consent(PARENT_OR_CARER).withdrawn(SESSION_DATE.plusDays(1)).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_consentGivenAgainTheDayAfterWithdrawal_counts() {
    // given p2's parent withdrew consent on 20 November and gave it again on 21 November
    LocalDate withdrawn = LocalDate.parse("2026-11-20");
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).withdrawn(withdrawn).build(),
                consent(PARENT_OR_CARER).given(withdrawn.plusDays(1)).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_unconfirmedConsentGivenAgainAfterWithdrawal_doesNotLiftIt() {
    // given p2's parent withdrew consent on 20 November; on 21 November a consent in the parent's
    // name came that nobody has confirmed
    LocalDate withdrawn = LocalDate.parse("2026-11-20");
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).withdrawn(withdrawn).build(),
                consent(PARENT_OR_CARER)
                    .verification(ConsentVerification.UNVERIFIED)
                    .given(withdrawn.plusDays(1))
                    .build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the withdrawal stands
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.WITHDRAWN));
  }

  @Test
  void assess_consentFromTheWrongPersonAfterWithdrawal_doesNotLiftIt() {
    // given p2 (11) withdrew through their parent; then p2 "consented" themself
    LocalDate withdrawn = LocalDate.parse("2026-11-20");
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).withdrawn(withdrawn).build(),
                consent(SELF).given(withdrawn.plusDays(1)).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
  }

  @Test
  void assess_consentGivenAgainOnTheDayOfWithdrawal_blocksAsWithdrawn() {
    // given p2's parent withdrew consent on 20 November and gave it again the same day
    LocalDate withdrawn = LocalDate.parse("2026-11-20");
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).withdrawn(withdrawn).build(),
                consent(PARENT_OR_CARER).given(withdrawn).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertFinding(assessment, "CONSENT_WITHDRAWN", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.WITHDRAWN));
  }

  @Test
  void assess_withdrawalBySomeoneWhoseConsentWasNotNeeded_stillStands() {
    // given p2 is 11 with a standing parental consent, but p2 withdrew their own consent
    SessionPlan plan =
        withSecond(
            childConsenting(
                "p2",
                11,
                consent(PARENT_OR_CARER).build(),
                consent(SELF).withdrawn(LocalDate.parse("2026-11-20")).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertFinding(assessment, "CONSENT_WITHDRAWN", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", PARENT_OR_CARER, ConsentStatus.WITHDRAWN));
  }

  // --- CAPACITY_NOT_ASSESSED
  // ----------------------------------------------------------------------

  @Test
  void assess_aged13NotAssessedForCompetence_warnsCapacityNotAssessed() {
    // given p2 is 13, consents themself, and has not been assessed for competence
    SessionPlan plan =
        withSecond(SafePlans.youngPerson("p2", 13).capacity(Capacity.NOT_ASSESSED).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CAPACITY_NOT_ASSESSED");
    assertFinding(assessment, "CAPACITY_NOT_ASSESSED", FindingLevel.WARNING, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(requirement(assessment, "p2")).isEqualTo(required("p2", SELF, ConsentStatus.MET));
  }

  @Test
  void assess_aged12NotAssessedForCompetence_doesNotWarn() {
    // given p2 is 12, with parental consent, not assessed for competence
    SessionPlan plan =
        withSecond(SafePlans.child("p2", 12).capacity(Capacity.NOT_ASSESSED).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_aged15NotAssessedForCompetence_warnsCapacityNotAssessed() {
    // given p2 is 15, consents themself, and has not been assessed for competence
    SessionPlan plan =
        withSecond(SafePlans.youngPerson("p2", 15).capacity(Capacity.NOT_ASSESSED).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CAPACITY_NOT_ASSESSED");
    assertFinding(assessment, "CAPACITY_NOT_ASSESSED", FindingLevel.WARNING, "p2");
  }

  @Test
  void assess_aged16WithoutNeedsNotAssessed_doesNotWarn() {
    // given p2 is 16, not at risk, with no needs, and capacity not assessed (capacity is presumed)
    SessionPlan plan =
        withSecond(SafePlans.youngPerson("p2", 16).capacity(Capacity.NOT_ASSESSED).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2")).isEqualTo(required("p2", SELF, ConsentStatus.MET));
  }

  @Test
  void assess_aged16WithNeedsNotAssessed_warnsCapacityNotAssessed() {
    // given p2 is 16 with a learning disability, capacity not assessed
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 16)
                .capacity(Capacity.NOT_ASSESSED)
                .addNeed(Need.LEARNING_DISABILITY)
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CAPACITY_NOT_ASSESSED");
    assertFinding(assessment, "CAPACITY_NOT_ASSESSED", FindingLevel.WARNING, "p2");
  }

  @Test
  void assess_aged16AtRiskNotAssessed_warnsCapacityNotAssessed() {
    // given p2 is 16 and at risk, capacity not assessed
    SessionPlan plan =
        withSecond(
            SafePlans.youngPerson("p2", 16).capacity(Capacity.NOT_ASSESSED).atRisk(true).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CAPACITY_NOT_ASSESSED");
    assertFinding(assessment, "CAPACITY_NOT_ASSESSED", FindingLevel.WARNING, "p2");
  }

  @Test
  void assess_aged16WithNeedsAssessedAsHavingCapacity_doesNotWarn() {
    // given p2 is 16 with a learning disability, assessed as having capacity
    SessionPlan plan =
        withSecond(SafePlans.youngPerson("p2", 16).addNeed(Need.LEARNING_DISABILITY).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- RECORDING_CONSENT_MISSING
  // ------------------------------------------------------------------

  @Test
  void assess_audioVisualRecordingWithoutRecordingConsent_blocksForThatParticipant() {
    // given the session is recorded; p1's parent consented to recording, p2's did not
    SessionPlan plan =
        SafePlans.childrensGroup()
            .recording(Recording.AUDIO_VISUAL)
            .participants(
                List.of(
                    childConsenting(
                        "p1", 10, consent(PARENT_OR_CARER, PARTICIPATION, RECORDING).build()),
                    SafePlans.child("p2", 11).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RECORDING_CONSENT_MISSING");
    assertFinding(assessment, "RECORDING_CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_audioVisualRecordingWithEveryonesRecordingConsent_passes() {
    // given the session is recorded and both parents consented to recording
    SessionPlan plan =
        SafePlans.childrensGroup()
            .recording(Recording.AUDIO_VISUAL)
            .participants(
                List.of(
                    childConsenting(
                        "p1", 10, consent(PARENT_OR_CARER, PARTICIPATION, RECORDING).build()),
                    childConsenting(
                        "p2", 11, consent(PARENT_OR_CARER, PARTICIPATION, RECORDING).build())))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_notesOnlyWithoutRecordingConsent_doesNotNeedRecordingConsent() {
    // given only notes are kept, and nobody consented to recording
    SessionPlan plan = SafePlans.childrensGroup().recording(Recording.NOTES).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_childsOwnRecordingConsentUnder13_doesNotCount() {
    // given the session is recorded; p2 is 11 and agreed to recording, but their parent did not
    SessionPlan plan =
        SafePlans.childrensGroup()
            .recording(Recording.AUDIO_VISUAL)
            .participants(
                List.of(
                    childConsenting(
                        "p1", 10, consent(PARENT_OR_CARER, PARTICIPATION, RECORDING).build()),
                    childConsenting(
                        "p2",
                        11,
                        consent(PARENT_OR_CARER, PARTICIPATION).build(),
                        consent(SELF, RECORDING).build())))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("RECORDING_CONSENT_MISSING");
    assertFinding(assessment, "RECORDING_CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
  }

  // --- the consent summary
  // ------------------------------------------------------------------------

  @Test
  void assess_safeGroup_summarisesEveryParticipantsConsentAsMetInPlanOrder() {
    // given the safe children's group
    SessionPlan plan = SafePlans.childrensGroup().build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.consents())
        .containsExactly(
            required("p1", PARENT_OR_CARER, ConsentStatus.MET),
            required("p2", PARENT_OR_CARER, ConsentStatus.MET));
  }

  @Test
  void assess_adultWithoutConsentUnderDefaultRulebook_blocks() {
    // given a group of adults, one of whom (p2) has not consented
    SessionPlan plan = adults(SafePlans.adult("p2", 30).consents(List.of()).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.MISSING));
  }

  @Test
  void assess_adultWithoutConsentWhenRulebookNeedsNoAdultConsent_isNotRequired() {
    // given a rulebook where adults with capacity who are not at risk need not consent,
    // and an adult p2 who has not consented
    SafeguardingEngine engine = engineWithoutAdultSelfConsent();
    SessionPlan plan = adults(SafePlans.adult("p2", 18).consents(List.of()).build());

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(
            ConsentRequirement.builder()
                .participant("p2")
                .status(ConsentStatus.NOT_REQUIRED)
                .build());
    assertThat(requirement(assessment, "p2").requiredFrom()).isEmpty();
  }

  @Test
  void assess_aged17WithoutConsentWhenRulebookNeedsNoAdultConsent_stillNeedsOwnConsent() {
    // given the same rulebook, and p2 aged 17 in a group of 17-year-olds, without consent
    SafeguardingEngine engine = engineWithoutAdultSelfConsent();
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.youngPerson("p1", 17).build(),
                    SafePlans.youngPerson("p2", 17).consents(List.of()).build()))
            .build();

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.MISSING));
  }

  @Test
  void assess_adultAtRiskWithoutConsentWhenRulebookNeedsNoAdultConsent_stillNeedsOwnConsent() {
    // given the same rulebook, and an adult at risk p2 (assessed as having capacity) without
    // consent
    SafeguardingEngine engine = engineWithoutAdultSelfConsent();
    SessionPlan plan = adults(SafePlans.adult("p2", 30).atRisk(true).consents(List.of()).build());

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_MISSING");
    assertFinding(assessment, "CONSENT_MISSING", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.MISSING));
  }

  @Test
  void assess_adultWhoWithdrewWhenRulebookNeedsNoAdultConsent_isWithdrawn() {
    // given the same rulebook, and an adult p2 who withdrew their consent
    SafeguardingEngine engine = engineWithoutAdultSelfConsent();
    SessionPlan plan =
        adults(
            SafePlans.adult("p2", 30)
                .consents(List.of(consent(SELF).withdrawn(LocalDate.parse("2026-11-20")).build()))
                .build());

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CONSENT_WITHDRAWN");
    assertFinding(assessment, "CONSENT_WITHDRAWN", FindingLevel.BLOCKER, "p2");
    assertThat(requirement(assessment, "p2"))
        .isEqualTo(required("p2", SELF, ConsentStatus.WITHDRAWN));
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /** The safe children's group with p1 (10) and the given second participant. */
  private static SessionPlan withSecond(Participant second) {
    return SafePlans.childrensGroup()
        .participants(List.of(SafePlans.child("p1", 10).build(), second))
        .build();
  }

  /** The safe children's group with only the given participant. */
  private static SessionPlan only(Participant participant) {
    return SafePlans.childrensGroup().participants(List.of(participant)).build();
  }

  /** The safe group run for adults: p1 (25) and the given second participant. */
  private static SessionPlan adults(Participant second) {
    return SafePlans.childrensGroup()
        .participants(List.of(SafePlans.adult("p1", 25).build(), second))
        .build();
  }

  /** The safe group in Scotland, with Scottish checks, p1 (10) and the given participant. */
  private static SessionPlan scottish(Participant second) {
    return SafePlans.childrensGroup()
        .service(SafePlans.service(Jurisdiction.SCOTLAND).build())
        .staff(
            List.of(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build(),
                SafePlans.staff("s2", StaffRole.HOST)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build()))
        .participants(List.of(SafePlans.child("p1", 10).build(), second))
        .build();
  }

  private static Participant.Builder unknownAge(String id) {
    return Participant.builder()
        .id(id)
        .registered(true)
        .location(Location.SHARED_SPACE)
        .addConsent(consent(PARENT_OR_CARER).build());
  }

  private static Participant.Builder lacksCapacity(String id, int age) {
    return SafePlans.youngPerson(id, age).capacity(Capacity.LACKS_CAPACITY);
  }

  private static Participant childConsenting(String id, int age, Consent... consents) {
    return SafePlans.child(id, age).consents(List.of(consents)).build();
  }

  /** A written consent given well before the session, to take part. */
  private static Consent.Builder consent(ConsentGiver giver) {
    return SafePlans.consent(giver, PARTICIPATION);
  }

  private static Consent.Builder consent(ConsentGiver giver, ConsentScope... scopes) {
    return SafePlans.consent(giver, scopes);
  }

  private static SafeguardingEngine engineWithoutAdultSelfConsent() {
    String text;
    try (InputStream in =
        SafeguardingEngine.class.getResourceAsStream(
            "/org/safeguarding/rules/rulebook/uk-default.json")) {
      assertThat(in).as("the uk-default rulebook resource").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String changed =
        text.replace("\"adultSelfConsentRequired\": true", "\"adultSelfConsentRequired\": false");
    assertThat(changed).as("the rulebook text was changed").isNotEqualTo(text);
    Rulebook rulebook = Rulebook.read(changed);
    assertThat(rulebook.adultSelfConsentRequired()).isFalse();
    return SafeguardingEngine.builder().rulebook(rulebook).build();
  }

  private static ConsentRequirement required(
      String participant, ConsentGiver from, ConsentStatus status) {
    return ConsentRequirement.builder()
        .participant(participant)
        .requiredFrom(from)
        .status(status)
        .build();
  }

  private static ConsentRequirement requirement(Assessment assessment, String participant) {
    return assessment.consents().stream()
        .filter(requirement -> requirement.participant().equals(participant))
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one consent requirement for " + participant);
            })
        .orElseThrow(() -> new AssertionError("no consent requirement for " + participant));
  }
}
