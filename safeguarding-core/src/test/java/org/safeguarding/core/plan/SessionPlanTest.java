package org.safeguarding.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.testing.Plans;

class SessionPlanTest {

  @Test
  void build_validPlan_keepsWhatWasGiven() {
    SessionPlan plan = Plans.childrensGroup().build();

    assertThat(plan.participants()).extracting(Participant::id).containsExactly("p1", "p2");
    assertThat(plan.platform().controls())
        .containsExactly(PlatformControl.PASSCODE, PlatformControl.WAITING_ROOM);
  }

  @Test
  void build_inJavaWithSeveralFaults_listsEveryProblemWithItsJsonPath() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () ->
                Plans.childrensGroup()
                    .durationMinutes(0)
                    .addParticipant(Participant.builder().id("s1").age(121).build())
                    .addRisk(
                        RiskEntry.builder()
                            .id("inferred-hijack")
                            .hazard(Hazard.SESSION_HIJACK)
                            .area(RiskArea.ENVIRONMENT)
                            .likelihood(6)
                            .severity(0)
                            .residualLikelihood(2)
                            .build())
                    .build());

    assertThat(problems(e))
        .containsExactly(
            "$.durationMinutes: must be between 1 and 1440",
            "$.participants[2].age: must be between 0 and 120",
            "$.participants[2].id: must be unique, but $.staff[0].id has the same id",
            "$.risks[0].id: must not start with 'inferred-' (kept for inferred risks)",
            "$.risks[0].likelihood: must be between 1 and 5",
            "$.risks[0].severity: must be between 1 and 5",
            "$.risks[0].residualSeverity: is required when residualLikelihood is given");
    assertThat(e).hasMessageStartingWith("invalid session plan: 7 problems: $.durationMinutes");
  }

  @Test
  void build_oneToOneWithTwoParticipants_isRejected() {
    assertThatThrownBy(() -> Plans.childrensGroup().format(SessionFormat.ONE_TO_ONE).build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining(
            "$.participants: must hold exactly one participant when format is ONE_TO_ONE, not 2");
  }

  @Test
  void build_oneToOneWithOneParticipant_isAccepted() {
    SessionPlan plan =
        Plans.childrensGroup()
            .format(SessionFormat.ONE_TO_ONE)
            .participants(List.of(Plans.child("p1", 14)))
            .build();

    assertThat(plan.participants()).hasSize(1);
  }

  @Test
  void build_boundaryValues_areAccepted() {
    SessionPlan plan =
        Plans.childrensGroup()
            .durationMinutes(1440)
            .start(Instant.parse("2999-12-31T23:59:59Z"))
            .addParticipants(
                Participant.builder().id("baby").age(0).build(),
                Participant.builder().id("elder").age(120).build())
            .build();

    assertThat(plan.participants()).hasSize(4);
  }

  @Test
  void build_consentWithdrawnBeforeGiven_andDatesOutOfRange_areRejected() {
    Participant participant =
        Participant.builder()
            .id("p3")
            .addConsents(
                Consent.builder()
                    .givenBy(ConsentGiver.SELF)
                    .verification(ConsentVerification.WRITTEN)
                    .given(LocalDate.parse("2026-11-02"))
                    .withdrawn(LocalDate.parse("2026-11-01"))
                    .build(),
                Consent.builder()
                    .givenBy(ConsentGiver.SELF)
                    .verification(ConsentVerification.WRITTEN)
                    .given(LocalDate.parse("1899-12-31"))
                    .build())
            .build();

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> Plans.childrensGroup().addParticipant(participant).build());

    assertThat(problems(e))
        .containsExactly(
            "$.participants[2].consents[0].withdrawn: must not be before given",
            "$.participants[2].consents[1].given: must be a date between 1900-01-01 and"
                + " 2999-12-31");
  }

  @Test
  void build_idsAndTextWithForbiddenCharacters_areRejectedWithoutEchoingThem() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () ->
                Plans.childrensGroup()
                    .id("Jane\u0007")
                    .service(
                        Service.builder()
                            .name("Jane \uD800 Smith")
                            .jurisdiction(Jurisdiction.WALES)
                            .build())
                    .addStaff(StaffMember.builder().id(" ").build())
                    .build());

    assertThat(problems(e))
        .containsExactly(
            "$.id: must not contain control characters or unpaired surrogates",
            "$.service.name: must not contain control characters (but tab and line breaks) or"
                + " unpaired surrogates",
            "$.staff[2].id: must not be blank");
    assertThat(e.getMessage()).doesNotContain("Jane");
  }

  @Test
  void toString_ofEveryTypeWithFreeText_redactsTheText() {
    RiskEntry risk =
        RiskEntry.builder()
            .id("r1")
            .hazard(Hazard.GROOMING)
            .area(RiskArea.INDIVIDUAL)
            .likelihood(2)
            .severity(4)
            .addMitigations("Jane's mentor checks in")
            .owner("Jane Smith")
            .description("Jane was contacted by a stranger")
            .build();
    SessionPlan plan = Plans.childrensGroup().addRisk(risk).build();

    assertThat(plan.toString())
        .doesNotContain("Jane")
        .doesNotContain("Friday Club")
        .doesNotContain("Zoom")
        .contains("r1", "GROOMING", "<redacted>");
  }

  @Test
  void roomState_duplicateAndBlankIds_areListedTogether() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> RoomState.builder().addPresent("s1", "p1", "").addRemoved("p1").build());

    assertThat(problems(e))
        .containsExactly(
            "$.present[2]: must not be blank",
            "$.removed[0]: must appear once in the room, but $.present[1] has the same id");
    assertThat(e).hasMessageStartingWith("invalid room: 2 problems");
  }

  @Test
  void incident_badIds_areRejected_andAValidOneBuilds() {
    assertThatThrownBy(
            () ->
                Incident.builder()
                    .id("i1")
                    .kind(IncidentKind.DISTRESS)
                    .participant("")
                    .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
                    .build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage("invalid incident: 1 problem: $.participant: must not be blank");

    Incident incident =
        Incident.builder()
            .id("i1")
            .kind(IncidentKind.DISTRESS)
            .participant("p1")
            .removed(true)
            .handledBy("s2")
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
            .build();
    assertThat(incident.removed()).isTrue();
    assertThat(incident.riskToLife()).isFalse();
  }

  @Test
  void incident_removedWithoutParticipant_isRefusedByTheBuilder() {
    Incident.Builder removal =
        Incident.builder()
            .id("i1")
            .kind(IncidentKind.INAPPROPRIATE_BEHAVIOUR)
            .removed(true)
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"));

    assertThatThrownBy(removal::build)
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage(
            "invalid incident: 1 problem: $.participant: is required when removed is true: name"
                + " who was removed");
    assertThat(removal.participant("p1").build().participant()).contains("p1");
  }

  @Test
  void invalidPlanException_withManyProblems_keepsAllButShortensItsMessage() {
    List<PlanProblem> many =
        java.util.stream.IntStream.range(0, 25)
            .mapToObj(
                i -> PlanProblem.of("$.participants[" + i + "].age", "must be between 0 and 120"))
            .collect(Collectors.toList());

    InvalidPlanException e = new InvalidPlanException(SafeguardingJson.PLAN, many);

    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage()).endsWith("; and 15 more").doesNotContain("[10]");
    assertThatThrownBy(() -> new InvalidPlanException(SafeguardingJson.PLAN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> problems(InvalidPlanException e) {
    assertThat(e).as("expected the plan to be rejected").isNotNull();
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }
}
