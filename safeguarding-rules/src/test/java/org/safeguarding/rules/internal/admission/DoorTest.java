package org.safeguarding.rules.internal.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.object;
import static org.safeguarding.rules.testing.DefaultRulebookText.rulebookWith;
import static org.safeguarding.rules.testing.SafePlans.CHECK_ISSUED;
import static org.safeguarding.rules.testing.SafePlans.SESSION_DATE;
import static org.safeguarding.rules.testing.SafePlans.adult;
import static org.safeguarding.rules.testing.SafePlans.check;
import static org.safeguarding.rules.testing.SafePlans.child;
import static org.safeguarding.rules.testing.SafePlans.childrensGroup;
import static org.safeguarding.rules.testing.SafePlans.consent;
import static org.safeguarding.rules.testing.SafePlans.staff;
import static org.safeguarding.rules.testing.SafePlans.youngPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.AdmissionRule;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The door, code by code: each reason where it fires and just across its boundary where it does
 * not, then the verdict's contract (order of reasons, a person already present, invalid rooms and
 * ids). Every fixture starts from the safe children's group of {@link SafePlans}: s1 (LEAD) and s2
 * (HOST) with enhanced DBS checks with barred lists, p1 (10) and p2 (11) with parental consent, a
 * regular session on {@link SafePlans#SESSION_DATE}.
 */
class DoorTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final String UNKNOWN_PERSON = "ADMIT_UNKNOWN_PERSON";
  private static final String REMOVED = "ADMIT_REMOVED";
  private static final String CONSENT_MISSING = "ADMIT_CONSENT_MISSING";
  private static final String STAFF_UNCHECKED = "ADMIT_STAFF_UNCHECKED";
  private static final String SESSION_BLOCKED = "ADMIT_SESSION_BLOCKED";
  private static final String CONSENT_UNVERIFIED = "ADMIT_CONSENT_UNVERIFIED";
  private static final String AWAIT_ADULTS = "ADMIT_AWAIT_ADULTS";
  private static final String AWAIT_RATIO = "ADMIT_AWAIT_RATIO";
  private static final String IDENTITY_CHECK = "ADMIT_IDENTITY_CHECK";
  private static final String LEAD_UNAVAILABLE = "ADMIT_LEAD_UNAVAILABLE";

  // ---------------------------------------------------------------------------------------------
  // The happy path

  @Test
  void admit_leadIntoAnEmptyRoom_admitsWithoutReasons() {
    Admission admission = ENGINE.admit(childrensGroup().build(), room(), "s1");

    assertAdmission(admission, "s1", Verdict.ADMIT);
  }

  @Test
  void admit_childOnceBothCheckedAdultsArePresent_admitsWithoutReasons() {
    Admission admission = ENGINE.admit(childrensGroup().build(), room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.ADMIT);
  }

  @Test
  void rules_listEveryCodeOnceInTheOrderReasonsAreGiven() {
    assertThat(Door.rules())
        .extracting(AdmissionRule::code)
        .containsExactly(
            UNKNOWN_PERSON,
            REMOVED,
            CONSENT_MISSING,
            STAFF_UNCHECKED,
            SESSION_BLOCKED,
            CONSENT_UNVERIFIED,
            AWAIT_ADULTS,
            AWAIT_RATIO,
            IDENTITY_CHECK,
            LEAD_UNAVAILABLE);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_UNKNOWN_PERSON

  @Test
  void unknownPerson_notOnThePlan_isRefusedWithThatReasonAloneAndItsIdIsNotEchoed() {
    // Public accounts and no lead would add reasons for a participant; a stranger gets only one.
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.PERSISTENT_PUBLIC, true))
            .safeguardingLeadAvailable(false)
            .build();

    Admission admission = ENGINE.admit(plan, room("s1"), "intruder-42");

    assertAdmission(admission, "intruder-42", Verdict.REFUSE, UNKNOWN_PERSON);
    assertThat(admission.reasons().get(0).message()).doesNotContain("intruder-42");
  }

  @Test
  void unknownPerson_anIdDifferingOnlyInCase_isUnknown_whileTheExactIdIsKnown() {
    SessionPlan plan = childrensGroup().build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "P1"), "P1", Verdict.REFUSE, UNKNOWN_PERSON);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void unknownPerson_staffAndParticipantsOnThePlan_areNotUnknown() {
    SessionPlan plan = childrensGroup().safeguardingLeadAvailable(false).build();

    assertAdmission(ENGINE.admit(plan, room(), "s2"), "s2", Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p2"), "p2", Verdict.WAIT, LEAD_UNAVAILABLE);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_REMOVED

  @Test
  void removed_adultParticipantOnAPlatformWhereRemovedPeopleCannotRejoin_isRefused() {
    SessionPlan plan = childrensGroup().addParticipant(adult("a1", 30).build()).build();

    Admission admission = ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("a1")), "a1");

    assertAdmission(admission, "a1", Verdict.REFUSE, REMOVED);
  }

  @Test
  void removed_adultParticipantOnAPlatformWhereRemovedPeopleCanRejoin_isStillRefused() {
    // Removed people stay out for the rest of the session, whatever the platform allows.
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.SHORT_LIVED, false))
            .addParticipant(adult("a1", 18).build())
            .build();

    Admission admission = ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("a1")), "a1");

    assertAdmission(admission, "a1", Verdict.REFUSE, REMOVED);
    assertThat(admission.reasons().get(0).message()).contains("removed list");
  }

  @Test
  void removed_takenOffTheRemovedListByStaff_isAdmittedAgain() {
    SessionPlan plan = childrensGroup().addParticipant(adult("a1", 30).build()).build();

    assertAdmission(
        ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("a1")), "a1"),
        "a1",
        Verdict.REFUSE,
        REMOVED);
    assertAdmission(
        ENGINE.admit(plan, room(List.of("s1", "s2"), List.of()), "a1"), "a1", Verdict.ADMIT);
  }

  @Test
  void removed_childOnAPlatformWhereRemovedPeopleCanRejoin_isStillRefused() {
    SessionPlan plan =
        childrensGroup().platform(platformWith(AccountType.SHORT_LIVED, false)).build();

    Admission admission = ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("p1")), "p1");

    assertAdmission(admission, "p1", Verdict.REFUSE, REMOVED);
  }

  @Test
  void removed_seventeenAndEighteenYearOldsWithoutTheControl_areBothRefused() {
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.SHORT_LIVED, false))
            .addParticipant(youngPerson("y17", 17).build())
            .addParticipant(youngPerson("y18", 18).build())
            .build();
    RoomState room = room(List.of("s1", "s2"), List.of("y17", "y18"));

    assertAdmission(ENGINE.admit(plan, room, "y17"), "y17", Verdict.REFUSE, REMOVED);
    assertAdmission(ENGINE.admit(plan, room, "y18"), "y18", Verdict.REFUSE, REMOVED);
  }

  @Test
  void removed_adultAtRiskWithoutTheControl_isRefused() {
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.SHORT_LIVED, false))
            .addParticipant(adult("a1", 40).atRisk(true).build())
            .build();

    Admission admission = ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("a1")), "a1");

    assertAdmission(admission, "a1", Verdict.REFUSE, REMOVED);
  }

  @Test
  void removed_staffMember_isRefusedWithTheControlAndWithoutIt() {
    SessionPlan withControl = childrensGroup().build();
    SessionPlan withoutControl =
        childrensGroup().platform(platformWith(AccountType.SHORT_LIVED, false)).build();
    RoomState room = room(List.of("s1"), List.of("s2"));

    assertAdmission(ENGINE.admit(withControl, room, "s2"), "s2", Verdict.REFUSE, REMOVED);
    assertAdmission(ENGINE.admit(withoutControl, room, "s2"), "s2", Verdict.REFUSE, REMOVED);
  }

  @Test
  void removed_someoneElseRemoved_doesNotHoldBackAnotherChild() {
    Admission admission =
        ENGINE.admit(childrensGroup().build(), room(List.of("s1", "s2"), List.of("p2")), "p1");

    assertAdmission(admission, "p1", Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_CONSENT_MISSING

  @Test
  void consent_childWithNoConsentAtAll_isRefused() {
    SessionPlan plan = childrensGroup().addParticipant(bareChild("p3", 10).build()).build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p3");

    assertAdmission(admission, "p3", Verdict.REFUSE, CONSENT_MISSING);
  }

  @Test
  void consent_unverifiedParentalConsentGivenOnTheSessionDate_waits() {
    // The assessment marks the consent UNVERIFIED (a parent's consent not confirmed): the child
    // waits until someone confirms it.
    SessionPlan plan =
        childrensGroup()
            .addParticipant(
                bareChild("p3", 10)
                    .addConsent(
                        consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                            .verification(ConsentVerification.UNVERIFIED)
                            .given(SESSION_DATE)
                            .build())
                    .build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p3");

    assertAdmission(admission, "p3", Verdict.WAIT, CONSENT_UNVERIFIED);
    assertThat(admission.reasons().get(0).message())
        .contains("p3")
        .contains("not confirmed by email or in writing");
    // and it holds p3 alone
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void consent_ownConsentRecordedAsUnverified_waits() {
    // A young person's own consent is needed, and the plan records it as UNVERIFIED: nobody knows
    // they gave it, so they wait as a child whose parent's consent is unconfirmed would.
    SessionPlan plan =
        childrensGroup()
            .addParticipant(
                youngPerson("p3", 14)
                    .consents(
                        List.of(
                            consent(ConsentGiver.SELF, ConsentScope.PARTICIPATION)
                                .verification(ConsentVerification.UNVERIFIED)
                                .build()))
                    .build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p3");

    assertAdmission(admission, "p3", Verdict.WAIT, CONSENT_UNVERIFIED);
    assertThat(admission.reasons().get(0).message())
        .contains("p3")
        .contains("recorded as unverified")
        .doesNotContain("email");
  }

  @Test
  void consent_givenTheDayAfterTheSession_isMissing_andRefused() {
    SessionPlan plan =
        childrensGroup()
            .addParticipant(
                bareChild("p3", 10)
                    .addConsent(
                        consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                            .verification(ConsentVerification.UNVERIFIED)
                            .given(SESSION_DATE.plusDays(1))
                            .build())
                    .build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p3");

    assertAdmission(admission, "p3", Verdict.REFUSE, CONSENT_MISSING);
  }

  @Test
  void consent_withdrawnOnTheSessionDate_isRefused_butWithdrawnTheDayAfterIsAdmitted() {
    SessionPlan plan =
        childrensGroup()
            .addParticipant(
                bareChild("p3", 10).addConsent(parentalConsentWithdrawn(SESSION_DATE)).build())
            .addParticipant(
                bareChild("p4", 10)
                    .addConsent(parentalConsentWithdrawn(SESSION_DATE.plusDays(1)))
                    .build())
            .build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p3"), "p3", Verdict.REFUSE, CONSENT_MISSING);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p4"), "p4", Verdict.ADMIT);
  }

  @Test
  void consent_recordedSessionAndConsentNotCoveringRecording_isRefused() {
    SessionPlan plan = childrensGroup().recording(Recording.AUDIO_VISUAL).build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.REFUSE, CONSENT_MISSING);
  }

  @Test
  void consent_recordedSessionAndConsentCoveringRecording_isAdmitted() {
    SessionPlan plan =
        childrensGroup()
            .recording(Recording.AUDIO_VISUAL)
            .addParticipant(
                bareChild("p3", 10)
                    .addConsent(
                        consent(
                                ConsentGiver.PARENT_OR_CARER,
                                ConsentScope.PARTICIPATION,
                                ConsentScope.RECORDING)
                            .build())
                    .build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p3");

    assertAdmission(admission, "p3", Verdict.ADMIT);
  }

  @Test
  void consent_notesOnlyRecording_doesNotNeedConsentToRecording() {
    SessionPlan plan = childrensGroup().recording(Recording.NOTES).build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_STAFF_UNCHECKED

  @Test
  void staffUnchecked_leadWithEnhancedWithoutBarredListOnARegularChildrensSession_isRefused() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staffWithCheck("s1", CheckLevel.ENHANCED, CHECK_ISSUED, StaffRole.LEAD));

    Admission admission = ENGINE.admit(plan, room(), "s1");

    assertAdmission(admission, "s1", Verdict.REFUSE, STAFF_UNCHECKED);
    // The reason names both checks in words, as a host reads them.
    assertThat(admission.reasons().get(0).message())
        .isEqualTo(
            "s1 holds an enhanced check, but needs an enhanced check with a barred-list check for"
                + " this session: do not let them in");
  }

  @Test
  void staffUnchecked_sameLeadOnAnOccasionalChildrensSession_isAdmitted() {
    SessionPlan.Builder occasional =
        childrensGroup()
            .service(
                SafePlans.service(Jurisdiction.ENGLAND).frequency(Frequency.OCCASIONAL).build());
    SessionPlan plan =
        withStaff(
            occasional, staffWithCheck("s1", CheckLevel.ENHANCED, CHECK_ISSUED, StaffRole.LEAD));

    Admission admission = ENGINE.admit(plan, room(), "s1");

    assertAdmission(admission, "s1", Verdict.ADMIT);
  }

  @Test
  void staffUnchecked_checkIssuedOnTheSessionDate_isAdmitted() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staffWithCheck("s1", CheckLevel.ENHANCED_BARRED, SESSION_DATE, StaffRole.LEAD));

    assertAdmission(ENGINE.admit(plan, room(), "s1"), "s1", Verdict.ADMIT);
  }

  @Test
  void staffUnchecked_checkIssuedTheDayAfterTheSession_isRefused() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staffWithCheck(
                "s1", CheckLevel.ENHANCED_BARRED, SESSION_DATE.plusDays(1), StaffRole.LEAD));

    assertAdmission(ENGINE.admit(plan, room(), "s1"), "s1", Verdict.REFUSE, STAFF_UNCHECKED);
  }

  @Test
  void staffUnchecked_noCheckAtAllWithChildren_isRefused() {
    SessionPlan plan =
        withStaff(childrensGroup(), staff("s1", StaffRole.LEAD).check(Optional.empty()).build());

    assertAdmission(ENGINE.admit(plan, room(), "s1"), "s1", Verdict.REFUSE, STAFF_UNCHECKED);
  }

  @Test
  void staffUnchecked_noCheckAtAllWithoutVulnerableParticipants_isAdmitted() {
    SessionPlan plan =
        withStaff(
            childrensGroup()
                .participants(List.of(adult("a1", 30).build(), adult("a2", 45).build())),
            staff("s1", StaffRole.LEAD).check(Optional.empty()).build());

    assertAdmission(ENGINE.admit(plan, room(), "s1"), "s1", Verdict.ADMIT);
  }

  @Test
  void staffUnchecked_pvgMembershipAtBasicLevel_countsAsEnhancedWithBarredList() {
    StaffMember pvg =
        staff("s1", StaffRole.LEAD)
            .check(check(CheckScheme.PVG, CheckLevel.BASIC, CHECK_ISSUED))
            .build();
    StaffMember disclosure =
        staff("s1", StaffRole.LEAD)
            .check(check(CheckScheme.DISCLOSURE_SCOTLAND, CheckLevel.BASIC, CHECK_ISSUED))
            .build();

    // In Scotland, where both schemes apply.
    SessionPlan.Builder scottish =
        childrensGroup().service(SafePlans.service(Jurisdiction.SCOTLAND).build());
    assertAdmission(ENGINE.admit(withStaff(scottish, pvg), room(), "s1"), "s1", Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(withStaff(scottish, disclosure), room(), "s1"),
        "s1",
        Verdict.REFUSE,
        STAFF_UNCHECKED);
  }

  @Test
  void staffUnchecked_checkOfAnotherNationsScheme_isNoCheck_andTheyAreRefused() {
    // A PVG membership at the highest level, for a children's group run from England.
    StaffMember pvg =
        staff("s1", StaffRole.LEAD)
            .check(check(CheckScheme.PVG, CheckLevel.ENHANCED_BARRED, CHECK_ISSUED))
            .build();

    Admission admission = ENGINE.admit(withStaff(childrensGroup(), pvg), room(), "s1");

    assertAdmission(admission, "s1", Verdict.REFUSE, STAFF_UNCHECKED);
    assertThat(admission.reasons().get(0).message()).contains("does not apply");
  }

  @Test
  void staff_areNotHeldBackByParticipantsReasons() {
    // No lead, public accounts, a recorded session, and nobody else in the room: a checked member
    // of
    // staff still comes in, to tell the participants what is happening.
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.PERSISTENT_PUBLIC, true))
            .safeguardingLeadAvailable(false)
            .recording(Recording.AUDIO_VISUAL)
            .build();

    assertAdmission(ENGINE.admit(plan, room(), "s2"), "s2", Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_AWAIT_ADULTS

  @Test
  void awaitAdults_childWithOneCountedAdultPresent_waits() {
    Admission admission = ENGINE.admit(childrensGroup().build(), room("s1"), "p1");

    // With one child, the ratio needs 2 adults, which is no more than the wait for adults already
    // asks for, so the ratio is not told twice.
    assertAdmission(admission, "p1", Verdict.WAIT, AWAIT_ADULTS);
  }

  @Test
  void awaitAdults_childIntoAnEmptyRoom_waitsForAdultsOnly() {
    assertAdmission(
        ENGINE.admit(childrensGroup().build(), room(), "p1"), "p1", Verdict.WAIT, AWAIT_ADULTS);
  }

  @Test
  void awaitAdults_seventeenYearOldStaffMemberPresent_isNotCounted_butAnEighteenYearOldIs() {
    // s3, on the plan but not in the room, keeps the plan itself free of a shortfall.
    SessionPlan seventeen =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staff("s2", StaffRole.HOST).age(17).build(),
            staff("s3", StaffRole.CO_FACILITATOR).build());
    SessionPlan eighteen =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staff("s2", StaffRole.HOST).age(18).build(),
            staff("s3", StaffRole.CO_FACILITATOR).build());

    assertAdmission(
        ENGINE.admit(seventeen, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(ENGINE.admit(eighteen, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void awaitAdults_underCheckedStaffMemberPresent_isNotCounted() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.ENHANCED, CHECK_ISSUED, StaffRole.HOST));

    // s2's insufficient check is a blocker of the plan too, so every participant waits for it.
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED,
        AWAIT_ADULTS);
  }

  @Test
  void awaitAdults_staffMemberWhoseCheckIsDatedAfterTheSessionPresent_isNotCounted() {
    SessionPlan dayAfter =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck(
                "s2", CheckLevel.ENHANCED_BARRED, SESSION_DATE.plusDays(1), StaffRole.HOST));
    SessionPlan sameDay =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.ENHANCED_BARRED, SESSION_DATE, StaffRole.HOST));

    assertAdmission(
        ENGINE.admit(dayAfter, room("s1", "s2"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED,
        AWAIT_ADULTS);
    assertAdmission(ENGINE.admit(sameDay, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void awaitAdults_adultAtRiskWithOneCountedAdultPresent_waits() {
    SessionPlan plan =
        childrensGroup().addParticipant(adult("a1", 40).atRisk(true).build()).build();

    assertAdmission(ENGINE.admit(plan, room("s1"), "a1"), "a1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "a1"), "a1", Verdict.ADMIT);
  }

  @Test
  void awaitAdults_adultNotAtRiskWithOneCountedAdultPresent_doesNotWaitForASecond() {
    SessionPlan plan = childrensGroup().addParticipant(adult("a1", 40).build()).build();

    assertAdmission(ENGINE.admit(plan, room("s1"), "a1"), "a1", Verdict.ADMIT);
  }

  @Test
  void awaitAdults_volunteerWithABasicCheck_countsWhenSomeoneOnThePlanCanSuperviseThem() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.BASIC, CHECK_ISSUED, StaffRole.VOLUNTEER));

    assertAdmission(ENGINE.admit(plan, room(), "s2"), "s2", Verdict.ADMIT);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void awaitAdults_volunteerWithABasicCheckAndNobodyToSuperviseThem_isRefusedAndNotCounted() {
    // s1's own check is not enough for their role, and an external tutor does not supervise, so
    // nobody can supervise the volunteer, who then needs the strictest level.
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staffWithCheck("s1", CheckLevel.ENHANCED, CHECK_ISSUED, StaffRole.LEAD),
            staffWithCheck("s2", CheckLevel.BASIC, CHECK_ISSUED, StaffRole.VOLUNTEER),
            staff("s3", StaffRole.EXTERNAL_TUTOR).build());

    assertAdmission(ENGINE.admit(plan, room(), "s2"), "s2", Verdict.REFUSE, STAFF_UNCHECKED);
    assertAdmission(
        ENGINE.admit(plan, room("s2", "s3"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED,
        AWAIT_ADULTS);
  }

  @Test
  void awaitAdults_volunteersWhoseSupervisorIsNotYetInTheRoom_doNotCountAsTheTwoAdults() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.BASIC, CHECK_ISSUED, StaffRole.VOLUNTEER),
            staffWithCheck("s3", CheckLevel.BASIC, CHECK_ISSUED, StaffRole.VOLUNTEER));

    Admission waiting = ENGINE.admit(plan, room("s2", "s3"), "p1");

    assertAdmission(waiting, "p1", Verdict.WAIT, AWAIT_ADULTS);
    assertThat(waiting.reasons().get(0).message()).endsWith("and 0 are");
    // Once the lead who supervises them is in, all three count.
    assertAdmission(ENGINE.admit(plan, room("s2", "s1"), "p1"), "p1", Verdict.ADMIT);
    assertAdmission(ENGINE.admit(plan, room("s2", "s3", "s1"), "p1"), "p1", Verdict.ADMIT);
  }

  /** The bundled rulebook with three adults before any vulnerable participant, and in a group. */
  private static Rulebook threeAdultsRulebook() {
    return Rulebook.read(
        edited(
            root -> {
              object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
              object(root, "supervision").put("minimumAdults", 3).put("broadcastAdults", 3);
            }));
  }

  @Test
  void awaitAdults_followsTheRulebooksNumberOfAdults() {
    SafeguardingEngine threeAdults =
        SafeguardingEngine.builder().rulebook(threeAdultsRulebook()).build();
    SessionPlan plan =
        childrensGroup().addStaff(staff("s3", StaffRole.CO_FACILITATOR).build()).build();

    assertThat(threeAdults.rulebook().adultsPresentBeforeVulnerable()).isEqualTo(3);
    assertAdmission(
        threeAdults.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(threeAdults.admit(plan, room("s1", "s2", "s3"), "p1"), "p1", Verdict.ADMIT);
    assertThat(threeAdults.admit(plan, room("s1", "s2"), "p1").reasons().get(0).message())
        .contains("3");
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_AWAIT_RATIO

  @Test
  void awaitRatio_sixteenthTenYearOldWithTwoAdults_isAdmitted() {
    SessionPlan plan = group(10, 17);

    Admission admission =
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(15))), childId(16));

    assertAdmission(admission, childId(16), Verdict.ADMIT);
  }

  @Test
  void awaitRatio_seventeenthTenYearOldWithTwoAdults_waits() {
    SessionPlan plan = group(10, 17);

    Admission admission =
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(16))), childId(17));

    assertAdmission(admission, childId(17), Verdict.WAIT, AWAIT_RATIO);
  }

  @Test
  void awaitRatio_seventeenthTenYearOldWithThreeAdults_isAdmitted() {
    SessionPlan plan = group(10, 17);

    Admission admission =
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2", "s3"), children(16))), childId(17));

    assertAdmission(admission, childId(17), Verdict.ADMIT);
  }

  @Test
  void awaitRatio_underTwos_sixthWithTwoAdultsIsAdmitted_andSeventhWaits() {
    SessionPlan plan = group(1, 7);

    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(5))), childId(6)),
        childId(6),
        Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(6))), childId(7)),
        childId(7),
        Verdict.WAIT,
        AWAIT_RATIO);
  }

  @Test
  void awaitRatio_eachAgeBandIsRoundedUpOnItsOwn() {
    // One child in each of three bands needs three adults, although 1/3 + 1/4 + 1/6 < 1; the plan
    // has them (s3 not yet in the room).
    SessionPlan plan =
        childrensGroup()
            .addStaff(staff("s3", StaffRole.CO_FACILITATOR).build())
            .participants(
                List.of(child("b1", 1).build(), child("t3", 3).build(), child("k5", 5).build()))
            .build();

    assertAdmission(ENGINE.admit(plan, room("s1", "s2", "b1"), "t3"), "t3", Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2", "b1", "t3"), "k5"), "k5", Verdict.WAIT, AWAIT_RATIO);
  }

  @Test
  void awaitRatio_adultNotAtRiskIntoAnEmptyRoom_waitsForOneAdult_andComesInWithOne() {
    SessionPlan plan = childrensGroup().addParticipant(adult("a1", 30).build()).build();

    assertAdmission(ENGINE.admit(plan, room(), "a1"), "a1", Verdict.WAIT, AWAIT_RATIO);
    assertAdmission(ENGINE.admit(plan, room("s1"), "a1"), "a1", Verdict.ADMIT);
  }

  @Test
  void awaitRatio_isNotToldTwiceWhenTheWaitForAdultsCoversIt_butIsWhenItNeedsMore() {
    SessionPlan plan = group(10, 17);

    // One adult, 16 children with the arriving one: the ratio needs 2, which the wait already says.
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1"), children(15))), childId(16)),
        childId(16),
        Verdict.WAIT,
        AWAIT_ADULTS);
    // One adult, 17 children: the ratio needs 3, more than the 2 the wait asks for.
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1"), children(16))), childId(17)),
        childId(17),
        Verdict.WAIT,
        AWAIT_ADULTS,
        AWAIT_RATIO);
  }

  @Test
  void awaitRatio_broadcastToChildren_needsTwoAdultsWhateverTheNumber() {
    // A broadcast the children cannot post in (no chat, comments off).
    SessionPlan plan =
        SessionPlan.builder()
            .from(group(10, 17))
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(broadcastPlatform())
            .build();

    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(16))), childId(17)),
        childId(17),
        Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1"), children(16))), childId(17)),
        childId(17),
        Verdict.WAIT,
        AWAIT_ADULTS);
  }

  @Test
  void awaitRatio_broadcastInWhichChildrenCanPost_isSupervisedAsAnInteractiveSession() {
    // The same broadcast with a chat: judged interactive, 17 ten-year-olds need three adults.
    SessionPlan plan =
        SessionPlan.builder()
            .from(group(10, 17))
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.RETAINED)
            .platform(broadcastPlatform())
            .build();

    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(16))), childId(17)),
        childId(17),
        Verdict.WAIT,
        AWAIT_RATIO);
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2", "s3"), children(16))), childId(17)),
        childId(17),
        Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_SESSION_BLOCKED

  @Test
  void sessionBlocked_aMissingSafeguardingPolicy_holdsEveryParticipant_butNotStaff() {
    SessionPlan plan =
        childrensGroup()
            .service(
                SafePlans.service(Jurisdiction.ENGLAND)
                    .policies(EnumSet.complementOf(EnumSet.of(Policy.SAFEGUARDING_POLICY)))
                    .build())
            .build();

    Admission p1 = ENGINE.admit(plan, room("s1", "s2"), "p1");

    assertAdmission(p1, "p1", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(p1.reasons().get(0).message())
        .contains("POLICY_MISSING")
        .contains("keeps every participant out");
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p2"), "p2", Verdict.WAIT, SESSION_BLOCKED);
    assertAdmission(ENGINE.admit(plan, room("s1"), "s2"), "s2", Verdict.ADMIT);
  }

  @Test
  void sessionBlocked_anExtremeRisk_holdsEveryParticipant() {
    SessionPlan plan =
        childrensGroup()
            .addRisk(
                SafePlans.risk("r9", org.safeguarding.core.plan.Hazard.GROOMING)
                    .residualLikelihood(4)
                    .residualSeverity(5)
                    .build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(admission.reasons().get(0).message()).contains("RISK_EXTREME");
  }

  @Test
  void sessionBlocked_aRiskWhoseIdIsAParticipantsId_stillHoldsEveryParticipant() {
    // A risk named like a participant must not narrow its blocker to that one participant.
    SessionPlan plan =
        childrensGroup()
            .addRisk(
                SafePlans.risk("p2", org.safeguarding.core.plan.Hazard.GROOMING)
                    .residualLikelihood(4)
                    .residualSeverity(5)
                    .build())
            .build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, SESSION_BLOCKED);
  }

  @Test
  void sessionBlocked_aMemberOfStaffNotYetInTheRoomWithoutACheck_holdsEveryParticipant() {
    SessionPlan plan =
        childrensGroup()
            .addStaff(staff("s3", StaffRole.CO_FACILITATOR).check(Optional.empty()).build())
            .build();

    Admission admission = ENGINE.admit(plan, room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(admission.reasons().get(0).message()).contains("STAFF_CHECK_MISSING");
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "s3"), "s3", Verdict.REFUSE, STAFF_UNCHECKED);
  }

  @Test
  void sessionBlocked_aShortfallOnThePlan_holdsEvenTheFirstChild() {
    // The plan has one member of staff for its children: however the room fills, nobody comes in.
    SessionPlan plan = withStaff(childrensGroup(), staff("s1", StaffRole.LEAD).build());

    Admission admission = ENGINE.admit(plan, room("s1"), "p1");

    assertAdmission(admission, "p1", Verdict.WAIT, SESSION_BLOCKED, AWAIT_ADULTS);
    assertThat(admission.reasons().get(0).message()).contains("SUPERVISION_SHORTFALL");
  }

  @Test
  void sessionBlocked_aBlockerAboutAnotherParticipant_doesNotHoldThisOne() {
    SessionPlan plan = childrensGroup().addParticipant(bareChild("p3", 10).build()).build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p3"), "p3", Verdict.REFUSE, CONSENT_MISSING);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void sessionBlocked_aRuleThatFails_holdsEveryParticipant() {
    SafeguardingEngine engine =
        SafeguardingEngine.builder().addRule(new CustomBlocker("failing", null, true)).build();

    Admission admission = engine.admit(childrensGroup().build(), room("s1", "s2"), "p1");

    assertAdmission(admission, "p1", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(admission.reasons().get(0).message()).contains("RULE_FAILED");
  }

  @Test
  void sessionBlocked_aCustomBlockerAboutAParticipant_holdsEveryoneUnlessItSaysOtherwise() {
    SafeguardingEngine plain =
        SafeguardingEngine.builder()
            .addRule(new CustomBlocker("custom", RuleDescription::postponing, false))
            .build();
    SafeguardingEngine narrow =
        SafeguardingEngine.builder()
            .addRule(new CustomBlocker("custom", RuleDescription::holdingOnlyItsParticipant, false))
            .build();
    SessionPlan plan = childrensGroup().build();

    // A postponing custom blocker about p2 holds everyone, p1 included, and postpones.
    assertAdmission(plain.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(plain.assess(plan).decision()).isEqualTo(Decision.POSTPONE);
    // One that holds only its participant keeps p2 waiting and lets p1 in.
    Admission p2 = narrow.admit(plan, room("s1", "s2"), "p2");
    assertAdmission(p2, "p2", Verdict.WAIT, SESSION_BLOCKED);
    assertThat(p2.reasons().get(0).message()).contains("CUSTOM_BLOCKER").contains("about p2");
    assertAdmission(narrow.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
    assertThat(narrow.assess(plan).decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void sessionBlocked_aCustomBlockerWithNoWordOnTheDoor_holdsEveryParticipant() {
    SafeguardingEngine engine =
        SafeguardingEngine.builder().addRule(new CustomBlocker("custom", null, false)).build();

    assertAdmission(
        engine.admit(childrensGroup().build(), room("s1", "s2"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED);
  }

  @Test
  void sessionBlocked_aCustomBlockerThatHoldsOnlyItsParticipantButNamesNone_holdsEveryone() {
    // Its subject is no participant of the plan (s1, a member of staff), so it cannot be narrowed.
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .addRule(
                new CustomBlocker(
                    "custom", RuleDescription::holdingOnlyItsParticipant, false, "s1"))
            .build();

    assertAdmission(
        engine.admit(childrensGroup().build(), room("s1", "s2"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED);
  }

  @Test
  void sessionBlocked_theLeadsAbsence_hasItsOwnReasonOnly() {
    SessionPlan plan = childrensGroup().safeguardingLeadAvailable(false).build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, LEAD_UNAVAILABLE);
  }

  @Test
  void sessionBlocked_scottishRegulatedWorkWithoutPvg_refusesTheStaffMemberAndHoldsTheChildren() {
    SessionPlan plan =
        childrensGroup()
            .service(SafePlans.service(Jurisdiction.SCOTLAND).build())
            .staff(
                List.of(
                    staff("s1", StaffRole.LEAD)
                        .check(check(CheckScheme.PVG, CheckLevel.ENHANCED_BARRED, CHECK_ISSUED))
                        .build(),
                    staff("s2", StaffRole.HOST)
                        .check(
                            check(
                                CheckScheme.DISCLOSURE_SCOTLAND,
                                CheckLevel.ENHANCED_BARRED,
                                CHECK_ISSUED))
                        .build()))
            .build();

    Admission s2 = ENGINE.admit(plan, room("s1"), "s2");

    assertAdmission(s2, "s2", Verdict.REFUSE, STAFF_UNCHECKED);
    assertThat(s2.reasons().get(0).message()).contains("PVG");
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p1"),
        "p1",
        Verdict.WAIT,
        SESSION_BLOCKED,
        AWAIT_ADULTS);
  }

  @Test
  void awaitAdults_anAdultWhoLacksCapacityNotMarkedAtRisk_waitsForTwoAdults() {
    SessionPlan plan =
        childrensGroup().addParticipant(SafePlans.adultLackingCapacity("a1", 40).build()).build();

    assertAdmission(ENGINE.admit(plan, room("s1"), "a1"), "a1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "a1"), "a1", Verdict.ADMIT);
  }

  /** A custom rule reporting one BLOCKER about a subject (p2 by default), or failing. */
  private static final class CustomBlocker implements Rule {
    private final String name;
    private final RuleDescription description;
    private final boolean fails;
    private final String subject;

    CustomBlocker(
        String name,
        @org.jspecify.annotations.Nullable UnaryOperator<RuleDescription> atTheDoor,
        boolean fails) {
      this(name, atTheDoor, fails, "p2");
    }

    CustomBlocker(
        String name,
        @org.jspecify.annotations.Nullable UnaryOperator<RuleDescription> atTheDoor,
        boolean fails,
        String subject) {
      RuleDescription plain =
          RuleDescription.of(
              "CUSTOM_BLOCKER",
              org.safeguarding.core.assessment.FindingLevel.BLOCKER,
              "always",
              "nothing",
              "a source");
      this.name = name;
      this.description = atTheDoor == null ? plain : atTheDoor.apply(plain);
      this.fails = fails;
      this.subject = subject;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(description);
    }

    @Override
    public void evaluate(Evaluation evaluation) {
      if (fails) {
        throw new IllegalStateException("broken on purpose");
      }
      evaluation
          .report(description)
          .about(subject)
          .message("a custom blocker about " + subject)
          .action("act");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_IDENTITY_CHECK

  @Test
  void identityCheck_unverifiedParticipantOnPersistentPublicAccounts_waits() {
    SessionPlan plan =
        childrensGroup().platform(platformWith(AccountType.PERSISTENT_PUBLIC, true)).build();

    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, IDENTITY_CHECK);
  }

  @Test
  void identityCheck_verifiedParticipantOnPersistentPublicAccounts_isAdmitted() {
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.PERSISTENT_PUBLIC, true))
            .participants(List.of(child("p1", 10).identityVerified(true).build()))
            .build();

    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void identityCheck_unverifiedParticipantOnShortLivedAccounts_isAdmitted() {
    SessionPlan plan = childrensGroup().build();
    assertThat(plan.participants().get(0).identityVerified()).isFalse();

    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // ADMIT_LEAD_UNAVAILABLE

  @Test
  void leadUnavailable_participantWaits_evenAnAdultNotAtRisk() {
    SessionPlan plan =
        childrensGroup()
            .safeguardingLeadAvailable(false)
            .addParticipant(adult("a1", 30).build())
            .build();

    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "p1"), "p1", Verdict.WAIT, LEAD_UNAVAILABLE);
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "a1"), "a1", Verdict.WAIT, LEAD_UNAVAILABLE);
  }

  @Test
  void leadUnavailable_staffMemberIsAdmitted_andWithALeadTheParticipantIs() {
    SessionPlan noLead = childrensGroup().safeguardingLeadAvailable(false).build();
    SessionPlan lead = childrensGroup().safeguardingLeadAvailable(true).build();

    assertAdmission(ENGINE.admit(noLead, room("s2"), "s1"), "s1", Verdict.ADMIT);
    assertAdmission(ENGINE.admit(lead, room("s1", "s2"), "p1"), "p1", Verdict.ADMIT);
  }

  // ---------------------------------------------------------------------------------------------
  // Several reasons at once: the most serious verdict, reasons in the rules' order

  @Test
  void severalReasons_removedAndLeadUnavailable_refusesWithBothInOrder() {
    SessionPlan plan = childrensGroup().safeguardingLeadAvailable(false).build();

    Admission admission = ENGINE.admit(plan, room(List.of("s1", "s2"), List.of("p1")), "p1");

    assertAdmission(admission, "p1", Verdict.REFUSE, REMOVED, LEAD_UNAVAILABLE);
  }

  @Test
  void severalReasons_everyParticipantReasonAtOnce_areAllGivenInOrder() {
    // c17's parental consent is unverified and covers no recording; the service lacks its
    // safeguarding policy (a blocker about the session).
    List<Participant> participants = new ArrayList<>(group(10, 17).participants());
    participants.set(
        16,
        bareChild(childId(17), 10)
            .addConsent(
                consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                    .verification(ConsentVerification.UNVERIFIED)
                    .build())
            .build());
    SessionPlan plan =
        SessionPlan.builder()
            .from(group(10, 17))
            .participants(participants)
            .service(
                SafePlans.service(Jurisdiction.ENGLAND)
                    .policies(EnumSet.complementOf(EnumSet.of(Policy.SAFEGUARDING_POLICY)))
                    .build())
            .platform(platformWith(AccountType.PERSISTENT_PUBLIC, true))
            .safeguardingLeadAvailable(false)
            .recording(Recording.AUDIO_VISUAL)
            .build();

    Admission admission =
        ENGINE.admit(
            plan, room(withPeople(List.of("s1"), children(16)), List.of(childId(17))), childId(17));

    assertAdmission(
        admission,
        childId(17),
        Verdict.REFUSE,
        REMOVED,
        CONSENT_MISSING,
        SESSION_BLOCKED,
        CONSENT_UNVERIFIED,
        AWAIT_ADULTS,
        AWAIT_RATIO,
        IDENTITY_CHECK,
        LEAD_UNAVAILABLE);
    assertThat(admission.reasons().get(2).message()).contains("POLICY_MISSING");
  }

  @Test
  void severalReasons_onlyWaits_givesWaitWithEachInOrder() {
    SessionPlan plan =
        childrensGroup()
            .platform(platformWith(AccountType.PERSISTENT_PUBLIC, true))
            .safeguardingLeadAvailable(false)
            .build();

    Admission admission = ENGINE.admit(plan, room("s1"), "p1");

    assertAdmission(admission, "p1", Verdict.WAIT, AWAIT_ADULTS, IDENTITY_CHECK, LEAD_UNAVAILABLE);
  }

  @Test
  void severalReasons_removedAndUncheckedStaffMember_refusesWithBothInOrder() {
    SessionPlan plan =
        withStaff(
            childrensGroup().safeguardingLeadAvailable(false),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.STANDARD, CHECK_ISSUED, StaffRole.HOST));

    Admission admission = ENGINE.admit(plan, room(List.of("s1"), List.of("s2")), "s2");

    assertAdmission(admission, "s2", Verdict.REFUSE, REMOVED, STAFF_UNCHECKED);
  }

  // ---------------------------------------------------------------------------------------------
  // A person already listed as present is judged as if arriving

  @Test
  void alreadyPresent_childListedWithBothAdults_isAdmittedAsIfArriving() {
    assertAdmission(
        ENGINE.admit(childrensGroup().build(), room("s1", "s2", "p1"), "p1"), "p1", Verdict.ADMIT);
  }

  @Test
  void alreadyPresent_childListedWithOneAdult_stillWaitsForTheSecond() {
    assertAdmission(
        ENGINE.admit(childrensGroup().build(), room("s1", "p1"), "p1"),
        "p1",
        Verdict.WAIT,
        AWAIT_ADULTS);
  }

  @Test
  void alreadyPresent_isNotCountedTwiceTowardsTheRatio() {
    SessionPlan plan = group(10, 17);

    // c16 is listed among 16 children: judged as arriving, they are the 16th, not the 17th.
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(16))), childId(16)),
        childId(16),
        Verdict.ADMIT);
    // c17 listed among 17: judged as the 17th, so the ratio still holds them back.
    assertAdmission(
        ENGINE.admit(plan, room(withPeople(List.of("s1", "s2"), children(17))), childId(17)),
        childId(17),
        Verdict.WAIT,
        AWAIT_RATIO);
  }

  @Test
  void alreadyPresent_staffMemberListed_isJudgedOnTheirOwnCheck() {
    SessionPlan plan =
        withStaff(
            childrensGroup(),
            staff("s1", StaffRole.LEAD).build(),
            staffWithCheck("s2", CheckLevel.ENHANCED, CHECK_ISSUED, StaffRole.HOST));

    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "s1"), "s1", Verdict.ADMIT);
    assertAdmission(
        ENGINE.admit(plan, room("s1", "s2"), "s2"), "s2", Verdict.REFUSE, STAFF_UNCHECKED);
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid rooms and ids

  @Test
  void invalidRoom_idsNotOnThePlan_areEachNamedWithTheirPath() {
    RoomState room = room(List.of("s1", "ghost"), List.of("phantom"));

    assertThatThrownBy(() -> ENGINE.admit(childrensGroup().build(), room, "p1"))
        .isInstanceOf(InvalidPlanException.class)
        .satisfies(
            thrown ->
                assertThat(((InvalidPlanException) thrown).problems())
                    .extracting(PlanProblem::path, PlanProblem::message)
                    .containsExactly(
                        tuple("$.present[1]", "is not on the plan's staff or participants"),
                        tuple("$.removed[0]", "is not on the plan's staff or participants")));
  }

  @Test
  void invalidRoom_isRejectedEvenForAPersonWhoWouldBeRefusedAnyway() {
    RoomState room = room(List.of("ghost"), List.of());

    assertThatThrownBy(() -> ENGINE.admit(childrensGroup().build(), room, "intruder-42"))
        .isInstanceOf(InvalidPlanException.class);
  }

  @Test
  void invalidPerson_blankOrWithControlOrInvisibleCharacters_isRejected() {
    SessionPlan plan = childrensGroup().build();

    for (String id :
        List.of(
            "",
            " ",
            "\t",
            "\u00A0",
            "p\u0007",
            "p1\n",
            "p".repeat(129),
            "p\u200B1",
            "\u202Ep1",
            "\uFEFFp1",
            "p1\u2028")) {
      assertThatThrownBy(() -> ENGINE.admit(plan, room("s1", "s2"), id))
          .as("person id %s", Arrays.toString(id.codePoints().toArray()))
          .isInstanceOf(InvalidPlanException.class)
          .satisfies(
              thrown ->
                  assertThat(((InvalidPlanException) thrown).problems())
                      .extracting(PlanProblem::path)
                      .containsExactly("$.person"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One-to-one

  @Test
  void oneToOne_withAResponsibleAdultAtHome_admitsTheMenteeOnceTheMentorIsIn() {
    // The one-to-one rules ask for the mentor alone when a responsible adult is nearby at home.
    SessionPlan plan = oneToOne(true);

    assertAdmission(ENGINE.admit(plan, room(), "m1"), "m1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(ENGINE.admit(plan, room("s1"), "m1"), "m1", Verdict.ADMIT);
  }

  @Test
  void oneToOne_withNobodyAtHome_waitsForAColleague() {
    SessionPlan plan = oneToOne(false);

    Admission alone = ENGINE.admit(plan, room("s1"), "m1");

    assertAdmission(alone, "m1", Verdict.WAIT, AWAIT_ADULTS);
    assertThat(alone.reasons().get(0).message())
        .contains("2 checked adults")
        .contains("no responsible adult at their home");
    assertAdmission(ENGINE.admit(plan, room("s1", "s2"), "m1"), "m1", Verdict.ADMIT);
  }

  @Test
  void oneToOne_theGroupsAdultsAtTheDoor_doNotApply() {
    // A rulebook asking for three adults before any child in a group still lets a mentee with an
    // adult at home in with the mentor alone.
    SafeguardingEngine threeAdults =
        SafeguardingEngine.builder().rulebook(threeAdultsRulebook()).build();

    assertAdmission(threeAdults.admit(oneToOne(true), room("s1"), "m1"), "m1", Verdict.ADMIT);
  }

  @Test
  void oneToOne_colleagues_areTheRulebooks() {
    // Two colleagues besides the mentor when nobody is at home: three adults in all.
    SafeguardingEngine twoColleagues =
        SafeguardingEngine.builder()
            .rulebook(rulebookWith("\"oneToOneColleagues\": 1", "\"oneToOneColleagues\": 2"))
            .build();
    SessionPlan plan =
        oneToOneBuilder(false).addStaff(staff("s3", StaffRole.CO_FACILITATOR).build()).build();

    assertAdmission(
        twoColleagues.admit(plan, room("s1", "s2"), "m1"), "m1", Verdict.WAIT, AWAIT_ADULTS);
    assertAdmission(twoColleagues.admit(plan, room("s1", "s2", "s3"), "m1"), "m1", Verdict.ADMIT);
  }

  @Test
  void oneToOne_withTheMentorAloneOnThePlanAndNobodyAtHome_neverAdmitsTheMentee() {
    // The plan's own ONE_TO_ONE_UNSAFEGUARDED blocker is given at the door as the wait for a
    // colleague, who is not on the plan to come.
    SessionPlan plan =
        oneToOneBuilder(false).staff(List.of(staff("s1", StaffRole.LEAD).build())).build();

    Admission admission = ENGINE.admit(plan, room("s1"), "m1");

    assertAdmission(admission, "m1", Verdict.WAIT, AWAIT_ADULTS);
    assertThat(ENGINE.assess(plan).findings())
        .extracting(finding -> finding.rule())
        .contains("ONE_TO_ONE_UNSAFEGUARDED");
  }

  @Test
  void oneToOne_adultParticipantNotAtRisk_needsOnlyOneAdultWhateverTheHome() {
    SessionPlan plan =
        oneToOneBuilder(false).participants(List.of(adult("m1", 30).build())).build();

    assertAdmission(ENGINE.admit(plan, room("s1"), "m1"), "m1", Verdict.ADMIT);
  }

  private static SessionPlan oneToOne(boolean adultAtHome) {
    return oneToOneBuilder(adultAtHome).build();
  }

  /** A one-to-one with a 14-year-old, m1, a mentor s1 and a colleague s2 who may join. */
  private static SessionPlan.Builder oneToOneBuilder(boolean adultAtHome) {
    return childrensGroup()
        .format(SessionFormat.ONE_TO_ONE)
        .participants(List.of(youngPerson("m1", 14).responsibleAdultAtHome(adultAtHome).build()));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static void assertAdmission(
      Admission admission, String person, Verdict verdict, String... codes) {
    assertThat(admission.person()).as("person").isEqualTo(person);
    assertThat(admission.reasons())
        .as("reasons of %s: %s", person, admission.reasons())
        .extracting(AdmissionReason::rule)
        .containsExactly(codes);
    assertThat(admission.verdict())
        .as("verdict of %s: %s", person, admission.reasons())
        .isEqualTo(verdict);
    for (AdmissionReason reason : admission.reasons()) {
      assertThat(reason.sources()).as("sources of %s", reason.rule()).isNotEmpty();
      assertThat(reason.message()).as("message of %s", reason.rule()).isNotBlank();
    }
  }

  private static RoomState room(String... present) {
    return RoomState.builder().addPresent(present).build();
  }

  private static RoomState room(List<String> present) {
    return RoomState.builder().present(present).build();
  }

  private static RoomState room(List<String> present, List<String> removed) {
    return RoomState.builder().present(present).removed(removed).build();
  }

  private static List<String> withPeople(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  /** The safe group with its staff replaced. */
  private static SessionPlan withStaff(SessionPlan.Builder plan, StaffMember... staff) {
    return plan.staff(List.of(staff)).build();
  }

  private static StaffMember staffWithCheck(
      String id, CheckLevel level, LocalDate issued, StaffRole... roles) {
    return staff(id, roles).check(check(CheckScheme.DBS, level, issued)).build();
  }

  /** A child with no consent at all. */
  private static Participant.Builder bareChild(String id, int age) {
    return child(id, age).consents(List.of());
  }

  private static Consent parentalConsentWithdrawn(LocalDate withdrawn) {
    return consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
        .withdrawn(withdrawn)
        .build();
  }

  private static Platform platformWith(AccountType accounts, boolean removedCannotRejoin) {
    Platform safe = SafePlans.interactivePlatform().build();
    Set<PlatformControl> controls = EnumSet.copyOf(safe.controls());
    if (!removedCannotRejoin) {
      controls.remove(PlatformControl.REMOVED_CANNOT_REJOIN);
    }
    return Platform.builder().from(safe).accounts(accounts).controls(controls).build();
  }

  /**
   * The safe group with {@code count} children of one age, c01, c02 and so on, instead of p1 and
   * p2, and as many co-facilitators (s3, s4, ...) besides s1 and s2 as the plan needs for them, so
   * that the plan itself is free of a shortfall and the door alone is tried.
   */
  private static SessionPlan group(int age, int count) {
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      participants.add(child(childId(i), age).build());
    }
    SessionPlan.Builder plan = childrensGroup().participants(participants);
    Rulebook rulebook = Rulebook.ukDefault();
    int needed = RequiredAdults.of(SessionFacts.of(plan.build(), rulebook), rulebook);
    for (int extra = 3; extra <= needed; extra++) {
      plan.addStaff(staff("s" + extra, StaffRole.CO_FACILITATOR).build());
    }
    return plan.build();
  }

  /** A broadcast platform with no sign-in, cameras off, host-only sharing and comments off. */
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

  private static String childId(int number) {
    return String.format("c%02d", number);
  }

  /** The ids of the first {@code count} children of {@link #group}. */
  private static List<String> children(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(childId(i));
    }
    return ids;
  }
}
