package org.safeguarding.rules.internal.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
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
import static org.safeguarding.rules.testing.DefaultRulebookText.ukDefaultText;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

class IncidentResponseTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Twenty minutes into the fixture session, which runs 18:00Z to 19:00Z on 4 December 2026. */
  private static final Instant AT = Instant.parse("2026-12-04T18:20:00Z");

  private static final String ROLE = StaffRole.SAFEGUARDING_LEAD.name();

  /** The actions the handler owns. */
  private static final Set<ResponseAction> HANDLER_ACTIONS =
      EnumSet.of(
          EMERGENCY_SERVICES,
          INFORM_SAFEGUARDING_LEAD,
          PHONE_PARTICIPANT,
          CONTACT_AFTER_SESSION,
          FOLLOW_UP_NEXT_DAY,
          RECORD_INCIDENT,
          REPORT_TO_PLATFORM);

  /** The actions the safeguarding lead owns. */
  private static final Set<ResponseAction> LEAD_ACTIONS =
      EnumSet.of(LOCAL_AUTHORITY_REFERRAL, REVIEW_PLATFORM_CONTROLS, REVIEW_RISK_REGISTER);

  // --- the seed 000 procedure -------------------------------------------------------------------

  @Test
  void respond_seed000_distressedParticipantRemoved_isPhonedFollowedUpRecordedAndReviewed() {
    Incident incident =
        incident(IncidentKind.DISTRESS).participant("p1").removed(true).handledBy("s2").build();

    ResponsePlan response = ENGINE.respond(SafePlans.childrensGroup().build(), incident);

    assertThat(response.incident()).isEqualTo("i1");
    // Sorted by due instant: recording (+24h, 18:20 on the 5th) comes before the follow-up (the
    // end of the 5th).
    assertThat(response.actions())
        .extracting(IncidentResponseTest::row)
        .containsExactly(
            tuple(INFORM_SAFEGUARDING_LEAD, "s2", OwnerType.STAFF, AT),
            tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF, at("2026-12-04T18:35:00Z")),
            tuple(RECORD_INCIDENT, "s2", OwnerType.STAFF, at("2026-12-05T18:20:00Z")),
            tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF, at("2026-12-05T23:59:59Z")),
            tuple(REVIEW_RISK_REGISTER, ROLE, OwnerType.ROLE, at("2026-12-11T18:20:00Z")));
  }

  @Test
  void respond_seed000_withRiskToLife_putsEmergencyServicesFirst() {
    Incident incident =
        incident(IncidentKind.DISTRESS)
            .participant("p1")
            .removed(true)
            .riskToLife(true)
            .handledBy("s2")
            .build();

    ResponsePlan response = ENGINE.respond(SafePlans.childrensGroup().build(), incident);

    assertThat(response.actions())
        .extracting(IncidentResponseTest::row)
        .containsExactly(
            tuple(EMERGENCY_SERVICES, "s2", OwnerType.STAFF, AT),
            tuple(INFORM_SAFEGUARDING_LEAD, "s2", OwnerType.STAFF, AT),
            tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF, at("2026-12-04T18:35:00Z")),
            tuple(RECORD_INCIDENT, "s2", OwnerType.STAFF, at("2026-12-05T18:20:00Z")),
            tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF, at("2026-12-05T23:59:59Z")),
            tuple(REVIEW_RISK_REGISTER, ROLE, OwnerType.ROLE, at("2026-12-11T18:20:00Z")));
  }

  @Test
  void respond_seed000_messagesNameTheParticipantAndIncidentById_andCiteTheGuide() {
    Incident incident =
        incident(IncidentKind.DISTRESS).participant("p1").removed(true).handledBy("s2").build();

    ResponsePlan response = ENGINE.respond(SafePlans.childrensGroup().build(), incident);

    assertThat(action(response, PHONE_PARTICIPANT).message()).contains("p1");
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).message()).contains("p1");
    assertThat(action(response, RECORD_INCIDENT).message()).contains("i1").contains("p1");
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).message()).contains("i1");
    assertThat(action(response, PHONE_PARTICIPANT).sources()).contains("000_3dddd593c964c21c.txt");
    assertThat(response.actions()).allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
  }

  // --- which actions ----------------------------------------------------------------------------

  @Test
  void respond_riskToLife_callsEmergencyServicesAtTheIncident() {
    ResponsePlan response = respond(incident(IncidentKind.OTHER).riskToLife(true));

    assertThat(action(response, EMERGENCY_SERVICES).due()).isEqualTo(AT);
    assertThat(action(response, EMERGENCY_SERVICES).message()).contains("999");
  }

  @Test
  void respond_noRiskToLife_doesNotCallEmergencyServices() {
    assertThat(actions(respond(incident(IncidentKind.OTHER).riskToLife(false))))
        .doesNotContain(EMERGENCY_SERVICES);
  }

  @ParameterizedTest
  @EnumSource(IncidentKind.class)
  void respond_everyKind_informsTheLeadRecordsAndReviewsTheRegister(IncidentKind kind) {
    ResponsePlan withoutParticipant = respond(incident(kind));
    ResponsePlan withParticipant = respond(incident(kind).participant("p2"));

    for (ResponsePlan response : List.of(withoutParticipant, withParticipant)) {
      assertThat(actions(response))
          .contains(INFORM_SAFEGUARDING_LEAD, RECORD_INCIDENT, REVIEW_RISK_REGISTER);
      assertThat(action(response, INFORM_SAFEGUARDING_LEAD).due()).isEqualTo(AT);
      assertThat(action(response, RECORD_INCIDENT).due()).isEqualTo(AT.plus(Duration.ofHours(24)));
    }
  }

  @Test
  void respond_participantRemoved_phonesThemAndDoesNotContactAfterSession() {
    ResponsePlan response = respond(incident(IncidentKind.OTHER).participant("p1").removed(true));

    assertThat(actions(response)).contains(PHONE_PARTICIPANT).doesNotContain(CONTACT_AFTER_SESSION);
    assertThat(action(response, PHONE_PARTICIPANT).due()).isEqualTo(at("2026-12-04T18:35:00Z"));
  }

  @Test
  void respond_participantNotRemoved_contactsThemAfterSessionAndDoesNotPhone() {
    ResponsePlan response = respond(incident(IncidentKind.OTHER).participant("p1").removed(false));

    assertThat(actions(response)).contains(CONTACT_AFTER_SESSION).doesNotContain(PHONE_PARTICIPANT);
    assertThat(action(response, CONTACT_AFTER_SESSION).message()).contains("p1");
  }

  @Test
  void respond_noParticipant_neitherPhonesNorContactsNorFollowsUp() {
    ResponsePlan response = respond(incident(IncidentKind.DISTRESS));

    assertThat(actions(response))
        .doesNotContain(PHONE_PARTICIPANT, CONTACT_AFTER_SESSION, FOLLOW_UP_NEXT_DAY)
        .containsExactly(INFORM_SAFEGUARDING_LEAD, RECORD_INCIDENT, REVIEW_RISK_REGISTER);
  }

  @Test
  void respond_distressedParticipant_isFollowedUpNextDay() {
    assertThat(actions(respond(incident(IncidentKind.DISTRESS).participant("p1"))))
        .contains(FOLLOW_UP_NEXT_DAY);
  }

  @Test
  void respond_inappropriateBehaviourWithoutRemoval_isNotFollowedUpNextDay() {
    assertThat(actions(respond(incident(IncidentKind.INAPPROPRIATE_BEHAVIOUR).participant("p1"))))
        .contains(CONTACT_AFTER_SESSION)
        .doesNotContain(FOLLOW_UP_NEXT_DAY);
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureOrSuspectedAbuse_isReferredToTheLocalAuthorityWithin24Hours(
      IncidentKind kind) {
    ResponsePlan response = respond(incident(kind).participant("p1"));

    PlannedAction referral = action(response, LOCAL_AUTHORITY_REFERRAL);
    assertThat(referral.due()).isEqualTo(at("2026-12-05T18:20:00Z"));
    assertThat(referral.message()).contains("i1").contains("p1").doesNotContain("find its contact");
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void respond_otherKinds_areNotReferred(IncidentKind kind) {
    assertThat(actions(respond(incident(kind).participant("p1"))))
        .doesNotContain(LOCAL_AUTHORITY_REFERRAL);
  }

  @Test
  void respond_referralWithoutAKnownLocalAuthorityContact_saysToFindItFirst() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .service(
                SafePlans.service(Jurisdiction.ENGLAND).localAuthorityContactKnown(false).build())
            .build();

    ResponsePlan response = ENGINE.respond(plan, incident(IncidentKind.DISCLOSURE).build());

    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).message())
        .contains("find its contact first");
  }

  @Test
  void respond_hijack_reportsToThePlatformAndReviewsItsControls() {
    ResponsePlan response = respond(incident(IncidentKind.HIJACK));

    assertThat(actions(response)).contains(REPORT_TO_PLATFORM, REVIEW_PLATFORM_CONTROLS);
    assertThat(action(response, REPORT_TO_PLATFORM).due()).isEqualTo(at("2026-12-05T18:20:00Z"));
    assertThat(action(response, REVIEW_PLATFORM_CONTROLS).due())
        .isEqualTo(at("2026-12-05T18:20:00Z"));
  }

  @ParameterizedTest
  @EnumSource(value = IncidentKind.class, names = "HIJACK", mode = EnumSource.Mode.EXCLUDE)
  void respond_otherKinds_doNotInvolveThePlatform(IncidentKind kind) {
    assertThat(actions(respond(incident(kind))))
        .doesNotContain(REPORT_TO_PLATFORM, REVIEW_PLATFORM_CONTROLS);
  }

  // --- owners -----------------------------------------------------------------------------------

  @Test
  void owners_handledBy_ownsTheHandlersActions() {
    ResponsePlan response = respond(hijackWithEverything().handledBy("s2"));

    assertOwners(response, "s2", OwnerType.STAFF, ROLE, OwnerType.ROLE);
  }

  @Test
  void owners_noHandler_theFirstLeadOwnsTheHandlersActions() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s2", StaffRole.HOST).build(),
                    SafePlans.staff("s3", StaffRole.LEAD).build(),
                    SafePlans.staff("s4", StaffRole.LEAD).build()))
            .build();

    ResponsePlan response = ENGINE.respond(plan, hijackWithEverything().build());

    assertOwners(response, "s3", OwnerType.STAFF, ROLE, OwnerType.ROLE);
  }

  @Test
  void owners_noHandlerNoLead_theSafeguardingLeadOnTheStaffOwnsEverything() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s2", StaffRole.HOST).build(),
                    SafePlans.staff("s3", StaffRole.CO_FACILITATOR, StaffRole.SAFEGUARDING_LEAD)
                        .build(),
                    SafePlans.staff("s4", StaffRole.SAFEGUARDING_LEAD).build()))
            .build();

    ResponsePlan response = ENGINE.respond(plan, hijackWithEverything().build());

    assertOwners(response, "s3", OwnerType.STAFF, "s3", OwnerType.STAFF);
  }

  @Test
  void owners_noHandlerNoLeadNoSafeguardingLead_theRoleOwnsEverything() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s2", StaffRole.HOST).build(),
                    SafePlans.staff("s3", StaffRole.CO_FACILITATOR).build()))
            .build();

    ResponsePlan response = ENGINE.respond(plan, hijackWithEverything().build());

    assertOwners(response, ROLE, OwnerType.ROLE, ROLE, OwnerType.ROLE);
  }

  @Test
  void owners_safeguardingLeadOnTheStaff_ownsTheReferralAndReviews_handlerTheRest() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();

    ResponsePlan disclosure =
        ENGINE.respond(
            plan, incident(IncidentKind.DISCLOSURE).participant("p1").handledBy("s2").build());
    ResponsePlan hijack = ENGINE.respond(plan, hijackWithEverything().handledBy("s2").build());

    assertThat(disclosure.actions())
        .extracting(PlannedAction::action, PlannedAction::owner, PlannedAction::ownerType)
        .contains(
            tuple(LOCAL_AUTHORITY_REFERRAL, "s3", OwnerType.STAFF),
            tuple(REVIEW_RISK_REGISTER, "s3", OwnerType.STAFF),
            tuple(RECORD_INCIDENT, "s2", OwnerType.STAFF));
    assertOwners(hijack, "s2", OwnerType.STAFF, "s3", OwnerType.STAFF);
  }

  @Test
  void owners_noHandler_leadBeatsSafeguardingLeadListedBeforeIt() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build(),
                    SafePlans.staff("s1", StaffRole.LEAD).build()))
            .build();

    ResponsePlan response = ENGINE.respond(plan, hijackWithEverything().build());

    assertOwners(response, "s1", OwnerType.STAFF, "s3", OwnerType.STAFF);
  }

  @Test
  void owners_handledByTheSafeguardingLead_ownsBothKinds() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();

    ResponsePlan response = ENGINE.respond(plan, hijackWithEverything().handledBy("s3").build());

    assertOwners(response, "s3", OwnerType.STAFF, "s3", OwnerType.STAFF);
  }

  @Test
  void informLead_whenTheHandlerIsTheSafeguardingLead_tellsThemToTakeCharge() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();

    ResponsePlan byLead =
        ENGINE.respond(plan, incident(IncidentKind.OTHER).handledBy("s3").build());
    ResponsePlan byHost =
        ENGINE.respond(plan, incident(IncidentKind.OTHER).handledBy("s2").build());

    assertThat(action(byLead, INFORM_SAFEGUARDING_LEAD).message())
        .isEqualTo("Take charge of incident i1 now, as the safeguarding lead");
    assertThat(action(byHost, INFORM_SAFEGUARDING_LEAD).message())
        .isEqualTo("Tell the safeguarding lead about incident i1 now");
  }

  @Test
  void owners_safeguardingLeadThePlanSaysIsUnavailable_leavesTheirActionsToTheRole() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .safeguardingLeadAvailable(false)
            .build();

    ResponsePlan disclosure =
        ENGINE.respond(
            plan, incident(IncidentKind.DISCLOSURE).participant("p1").handledBy("s2").build());

    assertThat(disclosure.actions())
        .extracting(PlannedAction::action, PlannedAction::owner, PlannedAction::ownerType)
        .contains(
            tuple(LOCAL_AUTHORITY_REFERRAL, ROLE, OwnerType.ROLE),
            tuple(REVIEW_RISK_REGISTER, ROLE, OwnerType.ROLE),
            tuple(RECORD_INCIDENT, "s2", OwnerType.STAFF));
  }

  // --- who phones and follows up ----------------------------------------------------------------

  @Test
  void owners_handlerIsStaff_phonesAndFollowsUpThemself() {
    ResponsePlan response =
        respond(incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("s2"));

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF));
  }

  @Test
  void owners_handlerUnder18OrUnchecked_theLeadPhones() {
    // given: s2, who handled it, is 17 in one plan and has no check in the other
    SessionPlan young =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.HOST).age(17).build()))
            .build();
    SessionPlan unchecked =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).build(),
                    SafePlans.staff("s2", StaffRole.HOST).check(Optional.empty()).build()))
            .build();
    Incident removal =
        incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("s2").build();

    // then the calls go to the lead, a checked adult; s2 keeps what they saw to record
    for (SessionPlan plan : List.of(young, unchecked)) {
      ResponsePlan response = ENGINE.respond(plan, removal);
      assertThat(callers(response))
          .containsExactly(
              tuple(PHONE_PARTICIPANT, "s1", OwnerType.STAFF),
              tuple(FOLLOW_UP_NEXT_DAY, "s1", OwnerType.STAFF));
      assertThat(action(response, RECORD_INCIDENT).owner()).isEqualTo("s2");
    }
  }

  @Test
  void owners_noStaffMemberCanCall_theSafeguardingLeadRolePhones_withoutLeavingASession() {
    // given: the only staff are an external tutor who handled it and a 17-year-old lead
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("s1", StaffRole.LEAD).age(17).build(),
                    SafePlans.staff("t1", StaffRole.EXTERNAL_TUTOR).build()))
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("t1").build());

    PlannedAction phone = action(response, PHONE_PARTICIPANT);
    assertThat(phone.ownerType()).isEqualTo(OwnerType.ROLE);
    assertThat(phone.message()).startsWith("Phone p1").doesNotContain("Leave the session");
  }

  @Test
  void owners_handlerIsAnExternalTutor_theLeadPhones_theTutorKeepsTheRest() {
    // given: seed 000's session, where the tutor comes from outside the organisation
    SessionPlan plan = recoveryCollege().build();

    // when
    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.DISTRESS)
                .participant("p1")
                .removed(true)
                .riskToLife(true)
                .handledBy("t1")
                .build());

    // then
    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s1", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s1", OwnerType.STAFF));
    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::owner)
        .contains(
            tuple(EMERGENCY_SERVICES, "t1"),
            tuple(INFORM_SAFEGUARDING_LEAD, "t1"),
            tuple(RECORD_INCIDENT, "t1"));
  }

  @Test
  void owners_handlerIsOnlyAVolunteer_theLeadContacts() {
    SessionPlan plan =
        recoveryCollege().addStaff(SafePlans.staff("v2", StaffRole.VOLUNTEER).build()).build();

    ResponsePlan response =
        ENGINE.respond(
            plan, incident(IncidentKind.DISTRESS).participant("p1").handledBy("v2").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(CONTACT_AFTER_SESSION, "s1", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s1", OwnerType.STAFF));
  }

  @Test
  void owners_handlerIsAVolunteerCoFacilitator_phonesThemself() {
    // given: v1 volunteers, but co-facilitates too: not only a volunteer
    SessionPlan plan = recoveryCollege().build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("v1").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "v1", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "v1", OwnerType.STAFF));
  }

  @Test
  void owners_handlerWithNoRole_isNotCountedOn_theLeadPhones() {
    SessionPlan plan = recoveryCollege().addStaff(SafePlans.staff("x1").build()).build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("x1").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s1", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s1", OwnerType.STAFF));
    assertThat(action(response, RECORD_INCIDENT).owner()).isEqualTo("x1");
  }

  @Test
  void owners_leadWhoIsAnExternalTutor_isPassedOverForTheNextLead() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("t1", StaffRole.LEAD, StaffRole.EXTERNAL_TUTOR).build(),
                    SafePlans.staff("v1", StaffRole.VOLUNTEER).build(),
                    SafePlans.staff("s5", StaffRole.LEAD).build()))
            .build();

    ResponsePlan byVolunteer =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("v1").build());
    ResponsePlan byNobodyNamed =
        ENGINE.respond(plan, incident(IncidentKind.OTHER).participant("p1").removed(true).build());

    assertThat(callers(byVolunteer))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s5", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s5", OwnerType.STAFF));
    // With nobody named, the first lead handles it, but is a tutor: the next lead phones.
    assertThat(action(byNobodyNamed, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("t1");
    assertThat(action(byNobodyNamed, PHONE_PARTICIPANT).owner()).isEqualTo("s5");
  }

  @Test
  void owners_noLeadOnThePlan_theSafeguardingLeadPhones() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("t1", StaffRole.EXTERNAL_TUTOR).build(),
                    SafePlans.staff("s3", StaffRole.HOST, StaffRole.SAFEGUARDING_LEAD).build()))
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("t1").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s3", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s3", OwnerType.STAFF));
  }

  @Test
  void owners_noLeadAndTheSafeguardingLeadUnavailable_theRolePhones() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    SafePlans.staff("t1", StaffRole.EXTERNAL_TUTOR).build(),
                    SafePlans.staff("s3", StaffRole.HOST, StaffRole.SAFEGUARDING_LEAD).build()))
            .safeguardingLeadAvailable(false)
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.OTHER).participant("p1").removed(true).handledBy("t1").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, ROLE, OwnerType.ROLE),
            tuple(FOLLOW_UP_NEXT_DAY, ROLE, OwnerType.ROLE));
  }

  @ParameterizedTest
  @EnumSource(IncidentKind.class)
  void respond_everyRemoval_isFollowedUpNextDayByWhoeverPhoned(IncidentKind kind) {
    SessionPlan plan = recoveryCollege().build();

    ResponsePlan response =
        ENGINE.respond(
            plan, incident(kind).participant("p1").removed(true).handledBy("t1").build());

    PlannedAction phone = action(response, PHONE_PARTICIPANT);
    PlannedAction followUp = action(response, FOLLOW_UP_NEXT_DAY);
    assertThat(followUp.due()).isEqualTo(at("2026-12-05T23:59:59Z"));
    assertThat(followUp.message()).contains("p1");
    assertThat(tuple(followUp.owner(), followUp.ownerType()))
        .isEqualTo(tuple(phone.owner(), phone.ownerType()));
  }

  // --- after a disclosure or suspected abuse about a child --------------------------------------

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureAboutChild_leadDecidesContact(IncidentKind kind) {
    // given: s3 is the safeguarding lead; p12 is 12 and was not removed
    SessionPlan plan =
        withSafeguardingLead().addParticipants(SafePlans.child("p12", 12).build()).build();

    // when
    ResponsePlan response =
        ENGINE.respond(plan, incident(kind).participant("p12").handledBy("s2").build());

    // then
    PlannedAction contact = action(response, CONTACT_AFTER_SESSION);
    assertThat(tuple(contact.owner(), contact.ownerType())).isEqualTo(tuple("s3", OwnerType.STAFF));
    assertThat(contact.due()).isEqualTo(at("2026-12-04T19:00:00Z"));
    assertThat(contact.message())
        .isEqualTo(
            "Decide, as the safeguarding lead, whether and how p12 and their family are contacted"
                + " after the session, by whom, and record why: telling them of the concern may"
                + " put the child at risk or jeopardise a police investigation. Nobody else contacts the family about it");
    assertThat(contact.sources())
        .containsExactly(
            "000_3dddd593c964c21c.txt",
            "Wales Safeguarding Procedures",
            "Working Together to Safeguard Children 2023");
    assertThat(actions(response)).doesNotContain(PHONE_PARTICIPANT, FOLLOW_UP_NEXT_DAY);
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureAboutRemovedChild_leadDecidesThePhoneCallAndTheFollowUp(
      IncidentKind kind) {
    SessionPlan plan =
        withSafeguardingLead().addParticipants(SafePlans.child("p12", 12).build()).build();

    ResponsePlan response =
        ENGINE.respond(
            plan, incident(kind).participant("p12").removed(true).handledBy("s2").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s3", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s3", OwnerType.STAFF));
    assertThat(action(response, PHONE_PARTICIPANT).due()).isEqualTo(at("2026-12-04T18:35:00Z"));
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2026-12-05T23:59:59Z"));
    assertThat(action(response, PHONE_PARTICIPANT).message())
        .startsWith("Decide, as the safeguarding lead, whether and how p12 and their family are")
        .contains("contacted about their removal")
        .doesNotContain("Leave the session and phone");
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).message())
        .contains("checked on the next day")
        .contains("jeopardise a police investigation");
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).sources())
        .contains("Wales Safeguarding Procedures", "Working Together to Safeguard Children 2023");
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureAboutChildOfUnknownAge_leadDecidesContact(IncidentKind kind) {
    SessionPlan plan =
        withSafeguardingLead()
            .addParticipants(Participant.builder().id("pu").registered(true).build())
            .build();

    ResponsePlan response =
        ENGINE.respond(plan, incident(kind).participant("pu").handledBy("s2").build());
    ResponsePlan removed =
        ENGINE.respond(
            plan, incident(kind).participant("pu").removed(true).handledBy("s2").build());

    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s3", OwnerType.STAFF));
    assertThat(callers(removed))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s3", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s3", OwnerType.STAFF));
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureAboutSomeoneNotOnThePlan_isJudgedAboutAChild_leadDecidesContact(
      IncidentKind kind) {
    ResponsePlan response =
        ENGINE.respond(
            withSafeguardingLead().build(),
            incident(kind).participant("p9").removed(true).handledBy("s2").build());
    ResponsePlan notRemoved =
        ENGINE.respond(
            withSafeguardingLead().build(),
            incident(kind).participant("p9").handledBy("s2").build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s3", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s3", OwnerType.STAFF));
    assertThat(action(response, PHONE_PARTICIPANT).message()).contains("p9 and their family");
    assertThat(response.notes()).singleElement(STRING).contains("judged as a child");
    assertThat(callers(notRemoved))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s3", OwnerType.STAFF));
  }

  @Test
  void respond_disclosureAboutChild_whenTheLeadIsUnavailable_theRoleDecides() {
    SessionPlan plan = withSafeguardingLead().safeguardingLeadAvailable(false).build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.DISCLOSURE)
                .participant("p1")
                .removed(true)
                .handledBy("s2")
                .build());

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, ROLE, OwnerType.ROLE),
            tuple(FOLLOW_UP_NEXT_DAY, ROLE, OwnerType.ROLE));
  }

  @Test
  void respond_disclosureAboutAChildOf17_leadDecides_butOneOf18IsContactedAsUsual() {
    SessionPlan plan =
        withSafeguardingLead()
            .addParticipants(
                SafePlans.youngPerson("p17", 17).build(), SafePlans.adult("a18", 18).build())
            .build();

    ResponsePlan about17 =
        ENGINE.respond(
            plan, incident(IncidentKind.DISCLOSURE).participant("p17").handledBy("s2").build());
    ResponsePlan about18 =
        ENGINE.respond(
            plan, incident(IncidentKind.DISCLOSURE).participant("a18").handledBy("s2").build());

    assertThat(action(about17, CONTACT_AFTER_SESSION).owner()).isEqualTo("s3");
    assertThat(action(about18, CONTACT_AFTER_SESSION).owner()).isEqualTo("s2");
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"})
  void respond_disclosureAboutAnAdultOf30_isContactedByTheHandlerAsUsual(IncidentKind kind) {
    // given: an adult, and an adult at risk, both 30
    SessionPlan plan =
        withSafeguardingLead()
            .addParticipants(
                SafePlans.adult("a30", 30).build(), SafePlans.adult("r30", 30).atRisk(true).build())
            .build();

    for (String adult : List.of("a30", "r30")) {
      // when
      ResponsePlan notRemoved =
          ENGINE.respond(plan, incident(kind).participant(adult).handledBy("s2").build());
      ResponsePlan removed =
          ENGINE.respond(
              plan, incident(kind).participant(adult).removed(true).handledBy("s2").build());

      // then
      assertThat(callers(notRemoved))
          .as(adult)
          .containsExactly(tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF));
      assertThat(action(notRemoved, CONTACT_AFTER_SESSION).message())
          .startsWith("Contact " + adult + " straight after the session");
      assertThat(action(notRemoved, CONTACT_AFTER_SESSION).sources())
          .containsExactly("000_3dddd593c964c21c.txt");
      assertThat(callers(removed))
          .as(adult)
          .containsExactly(
              tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF),
              tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {"DISCLOSURE", "ABUSE_SUSPECTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void respond_otherKindsAboutAChild_areContactedByTheHandlerAsUsual(IncidentKind kind) {
    ResponsePlan response =
        ENGINE.respond(
            withSafeguardingLead().build(),
            incident(kind).participant("p1").removed(true).handledBy("s2").build());

    assertThat(callers(response))
        .contains(tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF))
        .contains(tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF));
    assertThat(action(response, PHONE_PARTICIPANT).message()).startsWith("Leave the session");
    assertThat(action(response, PHONE_PARTICIPANT).sources())
        .containsExactly("000_3dddd593c964c21c.txt");
  }

  @Test
  void respond_disclosure_citesNspccForTellingTheLeadAndRecording_otherKindsDoNot() {
    String nspcc = "NSPCC Learning, \"Recognising and responding to abuse\"";

    ResponsePlan disclosure = respond(incident(IncidentKind.DISCLOSURE).participant("p1"));
    ResponsePlan distress = respond(incident(IncidentKind.DISTRESS).participant("p1"));

    assertThat(action(disclosure, INFORM_SAFEGUARDING_LEAD).sources()).contains(nspcc);
    assertThat(action(disclosure, RECORD_INCIDENT).sources()).contains(nspcc);
    assertThat(action(disclosure, RECORD_INCIDENT).message())
        .isEqualTo(
            "Record incident i1 about p1, with what was seen or said, in the organisation's"
                + " incident records");
    assertThat(distress.actions()).allSatisfy(a -> assertThat(a.sources()).doesNotContain(nspcc));
    assertThat(action(distress, RECORD_INCIDENT).message())
        .isEqualTo("Record incident i1 about p1 in the organisation's incident records");
  }

  // --- after a hijack seen by vulnerable participants -------------------------------------------

  @Test
  void respond_hijackWithChildren_contactsEveryParticipantAndTheirParentsOnce() {
    // given: the fixture's children, p1 and p2; nobody in particular named
    ResponsePlan response = respond(incident(IncidentKind.HIJACK).handledBy("s2"));

    // then
    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF));
    PlannedAction contact = action(response, CONTACT_AFTER_SESSION);
    assertThat(contact.due()).isEqualTo(at("2026-12-04T19:00:00Z"));
    assertThat(contact.message())
        .isEqualTo(
            "Contact every participant, and the parents or carers of the children, straight after"
                + " the session about what they may have seen or heard in incident i1, and offer"
                + " support");
    assertThat(contact.sources()).containsExactly("000_3dddd593c964c21c.txt");
  }

  @Test
  void respond_hijackWithAnAdultAtRisk_contactsEveryParticipant() {
    SessionPlan plan =
        adultsGroup().addParticipants(SafePlans.adult("a3", 50).atRisk(true).build()).build();

    ResponsePlan response =
        ENGINE.respond(plan, incident(IncidentKind.HIJACK).handledBy("s2").build());

    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .startsWith("Contact every participant straight after the session")
        .doesNotContain("parents");
  }

  @Test
  void respond_hijackWithAnAdultWhoLacksCapacity_contactsEveryParticipantThoughAtRiskIsUnticked() {
    SessionPlan plan =
        adultsGroup()
            .addParticipants(
                SafePlans.adult("a3", 50).capacity(Capacity.LACKS_CAPACITY).atRisk(false).build())
            .build();

    ResponsePlan response =
        ENGINE.respond(plan, incident(IncidentKind.HIJACK).handledBy("s2").build());

    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF));
    assertThat(action(response, CONTACT_AFTER_SESSION).message()).contains("every participant");
  }

  @Test
  void respond_hijackWithNoVulnerableParticipants_contactsNobody() {
    ResponsePlan response =
        ENGINE.respond(
            adultsGroup().build(), incident(IncidentKind.HIJACK).handledBy("s2").build());

    assertThat(actions(response))
        .doesNotContain(CONTACT_AFTER_SESSION, PHONE_PARTICIPANT, FOLLOW_UP_NEXT_DAY)
        .contains(REPORT_TO_PLATFORM, REVIEW_PLATFORM_CONTROLS);
  }

  @Test
  void respond_hijackWithNoVulnerableParticipants_aboutOneAdult_contactsThatAdultAlone() {
    ResponsePlan response =
        ENGINE.respond(
            adultsGroup().build(),
            incident(IncidentKind.HIJACK).participant("a1").handledBy("s2").build());

    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .isEqualTo("Contact a1 straight after the session about the concern, and offer support");
  }

  @Test
  void respond_hijackAboutAChildNotRemoved_coversThemInTheOneContact() {
    ResponsePlan response =
        respond(incident(IncidentKind.HIJACK).participant("p1").handledBy("s2"));

    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF));
    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .startsWith("Contact every participant, and the parents or carers of the children,")
        .contains("in incident i1 (p1 among them), and offer support");
  }

  @Test
  void respond_hijackAboutARemovedChild_phonesThemAndContactsEveryoneElse() {
    ResponsePlan response =
        respond(incident(IncidentKind.HIJACK).participant("p1").removed(true).handledBy("s2"));

    assertThat(callers(response))
        .containsExactly(
            tuple(PHONE_PARTICIPANT, "s2", OwnerType.STAFF),
            tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s2", OwnerType.STAFF));
    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .contains("every participant")
        .doesNotContain("among them");
  }

  @Test
  void respond_hijackNamingSomeoneNotOnThePlan_takesThemForTheIntruder_andCallsOnlyThePlan() {
    // given: adults only; the hijack names p9, whom the plan does not hold, as removed
    ResponsePlan response =
        ENGINE.respond(
            adultsGroup().build(),
            incident(IncidentKind.HIJACK).participant("p9").removed(true).handledBy("s2").build());

    // then: nobody phones or follows up the intruder; everyone on the plan is contacted
    assertThat(actions(response)).doesNotContain(PHONE_PARTICIPANT, FOLLOW_UP_NEXT_DAY);
    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .startsWith("Contact every participant straight after the session")
        .doesNotContain("p9")
        .doesNotContain("parents or carers");
    assertThat(action(response, REPORT_TO_PLATFORM).message())
        .endsWith(", naming p9 as the intruder");
    assertThat(response.notes())
        .containsExactly(
            "p9 is not one of the plan's participants: in a hijack they are taken to be the"
                + " intruder, so nobody calls them; the contact after the session reaches everyone"
                + " on the plan");
  }

  @Test
  void respond_hijackNamingSomeoneNotOnThePlan_amongChildren_stillReachesTheirParents() {
    ResponsePlan response =
        respond(incident(IncidentKind.HIJACK).participant("p9").handledBy("s2"));

    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF));
    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .contains("every participant, and the parents or carers of the children,")
        .doesNotContain("p9");
  }

  @Test
  void respond_hijackHandledByAnExternalTutor_theLeadContactsEveryone() {
    ResponsePlan response =
        ENGINE.respond(
            recoveryCollege().build(), incident(IncidentKind.HIJACK).handledBy("t1").build());

    assertThat(callers(response))
        .containsExactly(tuple(CONTACT_AFTER_SESSION, "s1", OwnerType.STAFF));
    assertThat(action(response, REPORT_TO_PLATFORM).owner()).isEqualTo("t1");
  }

  @Test
  void respond_hijackOfAVeryLargeSession_keepsTheContactShort() {
    // given: ten thousand children
    SessionPlan.Builder plan = SafePlans.childrensGroup().participants(List.of());
    for (int i = 0; i < 10_000; i++) {
      plan.addParticipants(Participant.builder().id("c" + i).age(10).build());
    }

    ResponsePlan response =
        ENGINE.respond(
            plan.build(), incident(IncidentKind.HIJACK).participant("c42").handledBy("s2").build());

    String message = action(response, CONTACT_AFTER_SESSION).message();
    assertThat(message).hasSizeLessThan(300).contains("c42").doesNotContain("c9999");
    assertThat(actions(response)).doesNotHaveDuplicates();
  }

  // --- deadlines --------------------------------------------------------------------------------

  @Test
  void deadline_contactAfterSession_isTheSessionEnd() {
    ResponsePlan response = respond(incident(IncidentKind.OTHER).participant("p1"));

    assertThat(action(response, CONTACT_AFTER_SESSION).due()).isEqualTo(at("2026-12-04T19:00:00Z"));
  }

  @Test
  void deadline_contactAfterSession_forAnIncidentBeforeTheStart_isStillTheSessionEnd() {
    ResponsePlan response =
        respond(
            incident(IncidentKind.OTHER).participant("p1").occurredAt(at("2026-12-04T17:50:00Z")));

    assertThat(action(response, CONTACT_AFTER_SESSION).due()).isEqualTo(at("2026-12-04T19:00:00Z"));
  }

  @Test
  void deadline_contactAfterSession_forAnIncidentAfterTheEnd_isTheIncident() {
    Instant late = at("2026-12-04T19:30:00Z");

    ResponsePlan response =
        respond(incident(IncidentKind.OTHER).participant("p1").occurredAt(late));

    assertThat(action(response, CONTACT_AFTER_SESSION).due()).isEqualTo(late);
  }

  @Test
  void deadline_contactAfterSession_followsTheSessionDuration() {
    SessionPlan plan = SafePlans.childrensGroup().durationMinutes(90).build();

    ResponsePlan response =
        ENGINE.respond(plan, incident(IncidentKind.OTHER).participant("p1").build());

    assertThat(action(response, CONTACT_AFTER_SESSION).due()).isEqualTo(at("2026-12-04T19:30:00Z"));
  }

  @Test
  void clockChange_britishSummerTime2027_startsOn28March() {
    ZoneOffsetTransition transition = LONDON.getRules().nextTransition(at("2027-01-01T00:00:00Z"));

    assertThat(transition.getInstant()).isEqualTo(at("2027-03-28T01:00:00Z"));
    assertThat(transition.isGap()).isTrue();
  }

  @Test
  void deadline_followUp_acrossTheSpringClockChange_isTheEndOfTheNextLocalDay() {
    Instant occurred = at("2027-03-27T12:00:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.DISTRESS).participant("p1"));

    // 23:59:59 BST on 28 March 2027 is 22:59:59Z.
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2027-03-28T22:59:59Z"));
  }

  @Test
  void deadline_followUp_acrossTheAutumnClockChange_isTheEndOfTheNextLocalDay() {
    Instant occurred = at("2026-10-24T12:00:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.DISTRESS).participant("p1"));

    // 23:59:59 GMT on 25 October 2026, the day the clocks go back.
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2026-10-25T23:59:59Z"));
  }

  @Test
  void deadline_followUp_forAnIncidentAt2330InWinter_isTheEndOfTheNextDay() {
    Instant occurred = at("2026-12-04T23:30:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.DISTRESS).participant("p1"));

    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2026-12-05T23:59:59Z"));
  }

  @Test
  void deadline_followUp_forAnIncidentAt2330BritishSummerTime_countsFromTheLocalDate() {
    // 23:30 BST on 10 June is 22:30Z, still the 10th in UTC too.
    Instant occurred = at("2027-06-10T22:30:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.DISTRESS).participant("p1"));

    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2027-06-11T22:59:59Z"));
  }

  @Test
  void deadline_followUp_forAnIncidentAfterLocalMidnightButBeforeUtcMidnight_usesTheLocalDate() {
    // 00:30 BST on 11 June is 23:30Z on the 10th: London's date, the 11th, is the one that counts.
    Instant occurred = at("2027-06-10T23:30:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.DISTRESS).participant("p1"));

    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2027-06-12T22:59:59Z"));
  }

  @Test
  void deadline_reviewRiskRegister_countsCalendarDaysAcrossTheSpringClockChange() {
    // 12:00 GMT on 25 March 2027; seven days later it is 12:00 BST, 11:00Z (not 168 hours).
    Instant occurred = at("2027-03-25T12:00:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.OTHER));

    Instant due = action(response, REVIEW_RISK_REGISTER).due();
    assertThat(due).isEqualTo(at("2027-04-01T11:00:00Z"));
    assertThat(Duration.between(occurred, due)).isEqualTo(Duration.ofHours(7 * 24 - 1));
    assertThat(due.atZone(LONDON).toLocalTime()).isEqualTo(occurred.atZone(LONDON).toLocalTime());
  }

  @Test
  void deadline_reviewRiskRegister_countsCalendarDaysAcrossTheAutumnClockChange() {
    // 13:00 BST on 20 October 2026; seven days later it is 13:00 GMT, 13:00Z (169 hours).
    Instant occurred = at("2026-10-20T12:00:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.OTHER));

    assertThat(action(response, REVIEW_RISK_REGISTER).due()).isEqualTo(at("2026-10-27T13:00:00Z"));
  }

  @Test
  void deadline_recordIncident_isExactly24HoursAcrossTheClockChange() {
    Instant occurred = at("2027-03-27T12:00:00Z");

    ResponsePlan response = respondOn(occurred, incident(IncidentKind.OTHER));

    assertThat(action(response, RECORD_INCIDENT).due()).isEqualTo(at("2027-03-28T12:00:00Z"));
  }

  @Test
  void deadline_customRulebook_phoneWithinFiveMinutes_changesTheDueInstant() {
    String text = ukDefaultText();
    String original = "\"PHONE_PARTICIPANT\": {\"from\": \"INCIDENT\", \"within\": \"PT15M\"}";
    assertThat(text).contains(original);
    Rulebook rulebook =
        Rulebook.read(
            text.replace(
                original, "\"PHONE_PARTICIPANT\": {\"from\": \"INCIDENT\", \"within\": \"PT5M\"}"));
    SafeguardingEngine engine = SafeguardingEngine.builder().rulebook(rulebook).build();
    Incident incident =
        incident(IncidentKind.DISTRESS).participant("p1").removed(true).handledBy("s2").build();

    ResponsePlan custom = engine.respond(SafePlans.childrensGroup().build(), incident);
    ResponsePlan standard = ENGINE.respond(SafePlans.childrensGroup().build(), incident);

    assertThat(action(custom, PHONE_PARTICIPANT).due()).isEqualTo(at("2026-12-04T18:25:00Z"));
    assertThat(action(standard, PHONE_PARTICIPANT).due()).isEqualTo(at("2026-12-04T18:35:00Z"));
    assertThat(custom.actions())
        .filteredOn(a -> a.action() != PHONE_PARTICIPANT)
        .containsExactlyElementsOf(
            standard.actions().stream().filter(a -> a.action() != PHONE_PARTICIPANT).toList());
  }

  @Test
  void deadline_customRulebook_timeZone_decidesWhatTheNextDayIs() {
    Rulebook rulebook =
        Rulebook.read(
            ukDefaultText()
                .replace("\"timeZone\": \"Europe/London\"", "\"timeZone\": \"America/New_York\""));
    assertThat(rulebook.timeZone().getId()).isEqualTo("America/New_York");
    SafeguardingEngine engine = SafeguardingEngine.builder().rulebook(rulebook).build();

    ResponsePlan response =
        engine.respond(
            SafePlans.childrensGroup().build(),
            incident(IncidentKind.DISTRESS).participant("p1").build());

    // 18:20Z is 13:20 EST on 4 December; the end of the 5th in New York is 04:59:59Z on the 6th.
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).due()).isEqualTo(at("2026-12-06T04:59:59Z"));
  }

  @Test
  void deadline_customRulebook_contactWithinHalfAnHourOfTheEnd() {
    String text = ukDefaultText();
    String original =
        "\"CONTACT_AFTER_SESSION\": {\"from\": \"SESSION_END\", \"within\": \"PT0S\"}";
    assertThat(text).contains(original);
    Rulebook rulebook =
        Rulebook.read(
            text.replace(
                original,
                "\"CONTACT_AFTER_SESSION\": {\"from\": \"SESSION_END\", \"within\": \"PT30M\"}"));

    SafeguardingEngine engine = SafeguardingEngine.builder().rulebook(rulebook).build();

    ResponsePlan during =
        engine.respond(
            SafePlans.childrensGroup().build(),
            incident(IncidentKind.OTHER).participant("p1").build());
    ResponsePlan afterTheEnd =
        engine.respond(
            SafePlans.childrensGroup().build(),
            incident(IncidentKind.OTHER)
                .participant("p1")
                .occurredAt(at("2026-12-04T19:45:00Z"))
                .build());

    assertThat(action(during, CONTACT_AFTER_SESSION).due()).isEqualTo(at("2026-12-04T19:30:00Z"));
    // Counted from the incident, as it is later than the end: not clamped from 19:30.
    assertThat(action(afterTheEnd, CONTACT_AFTER_SESSION).due())
        .isEqualTo(at("2026-12-04T20:15:00Z"));
  }

  // --- ordering ---------------------------------------------------------------------------------

  @Test
  void order_isByDueThenByAction() {
    ResponsePlan response = respond(hijackWithEverything());

    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::due)
        .containsExactly(
            tuple(EMERGENCY_SERVICES, AT),
            tuple(INFORM_SAFEGUARDING_LEAD, AT),
            tuple(CONTACT_AFTER_SESSION, at("2026-12-04T19:00:00Z")),
            tuple(RECORD_INCIDENT, at("2026-12-05T18:20:00Z")),
            tuple(REPORT_TO_PLATFORM, at("2026-12-05T18:20:00Z")),
            tuple(REVIEW_PLATFORM_CONTROLS, at("2026-12-05T18:20:00Z")),
            tuple(REVIEW_RISK_REGISTER, at("2026-12-11T18:20:00Z")));
  }

  @Test
  void order_recordBeforeReferral_whenDueTogether() {
    ResponsePlan response = respond(incident(IncidentKind.ABUSE_SUSPECTED).participant("p2"));

    assertThat(actions(response))
        .containsExactly(
            INFORM_SAFEGUARDING_LEAD,
            CONTACT_AFTER_SESSION,
            RECORD_INCIDENT,
            LOCAL_AUTHORITY_REFERRAL,
            REVIEW_RISK_REGISTER);
  }

  @Test
  void order_contactDueAtTheIncident_comesAfterEmergencyAndInform() {
    ResponsePlan response =
        respond(
            incident(IncidentKind.OTHER)
                .participant("p1")
                .riskToLife(true)
                .occurredAt(at("2026-12-04T19:45:00Z")));

    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::due)
        .startsWith(
            tuple(EMERGENCY_SERVICES, at("2026-12-04T19:45:00Z")),
            tuple(INFORM_SAFEGUARDING_LEAD, at("2026-12-04T19:45:00Z")),
            tuple(CONTACT_AFTER_SESSION, at("2026-12-04T19:45:00Z")));
  }

  @Test
  void order_customRulebook_phoneDueAfterRecording_isListedAfterIt() {
    String text = ukDefaultText();
    String original = "\"PHONE_PARTICIPANT\": {\"from\": \"INCIDENT\", \"within\": \"PT15M\"}";
    Rulebook rulebook =
        Rulebook.read(
            text.replace(
                original,
                "\"PHONE_PARTICIPANT\": {\"from\": \"INCIDENT\", \"within\": \"PT48H\"}"));

    ResponsePlan response =
        SafeguardingEngine.builder()
            .rulebook(rulebook)
            .build()
            .respond(
                SafePlans.childrensGroup().build(),
                incident(IncidentKind.OTHER).participant("p1").removed(true).build());

    assertThat(actions(response))
        .containsExactly(
            INFORM_SAFEGUARDING_LEAD,
            RECORD_INCIDENT,
            FOLLOW_UP_NEXT_DAY,
            PHONE_PARTICIPANT,
            REVIEW_RISK_REGISTER);
  }

  @Test
  void order_everyCombination_isSortedUniqueNeverBeforeTheIncidentAndAcceptedByTheResponsePlan() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();
    List<Instant> times =
        List.of(
            at("2026-12-04T17:00:00Z"),
            AT,
            at("2026-12-04T19:00:00Z"),
            at("2026-12-04T23:59:59Z"),
            at("2027-03-27T23:30:00Z"),
            at("2027-03-28T00:30:00Z"),
            at("2027-10-30T23:30:00Z"));
    int checked = 0;
    for (IncidentKind kind : IncidentKind.values()) {
      for (String participant : new String[] {null, "p1"}) {
        for (boolean removed : new boolean[] {false, true}) {
          if (removed && participant == null) {
            continue;
          }
          for (boolean riskToLife : new boolean[] {false, true}) {
            for (String handler : new String[] {null, "s2", "s3"}) {
              for (Instant time : times) {
                Incident.Builder builder =
                    incident(kind).removed(removed).riskToLife(riskToLife).occurredAt(time);
                if (participant != null) {
                  builder.participant(participant);
                }
                if (handler != null) {
                  builder.handledBy(handler);
                }
                ResponsePlan response = ENGINE.respond(plan, builder.build());

                assertThat(response.actions()).isSortedAccordingTo(ResponsePlan.ORDER);
                assertThat(actions(response)).doesNotHaveDuplicates();
                assertThat(response.actions())
                    .allSatisfy(a -> assertThat(a.due()).isAfterOrEqualTo(time));
                assertThat(response.actions().get(0).action())
                    .isEqualTo(riskToLife ? EMERGENCY_SERVICES : INFORM_SAFEGUARDING_LEAD);
                assertThat(ResponsePlan.builder().from(response).build()).isEqualTo(response);
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(6 * 3 * 2 * 3 * times.size());
  }

  // --- ids not on the plan ----------------------------------------------------------------------

  @Test
  void respond_unknownParticipant_getsEveryActionAndANote() {
    // given: a sibling who walked into the camera, whom the plan does not hold
    Incident incident = incident(IncidentKind.OTHER).participant("p9").handledBy("s2").build();

    // when
    ResponsePlan response = ENGINE.respond(SafePlans.childrensGroup().build(), incident);

    // then
    assertThat(response.actions())
        .extracting(IncidentResponseTest::row)
        .containsExactly(
            tuple(INFORM_SAFEGUARDING_LEAD, "s2", OwnerType.STAFF, AT),
            tuple(CONTACT_AFTER_SESSION, "s2", OwnerType.STAFF, at("2026-12-04T19:00:00Z")),
            tuple(RECORD_INCIDENT, "s2", OwnerType.STAFF, at("2026-12-05T18:20:00Z")),
            tuple(REVIEW_RISK_REGISTER, ROLE, OwnerType.ROLE, at("2026-12-11T18:20:00Z")));
    assertThat(action(response, CONTACT_AFTER_SESSION).message()).contains("p9");
    assertThat(response.notes())
        .containsExactly(
            "p9 is not one of the plan's participants: they are judged as a child of unknown age");
  }

  @Test
  void respond_childRemoved_theCallReachesTheirParent_andKeepsTheAdultsWithTheGroup() {
    ResponsePlan response =
        respond(incident(IncidentKind.DISTRESS).participant("p1").removed(true).handledBy("s2"));

    assertThat(action(response, PHONE_PARTICIPANT).message())
        .isEqualTo(
            "Leave the session and phone p1's parent or carer (and p1 with them): explain why p1"
                + " was removed, offer support and reassurance, and refer to crisis support or 999"
                + " as needed; while you are out, keep the counted adults the session needs with"
                + " the group, or pause the session until you are back");
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).message())
        .isEqualTo("Check on p1 again the next day, with p1's parent or carer (and p1 with them)");
  }

  @Test
  void respond_childNotRemoved_isContactedThroughTheirParent() {
    ResponsePlan response =
        respond(incident(IncidentKind.INAPPROPRIATE_BEHAVIOUR).participant("p2").handledBy("s1"));

    assertThat(action(response, CONTACT_AFTER_SESSION).message())
        .startsWith("Contact p2's parent or carer (and p2 with them) straight after the session");
  }

  @Test
  void respond_adultRemoved_isPhonedThemself() {
    ResponsePlan response =
        ENGINE.respond(
            adultsGroup().build(),
            incident(IncidentKind.DISTRESS)
                .participant("a1")
                .removed(true)
                .handledBy("s2")
                .build());

    assertThat(action(response, PHONE_PARTICIPANT).message())
        .startsWith("Leave the session and phone a1: explain why a1 was removed")
        .doesNotContain("parent");
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).message())
        .isEqualTo("Check on a1 again the next day");
  }

  @Test
  void respond_adultLackingCapacityRemoved_reachesWhoeverSupportsThemToo() {
    SessionPlan plan =
        adultsGroup()
            .addParticipants(
                SafePlans.adult("a3", 25).atRisk(true).capacity(Capacity.LACKS_CAPACITY).build())
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.DISTRESS)
                .participant("a3")
                .removed(true)
                .handledBy("s1")
                .build());

    assertThat(action(response, PHONE_PARTICIPANT).message())
        .startsWith("Leave the session and phone a3 and whoever supports them:");
  }

  @Test
  void respond_theRoleCalls_isNotToldToLeaveTheSession() {
    // given: nobody on the plan's staff can call, so the safeguarding lead's role does
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(SafePlans.staff("t1", StaffRole.EXTERNAL_TUTOR).build()))
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.DISTRESS)
                .participant("p1")
                .removed(true)
                .handledBy("t1")
                .build());

    assertThat(action(response, PHONE_PARTICIPANT).ownerType()).isEqualTo(OwnerType.ROLE);
    assertThat(action(response, PHONE_PARTICIPANT).message())
        .startsWith("Phone p1's parent or carer")
        .doesNotContain("while you are out");
  }

  @Test
  void respond_referralAboutAChild_citesTheGuidanceOnChildren() {
    ResponsePlan response = respond(incident(IncidentKind.DISCLOSURE).participant("p1"));

    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).sources())
        .containsExactly(
            Sources.PLATFORM_QUESTIONS_GUIDE,
            Sources.WORKING_TOGETHER_2023,
            Sources.WALES_SAFEGUARDING_PROCEDURES);
  }

  @Test
  void respond_referralAboutAnAdult_citesTheCareAct() {
    ResponsePlan response =
        ENGINE.respond(
            adultsGroup().build(),
            incident(IncidentKind.ABUSE_SUSPECTED).participant("a1").build());

    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).sources())
        .containsExactly(Sources.PLATFORM_QUESTIONS_GUIDE, Sources.CARE_ACT_2014);
  }

  @Test
  void respond_referralAboutNobodyNamed_citesWhatFitsTheParticipants() {
    SessionPlan mixed =
        SafePlans.childrensGroup().addParticipants(SafePlans.adult("a1", 30).build()).build();

    ResponsePlan children = respond(incident(IncidentKind.DISCLOSURE));
    ResponsePlan both = ENGINE.respond(mixed, incident(IncidentKind.DISCLOSURE).build());

    assertThat(action(children, LOCAL_AUTHORITY_REFERRAL).sources())
        .doesNotContain(Sources.CARE_ACT_2014)
        .contains(Sources.WORKING_TOGETHER_2023);
    assertThat(action(both, LOCAL_AUTHORITY_REFERRAL).sources())
        .contains(Sources.WORKING_TOGETHER_2023, Sources.CARE_ACT_2014);
  }

  @Test
  void respond_unknownParticipantRemoved_isPhonedAndFollowedUp() {
    ResponsePlan response =
        respond(incident(IncidentKind.DISTRESS).participant("p9").removed(true).handledBy("s2"));

    assertThat(actions(response))
        .containsExactly(
            INFORM_SAFEGUARDING_LEAD,
            PHONE_PARTICIPANT,
            RECORD_INCIDENT,
            FOLLOW_UP_NEXT_DAY,
            REVIEW_RISK_REGISTER);
    assertThat(action(response, PHONE_PARTICIPANT).message()).contains("phone p9");
    assertThat(response.notes()).singleElement(STRING).startsWith("p9 is not one of the plan's");
  }

  @Test
  void respond_aboutAMemberOfStaff_contactsNobodyAsAParticipant_andNotesTheAllegation() {
    // given: a disclosure about s2, the host, who is also the one who handled it
    ResponsePlan response =
        respond(incident(IncidentKind.DISCLOSURE).participant("s2").handledBy("s2"));

    // then: s2 owns nothing; the lead s1 takes the immediate actions; the referral is an allegation
    assertThat(response.actions()).extracting(PlannedAction::owner).doesNotContain("s2");
    assertThat(actions(response))
        .doesNotContain(PHONE_PARTICIPANT, CONTACT_AFTER_SESSION, FOLLOW_UP_NEXT_DAY);
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("s1");
    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).message())
        .startsWith(
            "Refer incident i1 about s2, a member of staff, to the local authority as an"
                + " allegation");
    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).sources())
        .contains(Sources.WORKING_TOGETHER_2023)
        .doesNotContain(Sources.CARE_ACT_2014);
    assertThat(response.notes())
        .containsExactly(
            "s2 is one of the plan's staff, not a participant: the incident is a concern about a"
                + " member of staff, which the safeguarding lead deals with under the"
                + " organisation's procedure for allegations against staff; nobody contacts them"
                + " as a participant, and they own none of the actions",
            "s2 handled the incident, but it is about them: the immediate actions go to s1");
  }

  @Test
  void respond_aboutTheSafeguardingLead_givesTheirPartToTheRole() {
    // given: s3, the plan's safeguarding lead, is who a suspicion of abuse is about
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan, incident(IncidentKind.ABUSE_SUSPECTED).participant("s3").handledBy("s1").build());

    assertThat(response.actions()).extracting(PlannedAction::owner).doesNotContain("s3");
    assertThat(action(response, LOCAL_AUTHORITY_REFERRAL).ownerType()).isEqualTo(OwnerType.ROLE);
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("s1");
    assertThat(response.notes())
        .contains(
            "s3 is the plan's safeguarding lead and the incident is about them: their part goes"
                + " to whoever covers the role");
  }

  @Test
  void respond_aboutTheSessionsLead_whoHandledIt_givesTheImmediateActionsToTheSafeguardingLead() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.INAPPROPRIATE_BEHAVIOUR)
                .participant("s1")
                .handledBy("s1")
                .build());

    assertThat(response.actions()).extracting(PlannedAction::owner).doesNotContain("s1");
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).message())
        .isEqualTo("Take charge of incident i1 now, as the safeguarding lead");
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("s3");
  }

  @Test
  void respond_unknownHandler_keepsTheImmediateActions_laterOnesGoToTheSafeguardingLead() {
    // given: cover staff c1, not on the plan, removed p1 with a life at risk; s3 is the lead
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .build();
    Incident incident =
        incident(IncidentKind.INAPPROPRIATE_BEHAVIOUR)
            .participant("p1")
            .removed(true)
            .riskToLife(true)
            .handledBy("c1")
            .build();

    // when
    ResponsePlan response = ENGINE.respond(plan, incident);

    // then
    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::owner, PlannedAction::ownerType)
        .containsExactly(
            tuple(EMERGENCY_SERVICES, "c1", OwnerType.NOT_ON_PLAN),
            tuple(INFORM_SAFEGUARDING_LEAD, "c1", OwnerType.NOT_ON_PLAN),
            tuple(PHONE_PARTICIPANT, "s3", OwnerType.STAFF),
            tuple(RECORD_INCIDENT, "s3", OwnerType.STAFF),
            tuple(FOLLOW_UP_NEXT_DAY, "s3", OwnerType.STAFF),
            tuple(REVIEW_RISK_REGISTER, "s3", OwnerType.STAFF));
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).message())
        .isEqualTo("Tell the safeguarding lead about incident i1 now");
    assertThat(response.notes())
        .containsExactly(
            "c1 is not on the plan's staff: they keep the immediate actions, and the later ones go"
                + " to the safeguarding lead");
  }

  @Test
  void respond_unknownHandlerOfAHijack_leavesTheReportToThePlatformToTheSafeguardingLead() {
    ResponsePlan response = respond(incident(IncidentKind.HIJACK).handledBy("c1"));

    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::owner, PlannedAction::ownerType)
        .contains(
            tuple(INFORM_SAFEGUARDING_LEAD, "c1", OwnerType.NOT_ON_PLAN),
            tuple(RECORD_INCIDENT, ROLE, OwnerType.ROLE),
            tuple(REPORT_TO_PLATFORM, ROLE, OwnerType.ROLE),
            tuple(REVIEW_PLATFORM_CONTROLS, ROLE, OwnerType.ROLE));
  }

  @Test
  void respond_unknownHandlerWhenTheLeadIsUnavailable_leavesTheLaterActionsToTheRole() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build())
            .safeguardingLeadAvailable(false)
            .build();

    ResponsePlan response =
        ENGINE.respond(
            plan, incident(IncidentKind.OTHER).participant("p1").handledBy("c1").build());

    assertThat(response.actions())
        .extracting(PlannedAction::action, PlannedAction::owner, PlannedAction::ownerType)
        .containsExactly(
            tuple(INFORM_SAFEGUARDING_LEAD, "c1", OwnerType.NOT_ON_PLAN),
            tuple(CONTACT_AFTER_SESSION, ROLE, OwnerType.ROLE),
            tuple(RECORD_INCIDENT, ROLE, OwnerType.ROLE),
            tuple(REVIEW_RISK_REGISTER, ROLE, OwnerType.ROLE));
  }

  @Test
  void respond_participantAsHandler_isPassedOver_forTheSessionsLead() {
    // given: the incident says p1, a child in the session, handled it
    ResponsePlan response =
        respond(incident(IncidentKind.OTHER).participant("p2").removed(true).handledBy("p1"));

    assertThat(response.actions()).extracting(PlannedAction::owner).doesNotContain("p1");
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("s1");
    assertThat(action(response, PHONE_PARTICIPANT).owner()).isEqualTo("s1");
    assertThat(response.notes())
        .containsExactly(
            "p1 is one of the plan's participants, not its staff: the immediate actions go to s1");
  }

  @Test
  void respond_participantAsHandler_withNoLead_isPassedOverForTheRole() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .staff(List.of(SafePlans.staff("s2", StaffRole.HOST).build()))
            .build();

    ResponsePlan response =
        ENGINE.respond(plan, incident(IncidentKind.OTHER).handledBy("p1").build());

    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).ownerType()).isEqualTo(OwnerType.ROLE);
    assertThat(response.notes())
        .containsExactly(
            "p1 is one of the plan's participants, not its staff: the immediate actions go to"
                + " SAFEGUARDING_LEAD (the role)");
  }

  @Test
  void respond_unknownParticipantAndHandler_noteBothInThatOrder() {
    ResponsePlan response =
        respond(incident(IncidentKind.OTHER).participant("p9").removed(true).handledBy("c1"));

    assertThat(response.notes())
        .containsExactly(
            "p9 is not one of the plan's participants: they are judged as a child of unknown age",
            "c1 is not on the plan's staff: they keep the immediate actions, and the later ones go"
                + " to the safeguarding lead");
    assertThat(action(response, INFORM_SAFEGUARDING_LEAD).owner()).isEqualTo("c1");
    assertThat(action(response, PHONE_PARTICIPANT).owner()).isEqualTo(ROLE);
    assertThat(action(response, FOLLOW_UP_NEXT_DAY).owner()).isEqualTo(ROLE);
  }

  @Test
  void validation_removedWithoutParticipant_isRefusedBeforeTheEngineSeesIt() {
    Incident.Builder removal = incident(IncidentKind.INAPPROPRIATE_BEHAVIOUR).removed(true);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, removal::build);

    assertThat(e).as("an InvalidPlanException").isNotNull();
    assertThat(e.problems()).extracting(PlanProblem::path).containsExactly("$.participant");
    assertThat(e.problems().get(0).message()).startsWith("is required when removed is true: ");
  }

  @Test
  void respond_idsOnThePlan_haveNoNotes() {
    ResponsePlan response =
        respond(incident(IncidentKind.DISTRESS).participant("p2").removed(true).handledBy("s1"));

    assertThat(response.notes()).isEmpty();
    assertThat(response.actions()).isNotEmpty();
  }

  @Test
  void respond_incidentAtTheEndOfTheLastYearAllowed_isAnsweredWithDeadlinesBeyondIt() {
    Instant lastEvening = Instant.parse("2999-12-31T23:30:00Z");
    SessionPlan plan =
        SafePlans.childrensGroup().start(Instant.parse("2999-12-31T23:00:00Z")).build();

    ResponsePlan response =
        ENGINE.respond(
            plan,
            incident(IncidentKind.DISCLOSURE)
                .participant("p1")
                .removed(true)
                .occurredAt(lastEvening)
                .build());

    assertThat(action(response, ResponseAction.REVIEW_RISK_REGISTER).due())
        .isEqualTo(Instant.parse("3000-01-07T23:30:00Z"));
    assertThat(response.actions())
        .allSatisfy(a -> assertThat(a.due()).isAfterOrEqualTo(lastEvening));
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** An incident "i1" of a kind at {@link #AT}, concerning nobody in particular. */
  private static Incident.Builder incident(IncidentKind kind) {
    return Incident.builder().id("i1").kind(kind).occurredAt(AT);
  }

  /** A hijack with a life at risk, about p1 who was not removed: seven actions. */
  private static Incident.Builder hijackWithEverything() {
    return incident(IncidentKind.HIJACK).participant("p1").riskToLife(true);
  }

  /**
   * Seed 000's recovery college, with children in place of its adults so that the fixture's
   * participants stay: an external tutor (t1), a staff member who leads (s1), and a volunteer who
   * co-facilitates (v1).
   */
  private static SessionPlan.Builder recoveryCollege() {
    return SafePlans.childrensGroup()
        .staff(
            List.of(
                SafePlans.staff("t1", StaffRole.EXTERNAL_TUTOR).build(),
                SafePlans.staff("s1", StaffRole.LEAD, StaffRole.HOST).build(),
                SafePlans.staff("v1", StaffRole.CO_FACILITATOR, StaffRole.VOLUNTEER).build()));
  }

  /** The fixture's session with two adults, neither at risk, in place of its children. */
  private static SessionPlan.Builder adultsGroup() {
    return SafePlans.childrensGroup()
        .participants(
            List.of(SafePlans.adult("a1", 30).build(), SafePlans.adult("a2", 40).build()));
  }

  /** The fixture's children's group with s3 as its safeguarding lead. */
  private static SessionPlan.Builder withSafeguardingLead() {
    return SafePlans.childrensGroup()
        .addStaff(SafePlans.staff("s3", StaffRole.SAFEGUARDING_LEAD).build());
  }

  /** The phone calls and follow-ups of a response, with their owners. */
  private static List<Tuple> callers(ResponsePlan response) {
    return response.actions().stream()
        .filter(
            a ->
                EnumSet.of(PHONE_PARTICIPANT, CONTACT_AFTER_SESSION, FOLLOW_UP_NEXT_DAY)
                    .contains(a.action()))
        .map(a -> tuple(a.action(), a.owner(), a.ownerType()))
        .toList();
  }

  private static ResponsePlan respond(Incident.Builder incident) {
    return ENGINE.respond(SafePlans.childrensGroup().build(), incident.build());
  }

  /** Responds to an incident in a session starting at 18:00 London time on the incident's date. */
  private static ResponsePlan respondOn(Instant occurredAt, Incident.Builder incident) {
    Instant start =
        occurredAt.atZone(LONDON).toLocalDate().atTime(18, 0).atZone(LONDON).toInstant();
    SessionPlan plan = SafePlans.childrensGroup().start(start).build();
    return ENGINE.respond(plan, incident.occurredAt(occurredAt).build());
  }

  private static List<ResponseAction> actions(ResponsePlan response) {
    return response.actions().stream().map(PlannedAction::action).toList();
  }

  private static PlannedAction action(ResponsePlan response, ResponseAction action) {
    return response.actions().stream()
        .filter(a -> a.action() == action)
        .findFirst()
        .orElseThrow(() -> new AssertionError(action + " is not in " + actions(response)));
  }

  private static Tuple row(PlannedAction action) {
    return tuple(action.action(), action.owner(), action.ownerType(), action.due());
  }

  /**
   * Asserts that the handler's actions have one owner and the safeguarding lead's another; the
   * response must hold at least one of each.
   */
  private static void assertOwners(
      ResponsePlan response,
      String handler,
      OwnerType handlerType,
      String lead,
      OwnerType leadType) {
    Set<ResponseAction> present =
        response.actions().stream().map(PlannedAction::action).collect(Collectors.toSet());
    assertThat(present).containsAnyElementsOf(HANDLER_ACTIONS).containsAnyElementsOf(LEAD_ACTIONS);
    for (PlannedAction action : response.actions()) {
      if (HANDLER_ACTIONS.contains(action.action())) {
        assertThat(tuple(action.owner(), action.ownerType()))
            .as("owner of %s", action.action())
            .isEqualTo(tuple(handler, handlerType));
      } else {
        assertThat(LEAD_ACTIONS).contains(action.action());
        assertThat(tuple(action.owner(), action.ownerType()))
            .as("owner of %s", action.action())
            .isEqualTo(tuple(lead, leadType));
      }
    }
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
