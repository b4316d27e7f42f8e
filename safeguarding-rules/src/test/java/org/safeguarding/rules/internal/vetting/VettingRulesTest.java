package org.safeguarding.rules.internal.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.DefaultRulebookText.rulebookWith;
import static org.safeguarding.rules.testing.Findings.codes;
import static org.safeguarding.rules.testing.Findings.findingsOf;
import static org.safeguarding.rules.testing.Findings.only;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The vetting rules: every check, its level, scheme and age, training and accounts, judged only
 * when vulnerable participants take part. Each test starts from the clean children's group (judged
 * on 2026-12-04) and changes one thing.
 */
class VettingRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final LocalDate SESSION_DATE = SafePlans.SESSION_DATE;

  // ---------------------------------------------------------------- STAFF_CHECK_MISSING

  @Test
  void assess_staffMemberWithNoCheck_reportsCheckMissingBlocker() {
    // given a third member of staff, beyond the two counted adults the group needs, with no check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.VOLUNTEER).check(Optional.empty()).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_MISSING");
    Finding finding = only(assessment, "STAFF_CHECK_MISSING");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message()).contains("s3");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_checkIssuedTheDayAfterTheSession_countsAsMissing() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", StaffRole.VOLUNTEER)
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.BASIC, SESSION_DATE.plusDays(1)))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_MISSING");
    Finding finding = only(assessment, "STAFF_CHECK_MISSING");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message()).contains("s3");
  }

  @Test
  void assess_checkIssuedOnTheSessionDate_isInPlace() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", StaffRole.VOLUNTEER)
                    .check(SafePlans.check(CheckScheme.DBS, CheckLevel.BASIC, SESSION_DATE))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_checkIssuedOnTheLondonDateOfALateEveningSummerStart_isInPlace() {
    // given a session at 23:30 UTC on 30 June 2027, which is 00:30 on 1 July in London, and a
    // check issued on 1 July
    SessionPlan plan =
        summerMidnightSession(
            SafePlans.staff("s3", StaffRole.VOLUNTEER)
                .check(
                    SafePlans.check(
                        CheckScheme.DBS, CheckLevel.BASIC, LocalDate.parse("2027-07-01")))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.asOf()).isEqualTo(LocalDate.parse("2027-07-01"));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_checkIssuedTheDayAfterTheLondonDateOfALateEveningSummerStart_isMissing() {
    // given the same session, and a check issued on 2 July
    SessionPlan plan =
        summerMidnightSession(
            SafePlans.staff("s3", StaffRole.VOLUNTEER)
                .check(
                    SafePlans.check(
                        CheckScheme.DBS, CheckLevel.BASIC, LocalDate.parse("2027-07-02")))
                .build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_MISSING");
    assertThat(only(assessment, "STAFF_CHECK_MISSING").subject()).contains("s3");
  }

  // ---------------------------------------------------------------- STAFF_CHECK_INSUFFICIENT

  @ParameterizedTest
  @EnumSource(
      value = StaffRole.class,
      names = {"LEAD", "HOST", "CO_FACILITATOR", "SAFEGUARDING_LEAD", "EXTERNAL_TUTOR"})
  void assess_enhancedCheckForNonVolunteerRoleInRegularChildrensSession_isInsufficient(
      StaffRole role) {
    // given a weekly children's group and a third member of staff in the role with only ENHANCED
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", role)
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.ENHANCED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message())
        .contains("s3")
        .endsWith("needs an enhanced check with a barred-list check");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @ParameterizedTest
  @EnumSource(
      value = StaffRole.class,
      names = {"LEAD", "HOST", "CO_FACILITATOR", "SAFEGUARDING_LEAD", "EXTERNAL_TUTOR"})
  void assess_enhancedBarredCheckForNonVolunteerRoleInRegularChildrensSession_isSufficient(
      StaffRole role) {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", role)
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_basicCheckForVolunteerInRegularChildrensSession_isSufficient() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", StaffRole.VOLUNTEER)
                    .check(
                        SafePlans.check(CheckScheme.DBS, CheckLevel.BASIC, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"ONE_OFF", "OCCASIONAL"})
  void assess_standardCheckForLeadInInfrequentChildrensSession_isInsufficient(Frequency frequency) {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .service(SafePlans.service(Jurisdiction.ENGLAND).frequency(frequency).build())
            .addStaff(
                SafePlans.staff("s3", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.STANDARD, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message()).contains("s3").endsWith("their role needs an enhanced check");
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"ONE_OFF", "OCCASIONAL"})
  void assess_enhancedCheckForLeadInInfrequentChildrensSession_isSufficient(Frequency frequency) {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .service(SafePlans.service(Jurisdiction.ENGLAND).frequency(frequency).build())
            .addStaff(
                SafePlans.staff("s3", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.ENHANCED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(StaffRole.class)
  void assess_basicCheckForAnyRoleWithAdultsAtRiskOnly_isSufficient(StaffRole role) {
    // given an adults-at-risk group where every member of staff holds only a BASIC check
    SessionPlan plan =
        adultsAtRiskGroup()
            .staff(
                List.of(
                    basic(SafePlans.staff("s1", StaffRole.LEAD)),
                    basic(SafePlans.staff("s2", StaffRole.HOST)),
                    basic(SafePlans.staff("s3", role))))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_basicCheckForLeadWithChildren_isInsufficientWhereAdultsAtRiskOnlyWouldNotBe() {
    // given the same BASIC lead, but with a child in the group alongside the adult at risk
    SessionPlan plan =
        adultsAtRiskGroup()
            .addParticipant(SafePlans.child("p3", 10).build())
            .addStaff(basic(SafePlans.staff("s3", StaffRole.LEAD)))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment))
        .containsExactlyInAnyOrder("STAFF_CHECK_INSUFFICIENT", "AGE_MIXING");
    assertThat(only(assessment, "STAFF_CHECK_INSUFFICIENT").subject()).contains("s3");
  }

  @Test
  void assess_volunteerWhoIsAlsoHostWithBasicCheck_needsTheHighestRolesLevel() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(basic(SafePlans.staff("s3", StaffRole.VOLUNTEER, StaffRole.HOST)))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message())
        .contains("s3")
        .endsWith("needs an enhanced check with a barred-list check");
  }

  @Test
  void assess_staffMemberWithNoRoleAndEnhancedCheck_isJudgedByTheStrictestRole() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3")
                    .check(
                        SafePlans.check(
                            CheckScheme.DBS, CheckLevel.ENHANCED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT");
    assertThat(only(assessment, "STAFF_CHECK_INSUFFICIENT").subject()).contains("s3");
  }

  @Test
  void assess_volunteerAloneOneToOneWithBasicCheck_isJudgedByTheStrictestRole() {
    // given a one-to-one with a child, a responsible adult at home, and a lone BASIC volunteer
    SessionPlan plan = oneToOne(basic(SafePlans.staff("s1", StaffRole.VOLUNTEER)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then (and with no second person to check the webcam, the facts raise impersonation r2)
    assertThat(codes(assessment))
        .containsExactlyInAnyOrder(
            "STAFF_CHECK_INSUFFICIENT", "ONE_TO_ONE_NO_COLLEAGUE", "RISK_HIGH", "RISK_UNDERRATED");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.subject()).contains("s1");
    assertThat(finding.message())
        .contains("s1")
        .endsWith("need an enhanced check with a barred-list check");
  }

  @Test
  void assess_volunteerAloneOneToOneWithEnhancedBarredCheck_isSufficient() {
    // given
    SessionPlan plan = oneToOne(SafePlans.staff("s1", StaffRole.VOLUNTEER).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then no vetting finding (the facts raise impersonation r2, with nobody to check the webcam)
    assertThat(codes(assessment))
        .containsExactly("ONE_TO_ONE_NO_COLLEAGUE", "RISK_HIGH", "RISK_UNDERRATED");
  }

  @Test
  void assess_pvgMembershipRecordedAsBasic_countsAsEnhancedBarred() {
    // given a weekly children's group in Scotland whose lead holds PVG membership
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(CheckScheme.PVG, CheckLevel.BASIC, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_disclosureScotlandBasicForLead_isInsufficient() {
    // given the same group, with a Disclosure Scotland basic check instead of PVG
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.BASIC,
                            SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT");
    assertThat(only(assessment, "STAFF_CHECK_INSUFFICIENT").subject()).contains("s1");
  }

  // ---------------------------------------------------------------- STAFF_CHECK_WRONG_SCHEME

  @ParameterizedTest
  @CsvSource({
    "ENGLAND, ACCESSNI",
    "ENGLAND, DISCLOSURE_SCOTLAND",
    "ENGLAND, PVG",
    "WALES, ACCESSNI",
    "WALES, PVG",
    "NORTHERN_IRELAND, DBS",
    "NORTHERN_IRELAND, PVG"
  })
  void assess_checkFromAnotherJurisdictionsScheme_isWrongScheme(
      Jurisdiction jurisdiction, CheckScheme scheme) {
    // given every member of staff holds the jurisdiction's own check but s3, who holds another
    SessionPlan plan =
        groupIn(jurisdiction)
            .addStaff(
                SafePlans.staff("s3", StaffRole.HOST)
                    .check(
                        SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    // another nation's check is no check here: a blocker, and s3 counts towards no ratio
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_WRONG_SCHEME");
    Finding finding = only(assessment, "STAFF_CHECK_WRONG_SCHEME");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("s3");
    assertThat(finding.message())
        .contains("s3's check is from ")
        .endsWith("so it counts as no check");
    assertThat(finding.parameters()).containsEntry("scheme", scheme.name());
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(assessment.supervision().orElseThrow().countedAdults())
        .isEqualTo(
            ENGINE
                .assess(groupIn(jurisdiction).build())
                .supervision()
                .orElseThrow()
                .countedAdults());
  }

  @ParameterizedTest
  @EnumSource(
      value = CheckScheme.class,
      names = {"DBS", "ACCESSNI"})
  void assess_regularWorkInScotlandWithAnotherJurisdictionsCheck_isWrongSchemeAndInsufficient(
      CheckScheme scheme) {
    // given a weekly children's group in Scotland where s3 holds another jurisdiction's check
    SessionPlan plan =
        groupIn(Jurisdiction.SCOTLAND)
            .addStaff(
                SafePlans.staff("s3", StaffRole.HOST)
                    .check(
                        SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment)).containsExactly("STAFF_CHECK_WRONG_SCHEME s3");
    assertThat(only(assessment, "STAFF_CHECK_WRONG_SCHEME").action()).contains("PVG");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_adultWhoLacksCapacityNotMarkedAtRisk_bringsVettingIn() {
    // given adults only, one of whom lacks capacity (not marked at risk); s2 has no check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.adultLackingCapacity("p1", 30).build(),
                    SafePlans.adult("p2", 45).build()))
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.HOST).check(Optional.empty()).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then vetting applies, as it would for an adult marked at risk
    assertThat(findingsOf(assessment)).contains("STAFF_CHECK_MISSING s2");
  }

  // ---------------------------------------------------------------- PVG for regulated work

  @Test
  void assess_regularChildrensGroupInScotlandWithADisclosureScotlandCheckAlone_isInsufficient() {
    // given s1 holds an enhanced Disclosure Scotland check with barred list, but no PVG
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.ENHANCED_BARRED,
                            SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT s1");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.message())
        .contains("s1 holds a Disclosure Scotland check")
        .contains("regular work with vulnerable participants in Scotland")
        .contains("PVG");
    assertThat(finding.action()).contains("join the PVG scheme");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_supervisedVolunteerInScotlandWithABasicDisclosure_stillNeedsPvg() {
    // given a weekly Scottish children's group with a PVG lead and host, and a supervised
    // volunteer with a basic Disclosure Scotland check (enough for a supervised volunteer's level)
    SessionPlan plan =
        groupIn(Jurisdiction.SCOTLAND)
            .addStaff(
                SafePlans.staff("s3", StaffRole.VOLUNTEER)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.BASIC,
                            SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then supervised or not, regulated work needs PVG scheme membership
    assertThat(findingsOf(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT s3");
  }

  @Test
  void assess_regularAdultsAtRiskGroupInScotlandWithABasicDisclosure_isInsufficient() {
    // given adults at risk, weekly, in Scotland: the lead holds a basic Disclosure Scotland check
    SessionPlan plan =
        adultsAtRiskGroup()
            .service(SafePlans.service(Jurisdiction.SCOTLAND).build())
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD)
                        .check(
                            SafePlans.check(
                                CheckScheme.DISCLOSURE_SCOTLAND,
                                CheckLevel.BASIC,
                                SafePlans.CHECK_ISSUED))
                        .build(),
                    SafePlans.staff("s2", StaffRole.HOST)
                        .check(
                            SafePlans.check(
                                CheckScheme.PVG,
                                CheckLevel.ENHANCED_BARRED,
                                SafePlans.CHECK_ISSUED))
                        .build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment)).contains("STAFF_CHECK_INSUFFICIENT s1");
    assertThat(findingsOf(assessment)).doesNotContain("STAFF_CHECK_INSUFFICIENT s2");
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"ONE_OFF", "OCCASIONAL"})
  void assess_occasionalWorkInScotlandWithADisclosureScotlandCheck_isSufficient(
      Frequency frequency) {
    // given s1 holds an enhanced Disclosure Scotland check; the session is not regulated work
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.ENHANCED,
                            SafePlans.CHECK_ISSUED))
                    .build())
            .service(SafePlans.service(Jurisdiction.SCOTLAND).frequency(frequency).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_scottishGroupOfAdultsNotAtRisk_needsNoPvg() {
    // given adults not at risk, weekly, in Scotland, with Disclosure Scotland checks only
    SessionPlan plan =
        SafePlans.childrensGroup()
            .service(SafePlans.service(Jurisdiction.SCOTLAND).build())
            .participants(adults(false))
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD)
                        .check(
                            SafePlans.check(
                                CheckScheme.DISCLOSURE_SCOTLAND,
                                CheckLevel.BASIC,
                                SafePlans.CHECK_ISSUED))
                        .build(),
                    SafePlans.staff("s2", StaffRole.HOST).check(Optional.empty()).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then vetting applies only with vulnerable participants
    assertThat(codes(assessment)).doesNotContain("STAFF_CHECK_INSUFFICIENT", "STAFF_CHECK_MISSING");
  }

  @Test
  void assess_pvgMembershipFiveYearsAndADayOld_hasLapsedForRegulatedWork() {
    // given a weekly Scottish children's group whose lead's PVG membership is over five years old
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(5).minusDays(1)))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then it is insufficient, not merely stale
    assertThat(findingsOf(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT s1");
    Finding finding = only(assessment, "STAFF_CHECK_INSUFFICIENT");
    assertThat(finding.message()).contains("has lapsed").contains("more than 5 years");
    assertThat(finding.action()).contains("Renew s1's PVG membership");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_pvgMembershipExactlyFiveYearsOld_hasNotLapsed() {
    // given
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(5)))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_requiredSchemes_areTheRulebooks() throws Exception {
    // given a rulebook that needs PVG for occasional work in Scotland too
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(
                rulebookWith(
                    "\"SCOTLAND\": {\"ONE_OFF\": [], \"OCCASIONAL\": [],",
                    "\"SCOTLAND\": {\"ONE_OFF\": [], \"OCCASIONAL\": [\"PVG\"],"))
            .build();
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.ENHANCED_BARRED,
                            SafePlans.CHECK_ISSUED))
                    .build())
            .service(
                SafePlans.service(Jurisdiction.SCOTLAND).frequency(Frequency.OCCASIONAL).build())
            .build();

    // when
    Assessment assessment = engine.assess(plan);

    // then
    assertThat(findingsOf(assessment)).containsExactly("STAFF_CHECK_INSUFFICIENT s1");
  }

  @ParameterizedTest
  @CsvSource({"ENGLAND, DBS", "WALES, DBS", "NORTHERN_IRELAND, ACCESSNI", "SCOTLAND, PVG"})
  void assess_checkFromTheJurisdictionsScheme_isAccepted(
      Jurisdiction jurisdiction, CheckScheme scheme) {
    // given
    SessionPlan plan =
        groupIn(jurisdiction)
            .addStaff(
                SafePlans.staff("s3", StaffRole.HOST)
                    .check(
                        SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- STAFF_CHECK_STALE

  @Test
  void assess_checkIssuedThreeYearsAndADayBefore_isStale() {
    // given
    SessionPlan plan = withS1CheckIssued(CheckScheme.DBS, SESSION_DATE.minusYears(3).minusDays(1));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_STALE");
    Finding finding = only(assessment, "STAFF_CHECK_STALE");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("s1");
    assertThat(finding.message()).contains("s1");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_checkIssuedExactlyThreeYearsBefore_isNotStale() {
    // given
    SessionPlan plan = withS1CheckIssued(CheckScheme.DBS, SESSION_DATE.minusYears(3));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_checkIssuedThreeYearsLessADayBefore_isNotStale() {
    // given
    SessionPlan plan = withS1CheckIssued(CheckScheme.DBS, SESSION_DATE.minusYears(3).plusDays(1));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = CheckScheme.class,
      names = {"DISCLOSURE_SCOTLAND", "PVG"})
  void assess_scottishCheckIssuedThreeYearsBefore_isNotStale(CheckScheme scheme) {
    // given an occasional group, where a Disclosure Scotland check will do
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            scheme, CheckLevel.ENHANCED_BARRED, SESSION_DATE.minusYears(3)))
                    .build())
            .service(
                SafePlans.service(Jurisdiction.SCOTLAND).frequency(Frequency.OCCASIONAL).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_disclosureScotlandCheckIssuedThreeYearsAndADayBefore_isStale() {
    // given an occasional group, where a Disclosure Scotland check will do
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.DISCLOSURE_SCOTLAND,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(3).minusDays(1)))
                    .build())
            .service(
                SafePlans.service(Jurisdiction.SCOTLAND).frequency(Frequency.OCCASIONAL).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_STALE");
    assertThat(only(assessment, "STAFF_CHECK_STALE").subject()).contains("s1");
  }

  @Test
  void assess_pvgCheckIssuedFourYearsBefore_isNotStale() {
    // given
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(4)))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_pvgCheckIssuedExactlyFiveYearsBefore_isNotStale() {
    // given
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(5)))
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_pvgCheckIssuedFiveYearsAndADayBeforeForOccasionalWork_isStale() {
    // given an occasional group, where PVG is not required, so an old membership is only stale
    SessionPlan plan =
        scottishGroup(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG,
                            CheckLevel.ENHANCED_BARRED,
                            SESSION_DATE.minusYears(5).minusDays(1)))
                    .build())
            .service(
                SafePlans.service(Jurisdiction.SCOTLAND).frequency(Frequency.OCCASIONAL).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_CHECK_STALE");
    Finding finding = only(assessment, "STAFF_CHECK_STALE");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("s1");
    assertThat(finding.message()).contains("s1");
  }

  // ---------------------------------------------------------------- STAFF_TRAINING_MISSING

  @Test
  void assess_staffMemberWithNoTraining_reportsTrainingMissing() {
    // given
    SessionPlan plan = withS2Training(Optional.empty());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_TRAINING_MISSING");
    Finding finding = only(assessment, "STAFF_TRAINING_MISSING");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("s2");
    assertThat(finding.message()).contains("s2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_trainingCompletedThreeYearsAndADayBefore_isMissing() {
    // given
    SessionPlan plan = withS2Training(Optional.of(SESSION_DATE.minusYears(3).minusDays(1)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_TRAINING_MISSING");
    Finding finding = only(assessment, "STAFF_TRAINING_MISSING");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("s2");
    assertThat(finding.message()).contains("s2");
  }

  @Test
  void assess_trainingCompletedExactlyThreeYearsBefore_isCurrent() {
    // given
    SessionPlan plan = withS2Training(Optional.of(SESSION_DATE.minusYears(3)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_trainingCompletedThreeYearsLessADayBefore_isCurrent() {
    // given
    SessionPlan plan = withS2Training(Optional.of(SESSION_DATE.minusYears(3).plusDays(1)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_trainingCompletedTheDayAfterTheSession_countsAsNone() {
    // given
    SessionPlan plan = withS2Training(Optional.of(SESSION_DATE.plusDays(1)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_TRAINING_MISSING");
    assertThat(only(assessment, "STAFF_TRAINING_MISSING").subject()).contains("s2");
  }

  @Test
  void assess_trainingCompletedOnTheSessionDate_isCurrent() {
    // given
    SessionPlan plan = withS2Training(Optional.of(SESSION_DATE));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- STAFF_PERSONAL_ACCOUNT

  @Test
  void assess_staffMemberOnPersonalAccount_reportsPersonalAccount() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.HOST).organisationAccount(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("STAFF_PERSONAL_ACCOUNT");
    Finding finding = only(assessment, "STAFF_PERSONAL_ACCOUNT");
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("s2");
    assertThat(finding.message()).contains("s2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_staffMembersOnOrganisationAccounts_reportNoPersonalAccount() {
    // given
    SessionPlan plan = SafePlans.childrensGroup().build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(plan.staff()).allMatch(StaffMember::organisationAccount);
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- no vulnerable participants

  @Test
  void assess_adultsNotAtRisk_reportNoVettingFindingsWhateverTheStaffsChecks() {
    // given two adults not at risk, and staff with every vetting problem
    SessionPlan plan =
        SafePlans.childrensGroup().staff(unvettedStaff()).participants(adults(false)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: no vetting finding; but s2's Northern Irish check is no check in England, so nobody
    // counts towards supervision
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
    assertThat(assessment.supervision().orElseThrow().countedAdults()).isZero();
  }

  @Test
  void assess_adultAtRiskWithTheSameStaff_reportsEveryVettingFinding() {
    // given the same staff, with one of the adults at risk
    SessionPlan plan =
        SafePlans.childrensGroup().staff(unvettedStaff()).participants(adults(true)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: s1 has nothing; s2's check is an old AccessNI one, which is no check in England (so
    // its age says nothing more), and neither counts towards supervision
    assertThat(findingsOf(assessment))
        .containsExactlyInAnyOrder(
            "STAFF_CHECK_MISSING s1",
            "STAFF_TRAINING_MISSING s1",
            "STAFF_PERSONAL_ACCOUNT s1",
            "STAFF_CHECK_WRONG_SCHEME s2",
            "STAFF_TRAINING_MISSING s2",
            "SUPERVISION_SHORTFALL -",
            "NO_SESSION_ADMINISTRATOR -");
  }

  // ---------------------------------------------------------------- helpers

  @Test
  void assess_childrensGroupRunByBasicVolunteersOnly_needsTheStrictestCheck() {
    // given a weekly children's group whose two staff are volunteers with basic checks
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    basic(SafePlans.staff("s1", StaffRole.VOLUNTEER)),
                    basic(SafePlans.staff("s2", StaffRole.VOLUNTEER))))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: nobody is checked to supervise them, so neither is a supervised volunteer
    assertThat(assessment.findings())
        .filteredOn(finding -> finding.rule().equals("STAFF_CHECK_INSUFFICIENT"))
        .extracting(finding -> finding.subject().orElseThrow())
        .containsExactly("s1", "s2");
    assertThat(assessment.findings())
        .filteredOn(finding -> finding.rule().equals("STAFF_CHECK_INSUFFICIENT"))
        .allSatisfy(
            finding ->
                assertThat(finding.message())
                    .endsWith("an enhanced check with a barred-list check"));
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_basicVolunteerSupervisedByACheckedHost_isEnough() {
    // given the safe group with a third member: a volunteer with a basic check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(basic(SafePlans.staff("s3", StaffRole.VOLUNTEER)))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).doesNotContain("STAFF_CHECK_INSUFFICIENT");
  }

  @Test
  void assess_basicVolunteerWhoseOnlySupervisorIsUnderChecked_needsTheStrictestCheck() {
    // given a lead with only a basic check and a volunteer with a basic check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    basic(SafePlans.staff("s1", StaffRole.LEAD)),
                    basic(SafePlans.staff("s2", StaffRole.VOLUNTEER))))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: the lead's own check is short, so the volunteer is not supervised either
    assertThat(assessment.findings())
        .filteredOn(finding -> finding.rule().equals("STAFF_CHECK_INSUFFICIENT"))
        .extracting(finding -> finding.subject().orElseThrow())
        .containsExactly("s1", "s2");
  }

  private static StaffMember basic(StaffMember.Builder member) {
    return member
        .check(SafePlans.check(CheckScheme.DBS, CheckLevel.BASIC, SafePlans.CHECK_ISSUED))
        .build();
  }

  /** The children's group with s1's check from the given scheme, issued on the given date. */
  private static SessionPlan withS1CheckIssued(CheckScheme scheme, LocalDate issued) {
    return SafePlans.childrensGroup()
        .staff(
            List.of(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, issued))
                    .build(),
                SafePlans.staff("s2", StaffRole.HOST).build()))
        .build();
  }

  private static SessionPlan withS2Training(Optional<LocalDate> completed) {
    return SafePlans.childrensGroup()
        .staff(
            List.of(
                SafePlans.staff("s1", StaffRole.LEAD).build(),
                SafePlans.staff("s2", StaffRole.HOST).trainingCompleted(completed).build()))
        .build();
  }

  /**
   * The children's group run in a jurisdiction, its two staff holding that jurisdiction's check.
   */
  private static SessionPlan.Builder groupIn(Jurisdiction jurisdiction) {
    CheckScheme scheme =
        switch (jurisdiction) {
          case ENGLAND, WALES -> CheckScheme.DBS;
          case NORTHERN_IRELAND -> CheckScheme.ACCESSNI;
          case SCOTLAND -> CheckScheme.PVG;
        };
    return SafePlans.childrensGroup()
        .service(SafePlans.service(jurisdiction).build())
        .staff(
            List.of(
                SafePlans.staff("s1", StaffRole.LEAD)
                    .check(
                        SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build(),
                SafePlans.staff("s2", StaffRole.HOST)
                    .check(
                        SafePlans.check(scheme, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build()));
  }

  /** A weekly children's group in Scotland with the given lead and a PVG host. */
  private static SessionPlan.Builder scottishGroup(StaffMember lead) {
    return SafePlans.childrensGroup()
        .service(SafePlans.service(Jurisdiction.SCOTLAND).build())
        .staff(
            List.of(
                lead,
                SafePlans.staff("s2", StaffRole.HOST)
                    .check(
                        SafePlans.check(
                            CheckScheme.PVG, CheckLevel.ENHANCED_BARRED, SafePlans.CHECK_ISSUED))
                    .build()));
  }

  /** A group of two adults at risk (who have capacity and consent themselves). */
  private static SessionPlan.Builder adultsAtRiskGroup() {
    return SafePlans.childrensGroup()
        .participants(
            List.of(
                SafePlans.adult("p1", 30).atRisk(true).build(),
                SafePlans.adult("p2", 45).atRisk(true).build()));
  }

  private static List<Participant> adults(boolean firstAtRisk) {
    return List.of(
        SafePlans.adult("p1", 30).atRisk(firstAtRisk).build(), SafePlans.adult("p2", 45).build());
  }

  /**
   * s1: no check, no training, a personal account; s2: a BASIC AccessNI check (the wrong scheme in
   * England) issued four years before, and training older than three years.
   */
  private static List<StaffMember> unvettedStaff() {
    return List.of(
        SafePlans.staff("s1", StaffRole.LEAD)
            .check(Optional.empty())
            .trainingCompleted(Optional.empty())
            .organisationAccount(false)
            .build(),
        SafePlans.staff("s2", StaffRole.HOST)
            .check(
                SafePlans.check(CheckScheme.ACCESSNI, CheckLevel.BASIC, SESSION_DATE.minusYears(4)))
            .trainingCompleted(SESSION_DATE.minusYears(4))
            .build());
  }

  /**
   * A one-to-one with a child of 10 who has a responsible adult at home, and one member of staff.
   */
  private static SessionPlan oneToOne(StaffMember member) {
    return SafePlans.childrensGroup()
        .format(SessionFormat.ONE_TO_ONE)
        .recording(Recording.NOTES)
        .staff(List.of(member))
        .participants(List.of(SafePlans.child("p1", 10).responsibleAdultAtHome(true).build()))
        .build();
  }

  /**
   * The children's group at 23:30 UTC on 30 June 2027 (00:30 on 1 July in London), with a third
   * member of staff and risks reviewed after the session.
   */
  private static SessionPlan summerMidnightSession(StaffMember third) {
    return SafePlans.childrensGroup()
        .start(Instant.parse("2027-06-30T23:30:00Z"))
        .addStaff(third)
        .risks(
            List.of(
                SafePlans.risk("r1", Hazard.SESSION_HIJACK)
                    .reviewBy(LocalDate.parse("2028-01-01"))
                    .build(),
                SafePlans.risk("r2", Hazard.IMPERSONATION)
                    .reviewBy(LocalDate.parse("2028-01-01"))
                    .build()))
        .build();
  }
}
