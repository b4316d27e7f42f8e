package org.safeguarding.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;

/**
 * Exceptions never echo free text, case by case for the documents and builders the property test of
 * plans does not reach: rooms, incidents, admissions and response plans, the reader's own limits,
 * and the generated builders' checks for missing and null values.
 */
class ExceptionMessagePrivacyTest {

  /** A marker, written as a constant so that the parameterised cases can hold it. */
  private static final String M = FreeText.TOKEN + "-value";

  private static final String CONTROL = M + "\u0001" + M;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"present\": [\"" + M + "\\u0001\"], \"removed\": []}",
        "{\"present\": [\"" + M + "\", \"" + M + "\"]}",
        "{\"present\": [{\"id\": \"" + M + "\"}], \"removed\": \"" + M + "\"}",
        "{\"present\": [], \"notes\": \"" + M + "\"}",
        "{\"present\": [\"s1\"], \"removed\": [[\"" + M + "\"]]}"
      })
  void readRoomState_markedValuesItRefuses_areNotEchoed(String json) {
    assertRefusedQuietly(() -> SafeguardingJson.ROOM.read(json), InvalidPlanException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \""
            + M
            + "\\u0007\", \"kind\": \"DISTRESS\", \"occurredAt\": \"2026-12-04T18:20:00Z\"}",
        "{\"id\": \"i1\", \"kind\": \"" + M + "\", \"occurredAt\": \"2026-12-04T18:20:00Z\"}",
        "{\"id\": \"i1\", \"kind\": \"DISTRESS\", \"occurredAt\": \"" + M + "\"}",
        "{\"id\": \"i1\", \"kind\": \"DISTRESS\", \"occurredAt\": \"2026-12-04T18:20:00Z\","
            + " \"removed\": \""
            + M
            + "\", \"notes\": {\"text\": \""
            + M
            + "\"}}",
        "{\"id\": \"i1\", \"kind\": \"HIJACK\", \"occurredAt\": \"2026-12-04T18:20:00Z\","
            + " \"participant\": \""
            // Ten markers: past the 128 characters an id may have.
            + M
            + M
            + M
            + M
            + M
            + M
            + M
            + M
            + M
            + M
            + "\"}"
      })
  void readIncident_markedValuesItRefuses_areNotEchoed(String json) {
    assertRefusedQuietly(() -> SafeguardingJson.INCIDENT.read(json), InvalidPlanException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"person\": \"p1\", \"verdict\": \"" + M + "\", \"reasons\": []}",
        "{\"person\": \"p1\", \"verdict\": \"WAIT\", \"reasons\": [{\"rule\": \"R\","
            + " \"message\": \""
            + M
            + "\\u0000\", \"sources\": [\""
            + M
            + "\\u001b\"]}]}",
        "{\"person\": \"p1\", \"verdict\": \"ADMIT\", \"reasons\": [{\"rule\": \""
            + M
            + "\", \"message\": \""
            + M
            + "\", \"sources\": [\""
            + M
            + "\"]}]}",
        "{\"person\": \"p1\", \"verdict\": \"WAIT\", \"reasons\": [{\"rule\": \""
            + M
            + "\", \"message\": \"m\", \"sources\": [\"s\"]}, {\"rule\": \""
            + M
            + "\", \"message\": \"m\", \"sources\": [\"s\"]}]}"
      })
  void readAdmission_markedValuesItRefuses_areNotEchoed(String json) {
    assertRefusedQuietly(() -> SafeguardingJson.ADMISSION.read(json), InvalidPlanException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"incident\": \"i1\", \"actions\": [{\"action\": \"RECORD_INCIDENT\", \"owner\": \""
            + M
            + "\", \"ownerType\": \"ROLE\", \"due\": \"2026-12-05T18:20:00Z\", \"message\": \"m\","
            + " \"sources\": [\"s\"]}], \"notes\": []}",
        "{\"incident\": \"i1\", \"actions\": [{\"action\": \""
            + M
            + "\", \"owner\": \"s1\", \"ownerType\": \""
            + M
            + "\", \"due\": \""
            + M
            + "\", \"message\": [\""
            + M
            + "\"], \"sources\": \""
            + M
            + "\"}], \"notes\": []}",
        "{\"incident\": \"i1\", \"actions\": [{\"action\": \"RECORD_INCIDENT\", \"owner\": \"s1\","
            + " \"ownerType\": \"STAFF\", \"due\": \"2026-12-05T18:20:00Z\", \"message\": \" \","
            + " \"sources\": [], \"why\": \""
            + M
            + "\"}], \"notes\": []}",
        "{\"incident\": \"i1\", \"actions\": [], \"notes\": [\""
            + M
            + "\\u0007\", 7, [\""
            + M
            + "\"], {\""
            + M
            + "\": 1}]}",
        "{\"incident\": \"i1\", \"actions\": [], \"notes\": \"" + M + "\"}"
      })
  void readResponsePlan_markedValuesItRefuses_areNotEchoed(String json) {
    assertRefusedQuietly(
        () -> SafeguardingJson.RESPONSE_PLAN.read(json), InvalidPlanException.class);
  }

  @Test
  void readPlan_aMarkedStringPastTheReadersLimit_isNotEchoed() {
    String plan = SafeguardingJson.PLAN.write(MarkedPlans.childrensGroup().build());
    String huge = (M + " ").repeat(1_000_001 / (M.length() + 1) + 1);

    assertRefusedQuietly(
        () -> SafeguardingJson.PLAN.read(plan.replace(MarkedPlans.SERVICE_NAME, huge)),
        InvalidPlanException.class);
  }

  @Test
  void readPlan_markedValuesNestedPastTheReadersDepth_areNotEchoed() {
    String deep = "[\"" + M + "\",".repeat(40) + "\"" + M + "\"" + "]".repeat(40);

    assertRefusedQuietly(
        () -> SafeguardingJson.PLAN.read("{\"schemaVersion\": 1, \"id\": " + deep + "}"),
        InvalidPlanException.class);
  }

  @Test
  void build_markedFreeTextWithAControlCharacterInEveryField_isRefusedWithoutEchoingAny() {
    SessionPlan plan = MarkedPlans.childrensGroup().build();
    RiskEntry bad =
        RiskEntry.builder()
            .from(plan.risks().get(0))
            .owner(CONTROL)
            .description(CONTROL)
            .mitigations(List.of(CONTROL, CONTROL))
            .build();

    assertRefusedQuietly(
        () ->
            SessionPlan.builder()
                .from(plan)
                .service(Service.builder().from(plan.service()).name(CONTROL).build())
                .risks(List.of(bad))
                .build(),
        InvalidPlanException.class);
  }

  @Test
  void build_markedIdsEachRoomIncidentAdmissionAndResponseRefuses_areNotEchoed() {
    Instant when = Instant.parse("2026-12-04T18:20:00Z");

    assertRefusedQuietly(
        () -> RoomState.builder().addPresent(M, M, CONTROL).addRemoved(M).build(),
        InvalidPlanException.class);
    assertRefusedQuietly(
        () ->
            Incident.builder()
                .id(CONTROL)
                .participant(M.repeat(20))
                .kind(IncidentKind.OTHER)
                .occurredAt(when)
                .handledBy(CONTROL)
                .build(),
        InvalidPlanException.class);
    assertRefusedQuietly(
        () ->
            Admission.builder()
                .person(CONTROL)
                .verdict(Verdict.REFUSE)
                .addReasons(
                    AdmissionReason.builder().rule(M).message(CONTROL).addSources(CONTROL).build())
                .build(),
        InvalidPlanException.class);
    assertRefusedQuietly(
        () ->
            ResponsePlan.builder()
                .incident(CONTROL)
                .addActions(
                    PlannedAction.builder()
                        .action(ResponseAction.RECORD_INCIDENT)
                        .owner(M)
                        .ownerType(OwnerType.ROLE)
                        .due(when)
                        .message(CONTROL)
                        .addSources(CONTROL)
                        .build())
                .addNote(CONTROL)
                .build(),
        InvalidPlanException.class);
  }

  @Test
  void build_aFindingWithAMarkedMessageAndABlankAction_doesNotEchoTheMessage() {
    assertRefusedQuietly(
        () ->
            Finding.builder()
                .rule("RISK_HIGH")
                .level(FindingLevel.WARNING)
                .subject("r1")
                .message(M)
                .action(" ")
                .addSources(M)
                .build(),
        InvalidPlanException.class);
  }

  @Test
  void build_missingOrNullValuesBesideMarkedFreeText_areNotEchoed() {
    // The generated builders' own checks name attributes, never values.
    assertRefusedQuietly(
        () -> Service.builder().name(MarkedPlans.SERVICE_NAME).build(), InvalidPlanException.class);
    assertRefusedQuietly(
        () ->
            RiskEntry.builder()
                .id("r1")
                .area(RiskArea.SERVICE)
                .description(M)
                .owner(M)
                .addMitigation(M)
                .build(),
        InvalidPlanException.class);
    assertRefusedQuietly(
        () -> RiskEntry.builder().hazard(Hazard.OTHER).addMitigations(M, null),
        NullPointerException.class);
  }

  @Test
  void invalidPlanException_withMoreProblemsThanItsMessageShows_echoesNoneOfThem() {
    StructureChecks checks = new StructureChecks();
    for (int i = 0; i < 25; i++) {
      checks.text("$.risks[" + i + "].description", CONTROL);
      checks.id("$.staff[" + i + "].id", M.repeat(20));
    }

    InvalidPlanException thrown =
        (InvalidPlanException)
            assertRefusedQuietly(
                () -> checks.throwIfAny(SafeguardingJson.PLAN), InvalidPlanException.class);

    assertThat(thrown.problems()).hasSize(50);
    assertThat(thrown.getMessage()).endsWith("and 40 more");
  }

  @Test
  void assertRefusedQuietly_aMessageEchoingAMarker_fails() {
    // The check must be able to fail, through a cause as much as through the message.
    List<Throwable> echoes = new ArrayList<>();
    echoes.add(new IllegalArgumentException("bad name " + M));
    echoes.add(new IllegalStateException("wrapped", new RuntimeException(M)));
    RuntimeException suppressing = new RuntimeException("quiet");
    suppressing.addSuppressed(new RuntimeException(M));
    echoes.add(suppressing);
    echoes.add(
        new InvalidPlanException(
            SafeguardingJson.PLAN, List.of(PlanProblem.of("$.service.name", "is " + M))));

    for (Throwable echo : echoes) {
      assertThat(catchThrowable(() -> FreeText.assertNoneIn(echo)))
          .as("%s", echo)
          .isInstanceOf(AssertionError.class);
    }
  }

  /** Runs {@code call}, expecting a {@code type} that carries no marker, and returns it. */
  private static Throwable assertRefusedQuietly(
      ThrowingCallable call, Class<? extends Throwable> type) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    assertThat(FreeText.assertNoneIn(thrown)).isPositive();
    return thrown;
  }
}
