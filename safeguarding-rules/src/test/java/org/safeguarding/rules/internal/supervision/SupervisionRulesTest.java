package org.safeguarding.rules.internal.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.Findings.assertFinding;
import static org.safeguarding.rules.testing.Findings.assertSessionFinding;
import static org.safeguarding.rules.testing.Findings.codes;
import static org.safeguarding.rules.testing.Findings.findingsOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/** The supervision rules and the number of counted adults a session needs and has. */
class SupervisionRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  // --- SUPERVISION_SHORTFALL
  // ----------------------------------------------------------------------

  @Test
  void assess_twentyTenYearOldsWithTwoAdults_blocksWithShortfallOfOne() {
    // given twenty ten-year-olds and the two checked adults of the safe group
    SessionPlan plan = group(participants(20, 10));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
    Finding finding =
        assertSessionFinding(assessment, "SUPERVISION_SHORTFALL", FindingLevel.BLOCKER);
    assertThat(finding.message()).containsPattern("\\b3\\b.*\\b2\\b");
    assertThat(assessment.supervision()).contains(Supervision.of(3, 2));
    assertThat(assessment.supervision().orElseThrow().shortfall()).isEqualTo(1);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_sixteenTenYearOldsWithTwoAdults_passes() {
    // given sixteen ten-year-olds (two full groups of eight) and two checked adults
    SessionPlan plan = group(participants(16, 10));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(assessment.supervision().orElseThrow().shortfall()).isZero();
  }

  @Test
  void assess_seventeenTenYearOldsWithTwoAdults_blocksNeedingThree() {
    // given seventeen ten-year-olds and two checked adults
    SessionPlan plan = group(participants(17, 10));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
    assertSessionFinding(assessment, "SUPERVISION_SHORTFALL", FindingLevel.BLOCKER);
    assertThat(assessment.supervision()).contains(Supervision.of(3, 2));
    assertThat(assessment.supervision().orElseThrow().shortfall()).isEqualTo(1);
  }

  @Test
  void assess_twentyTenYearOldsWithThreeAdults_passes() {
    // given twenty ten-year-olds and three checked adults
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.CO_FACILITATOR).build())
            .participants(participants(20, 10))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.supervision()).contains(Supervision.of(3, 3));
  }

  // --- RequiredAdults
  // -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{1} aged {0} need {2} adults")
  @CsvSource({
    "1, 13, 5", // 0-1 at 1:3
    "2, 13, 4", // 2-3 at 1:4
    "3, 13, 4", // 2-3 at 1:4
    "4, 13, 3", // 4-8 at 1:6
    "8, 19, 4", // 4-8 at 1:6
    "9, 19, 3", // 9-12 at 1:8
    "12, 25, 4", // 9-12 at 1:8
    "13, 25, 3", // 13-17 at 1:10
    "17, 25, 3", // 13-17 at 1:10
  })
  void assess_childrenEitherSideOfAnNspccBandEdge_needTheirBandsRatio(
      int age, int count, int required) {
    // given an interactive group of children all of one age
    SessionPlan plan = group(participants(count, age));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).map(Supervision::requiredAdults).contains(required);
    assertThat(assessment.supervision()).map(Supervision::countedAdults).contains(2);
  }

  @Test
  void assess_participantsAged18NotAtRisk_needOneAdult() {
    // given twenty-five participants aged 18, none at risk: not children, so not vulnerable
    SessionPlan plan = group(participants(25, 18));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.supervision()).contains(Supervision.of(1, 2));
  }

  @Test
  void assess_participantsAged18AtRisk_needAdultsAtTheAdultsAtRiskRatio() {
    // given twenty-five adults aged 18 at risk: 1:8 as adults at risk, not 1:10 as 13-17s
    SessionPlan plan = group(atRisk(participants(25, 18)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).map(Supervision::requiredAdults).contains(4);
  }

  @Test
  void assess_participantsAged17AtRisk_countAsChildrenInTheirAgeBand() {
    // given twenty-five 17-year-olds at risk: children, so 1:10, not a band of their own
    SessionPlan plan = group(atRisk(participants(25, 17)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).map(Supervision::requiredAdults).contains(3);
  }

  @Test
  void assess_participantsOfUnknownAge_needAdultsAtTheStrictestRatio() {
    // given thirteen children whose ages are not given
    List<Participant> unknown = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      unknown.add(
          Participant.builder()
              .id("p" + i)
              .registered(true)
              .location(Location.SHARED_SPACE)
              .addConsent(
                  SafePlans.consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                      .build())
              .build());
    }
    SessionPlan plan = group(unknown);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: 1:3, as for the youngest children
    assertThat(assessment.supervision()).map(Supervision::requiredAdults).contains(5);
  }

  @Test
  void assess_adultsAtRisk_needOneAdultPerEight() {
    // given seventeen adults at risk
    SessionPlan plan = group(atRisk(participants(17, 30)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(3, 2));
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
  }

  @Test
  void assess_adultsWhoLackCapacity_areAdultsAtRiskThoughNotMarkedSo() {
    // given seventeen adults who lack capacity, none marked at risk, each with a best-interests
    // decision
    List<Participant> lacking = new ArrayList<>();
    for (int i = 1; i <= 17; i++) {
      lacking.add(SafePlans.adultLackingCapacity("p" + i, 30).build());
    }
    SessionPlan plan = group(lacking);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then one adult per eight, as for adults marked at risk
    assertThat(assessment.supervision()).contains(Supervision.of(3, 2));
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
  }

  @Test
  void assess_sixteenAdultsAtRisk_needTwoAdults() {
    // given sixteen adults at risk
    SessionPlan plan = group(atRisk(participants(16, 30)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_oneChildInEachOfThreeBands_roundsEachBandUpOnItsOwn() {
    // given one child aged 5, one aged 10 and one aged 14
    SessionPlan plan =
        group(List.of(participant("p1", 5), participant("p2", 10), participant("p3", 14)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: one adult per band, not one for the three together
    assertThat(assessment.supervision()).contains(Supervision.of(3, 2));
    assertThat(codes(assessment)).containsExactly("SUPERVISION_SHORTFALL");
  }

  @Test
  void assess_oneChild_needsTheMinimumOfTwoAdults() {
    // given a single ten-year-old in a group session
    SessionPlan plan = group(List.of(participant("p1", 10)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_oneChildWithOneAdult_blocksBelowTheMinimum() {
    // given a single ten-year-old with the lead alone
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(SafePlans.staff("s1", StaffRole.LEAD, StaffRole.HOST).build()))
            .participants(List.of(participant("p1", 10)))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 1));
    assertThat(codes(assessment))
        .containsExactly(
            "SUPERVISION_SHORTFALL", "NO_SESSION_ADMINISTRATOR", "RISK_HIGH", "RISK_UNDERRATED");
  }

  @Test
  void assess_broadcastToManyChildren_needsTwoAdults() {
    // given a broadcast to twenty-five ten-year-olds, who cannot post in it
    SessionPlan plan =
        SafePlans.childrensGroup()
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(broadcastPlatform())
            .participants(participants(25, 10))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_oneToOneWithChild_needsOneAdult() {
    // given a one-to-one session with a child and one checked member of staff
    SessionPlan plan = oneToOne(person("p1", 10).responsibleAdultAtHome(true).build(), lead());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(1, 1));
    assertThat(codes(assessment)).doesNotContain("SUPERVISION_SHORTFALL");
  }

  @Test
  void assess_noVulnerableParticipants_needsOneAdult() {
    // given a group of adults, none at risk, with only the lead
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(SafePlans.staff("s1", StaffRole.LEAD, StaffRole.HOST).build()))
            .participants(participants(25, 30))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(1, 1));
    assertThat(codes(assessment)).isEmpty();
  }

  // --- counted adults ----------------------------------------------------------------------------

  @Test
  void assess_staffAged17_isNotCountedAsAnAdult() {
    // given the safe group whose host is 17
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.HOST).age(17).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: the host no longer counts, so nobody checked administers the session either
    assertThat(assessment.supervision()).contains(Supervision.of(2, 1));
    assertThat(codes(assessment))
        .containsExactly(
            "SUPERVISION_SHORTFALL", "NO_SESSION_ADMINISTRATOR", "RISK_HIGH", "RISK_UNDERRATED");
    assertSessionFinding(assessment, "SUPERVISION_SHORTFALL", FindingLevel.BLOCKER);
  }

  @Test
  void assess_staffAged18_isCountedAsAnAdult() {
    // given the safe group whose host is 18
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.HOST).age(18).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_staffWithoutCheck_isNotCounted() {
    // given the safe group whose host has no check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    lead(), SafePlans.staff("s2", StaffRole.HOST).check(Optional.empty()).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: the host no longer counts, so nobody checked administers the session either
    assertThat(assessment.supervision()).contains(Supervision.of(2, 1));
    assertThat(codes(assessment))
        .containsExactly(
            "STAFF_CHECK_MISSING",
            "SUPERVISION_SHORTFALL",
            "NO_SESSION_ADMINISTRATOR",
            "RISK_HIGH",
            "RISK_UNDERRATED");
  }

  @Test
  void assess_staffCheckIssuedTheDayAfterTheSession_isNotCounted() {
    // given the safe group whose host's check is issued the day after the session
    SessionPlan plan = withHostCheckIssued(SafePlans.SESSION_DATE.plusDays(1));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: the host no longer counts, so nobody checked administers the session either
    assertThat(assessment.supervision()).contains(Supervision.of(2, 1));
    assertThat(codes(assessment))
        .containsExactly(
            "STAFF_CHECK_MISSING",
            "SUPERVISION_SHORTFALL",
            "NO_SESSION_ADMINISTRATOR",
            "RISK_HIGH",
            "RISK_UNDERRATED");
  }

  @Test
  void assess_staffCheckIssuedOnTheSessionDate_isCounted() {
    // given the safe group whose host's check is issued on the day of the session
    SessionPlan plan = withHostCheckIssued(SafePlans.SESSION_DATE);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(2, 2));
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_volunteerWithBasicCheck_isCounted() {
    // given twenty ten-year-olds, two staff and a volunteer with a basic check
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(
                SafePlans.staff("s3", StaffRole.VOLUNTEER)
                    .check(
                        SafePlans.check(CheckScheme.DBS, CheckLevel.BASIC, SafePlans.CHECK_ISSUED))
                    .build())
            .participants(participants(20, 10))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(assessment.supervision()).contains(Supervision.of(3, 3));
    assertThat(codes(assessment)).isEmpty();
  }

  // --- ONE_TO_ONE_UNSAFEGUARDED and ONE_TO_ONE_NO_COLLEAGUE
  // ---------------------------------------

  @Test
  void assess_oneToOneWithChildAloneAndNoAdultAtHome_blocks() {
    // given one member of staff seeing a ten-year-old one-to-one, nobody nearby at home
    SessionPlan plan = oneToOne(participant("p1", 10), lead());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then, and with no second person to check the webcam the facts raise impersonation r2
    assertThat(codes(assessment))
        .containsExactly("ONE_TO_ONE_UNSAFEGUARDED", "RISK_HIGH", "RISK_UNDERRATED");
    assertFinding(assessment, "ONE_TO_ONE_UNSAFEGUARDED", FindingLevel.BLOCKER, "p1");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_oneToOneWithChildAloneAndAdultAtHome_warnsNoColleague() {
    // given one member of staff seeing a ten-year-old one-to-one, with a responsible adult at home
    SessionPlan plan = oneToOne(person("p1", 10).responsibleAdultAtHome(true).build(), lead());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then, and with no second person to check the webcam the facts raise impersonation r2
    assertThat(codes(assessment))
        .containsExactly("ONE_TO_ONE_NO_COLLEAGUE", "RISK_HIGH", "RISK_UNDERRATED");
    assertFinding(assessment, "ONE_TO_ONE_NO_COLLEAGUE", FindingLevel.WARNING, "p1");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_oneToOneWithChildAndTwoStaff_passes() {
    // given two members of staff seeing a ten-year-old, nobody nearby at home
    SessionPlan plan =
        oneToOne(
            participant("p1", 10), lead(), SafePlans.staff("s2", StaffRole.CO_FACILITATOR).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.supervision()).contains(Supervision.of(1, 2));
  }

  @Test
  void assess_oneToOneWithAdultAtRiskAlone_blocks() {
    // given one member of staff seeing an adult at risk one-to-one, nobody nearby at home
    SessionPlan plan = oneToOne(person("p1", 30).atRisk(true).build(), lead());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("ONE_TO_ONE_UNSAFEGUARDED");
    assertFinding(assessment, "ONE_TO_ONE_UNSAFEGUARDED", FindingLevel.BLOCKER, "p1");
  }

  @Test
  void assess_oneToOneWithAdultNotAtRiskAlone_passes() {
    // given one member of staff seeing an adult, not at risk, one-to-one
    SessionPlan plan = oneToOne(participant("p1", 30), lead());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.supervision()).contains(Supervision.of(1, 1));
  }

  // --- NO_SESSION_ADMINISTRATOR
  // -------------------------------------------------------------------

  @Test
  void assess_childrensGroupWhoseSecondStaffIsAVolunteer_warnsNoSessionAdministrator() {
    // given the safe group whose second member of staff is a volunteer, not a host
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.VOLUNTEER).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    // and with nobody but the lead to check webcams, the facts raise impersonation r2 to 2 x 4
    assertThat(codes(assessment))
        .containsExactly("NO_SESSION_ADMINISTRATOR", "RISK_HIGH", "RISK_UNDERRATED");
    assertSessionFinding(assessment, "NO_SESSION_ADMINISTRATOR", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_childrensGroupWhereOnlyTheLeadHosts_warnsNoSessionAdministrator() {
    // given the lead is also the host, and the other member of staff a volunteer
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD, StaffRole.HOST).build(),
                    SafePlans.staff("s2", StaffRole.VOLUNTEER).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    // and with nobody but the lead to check webcams, the facts raise impersonation r2 to 2 x 4
    assertThat(codes(assessment))
        .containsExactly("NO_SESSION_ADMINISTRATOR", "RISK_HIGH", "RISK_UNDERRATED");
    assertSessionFinding(assessment, "NO_SESSION_ADMINISTRATOR", FindingLevel.WARNING);
  }

  @Test
  void assess_childrensGroupWithACoFacilitator_hasAnAdministrator() {
    // given the second member of staff is a co-facilitator
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.CO_FACILITATOR).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_adultsGroupWithoutAdministrator_doesNotWarn() {
    // given a group of adults not at risk, whose second member of staff is a volunteer
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.VOLUNTEER).build()))
            .participants(participants(2, 30))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- DISTRESS_COVER_MISSING
  // ---------------------------------------------------------------------

  @Test
  void assess_mentalHealthNeedsWithOnlyAnExternalTutorBesideTheLead_warnsDistressCoverMissing() {
    // given adults, one with mental-health needs, with a lead and an external tutor
    SessionPlan plan = mentalHealthGroup(SafePlans.staff("s2", StaffRole.EXTERNAL_TUTOR).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then, and without cover the facts raise the register's distress r3 to 3 x 3 = 9
    assertThat(findingsOf(assessment))
        .containsExactly("DISTRESS_COVER_MISSING -", "RISK_HIGH r3", "RISK_UNDERRATED r3");
    assertSessionFinding(assessment, "DISTRESS_COVER_MISSING", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_mentalHealthNeedsWithAStaffMemberWithoutRole_warnsDistressCoverMissing() {
    // given the second member of staff has no role given, so is not counted on for cover
    SessionPlan plan = mentalHealthGroup(SafePlans.staff("s2").build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(findingsOf(assessment))
        .containsExactly("DISTRESS_COVER_MISSING -", "RISK_HIGH r3", "RISK_UNDERRATED r3");
  }

  @Test
  void assess_mentalHealthNeedsWithTwoSupportStaff_passes() {
    // given the second member of staff is a volunteer
    SessionPlan plan = mentalHealthGroup(SafePlans.staff("s2", StaffRole.VOLUNTEER).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_mentalHealthNeedsWithTutorWhoAlsoCoFacilitates_passes() {
    // given the external tutor is also a co-facilitator, so can step out
    SessionPlan plan =
        mentalHealthGroup(
            SafePlans.staff("s2", StaffRole.EXTERNAL_TUTOR, StaffRole.CO_FACILITATOR).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_otherNeedsWithOnlyAnExternalTutorBesideTheLead_doesNotWarn() {
    // given adults, one with a learning disability (not mental-health needs), lead and tutor
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(lead(), SafePlans.staff("s2", StaffRole.EXTERNAL_TUTOR).build()))
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).build(),
                    SafePlans.adult("p2", 40).addNeed(Need.LEARNING_DISABILITY).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- UNACCOMPANIED_ONLINE
  // -----------------------------------------------------------------------

  @Test
  void assess_participantSupervisedOfflineButUnaccompanied_warns() {
    // given p2 would be accompanied offline but is not accompanied online
    SessionPlan plan =
        group(
            List.of(
                participant("p1", 10),
                SafePlans.child("p2", 11).supervisedOffline(true).accompanied(false).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("UNACCOMPANIED_ONLINE");
    assertFinding(assessment, "UNACCOMPANIED_ONLINE", FindingLevel.WARNING, "p2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_participantSupervisedOfflineAndAccompanied_passes() {
    // given p2 would be accompanied offline and is accompanied online
    SessionPlan plan =
        group(
            List.of(
                participant("p1", 10),
                SafePlans.child("p2", 11).supervisedOffline(true).accompanied(true).build()));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- a colleague, cover or administrator must be a checked adult -------------------------------

  @Test
  void assess_oneToOneWhoseSecondStaffMemberIs16_isUnsafeguarded() {
    // given a one-to-one with a 12-year-old, a checked lead, and a 16-year-old volunteer as
    // "colleague"
    SessionPlan plan =
        oneToOne(
            participant("p1", 12),
            lead(),
            SafePlans.staff("s2", StaffRole.VOLUNTEER).age(16).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: a 16-year-old is no colleague
    assertFinding(assessment, "ONE_TO_ONE_UNSAFEGUARDED", FindingLevel.BLOCKER, "p1");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_oneToOneWithTwoCheckedAdults_isSafeguarded() {
    // given the same one-to-one whose second staff member is an adult with a check
    SessionPlan plan =
        oneToOne(participant("p1", 12), lead(), SafePlans.staff("s2", StaffRole.HOST).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment))
        .doesNotContain("ONE_TO_ONE_UNSAFEGUARDED", "ONE_TO_ONE_NO_COLLEAGUE");
  }

  @Test
  void assess_distressCoverFromAnUncheckedSecondMember_isMissing() {
    // given adults with mental-health needs, a lead and a co-facilitator without a check
    StaffMember unchecked =
        StaffMember.builder()
            .from(SafePlans.staff("s2", StaffRole.CO_FACILITATOR).build())
            .check(Optional.empty())
            .build();

    // when
    Assessment assessment = ENGINE.assess(mentalHealthGroup(unchecked));

    // then: an unchecked person cannot be counted on to step out and phone someone
    assertSessionFinding(assessment, "DISTRESS_COVER_MISSING", FindingLevel.WARNING);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /**
   * A participant with the consent their age needs: a child's parent under 13, their own (assessed
   * as able to give it) from 13.
   */
  private static Participant participant(String id, int age) {
    return person(id, age).build();
  }

  private static Participant.Builder person(String id, int age) {
    return age < 13 ? SafePlans.child(id, age) : SafePlans.youngPerson(id, age);
  }

  private static List<Participant> participants(int count, int age) {
    List<Participant> participants = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      participants.add(participant("p" + i, age));
    }
    return participants;
  }

  private static List<Participant> atRisk(List<Participant> participants) {
    return participants.stream()
        .map(p -> Participant.builder().from(p).atRisk(true).build())
        .toList();
  }

  /** The safe group (lead s1, host s2) with these participants. */
  private static SessionPlan group(List<Participant> participants) {
    return SafePlans.childrensGroup().participants(participants).build();
  }

  private static StaffMember lead() {
    return SafePlans.staff("s1", StaffRole.LEAD).build();
  }

  /** The safe group made one-to-one with one participant, keeping notes. */
  private static SessionPlan oneToOne(Participant participant, StaffMember... staff) {
    return SafePlans.childrensGroup()
        .format(SessionFormat.ONE_TO_ONE)
        .recording(Recording.NOTES)
        .staff(List.of(staff))
        .participants(List.of(participant))
        .build();
  }

  /**
   * Adults, p2 with mental-health needs (distress in the register at 2 x 3 after mitigation, as the
   * facts give it with cover), the lead and {@code second}.
   */
  private static SessionPlan mentalHealthGroup(StaffMember second) {
    return SafePlans.childrensGroup()
        .staff(List.of(lead(), second))
        .participants(
            List.of(
                SafePlans.adult("p1", 30).build(),
                SafePlans.adult("p2", 40).addNeed(Need.MENTAL_HEALTH).build()))
        .addRisk(
            SafePlans.risk("r3", Hazard.PARTICIPANT_DISTRESS)
                .residualLikelihood(2)
                .residualSeverity(3)
                .build())
        .build();
  }

  private static SessionPlan withHostCheckIssued(LocalDate issued) {
    return SafePlans.childrensGroup()
        .staff(
            List.of(
                lead(),
                SafePlans.staff("s2", StaffRole.HOST)
                    .check(SafePlans.check(CheckScheme.DBS, CheckLevel.ENHANCED_BARRED, issued))
                    .build()))
        .build();
  }

  private static Platform broadcastPlatform() {
    return Platform.builder()
        .name("Stream")
        .accounts(AccountType.NONE)
        .addControls(
            PlatformControl.PARTICIPANT_AV_OFF,
            PlatformControl.HOST_ONLY_SCREEN_SHARE,
            PlatformControl.COMMENTS_DISABLED)
        .build();
  }
}
