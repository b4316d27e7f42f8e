package org.safeguarding.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;

/**
 * A value built in Java that breaks one of its type's invariants is refused as the plan is: one
 * {@link InvalidPlanException} of the document the value belongs to, listing every problem at its
 * path in the value's JSON, in a one-line message that starts lower-case and echoes no value.
 */
class InvariantsTest {

  private static final Instant AT = Instant.parse("2026-12-04T18:20:00Z");
  private static final RiskRating LOW = RiskMatrix.npsa2008().rate(1, 2);
  private static final RiskRating HIGH = RiskMatrix.npsa2008().rate(3, 4);

  @Test
  void build_findingWithoutSourcesAndWithABlankAction_listsBothAtTheirPaths() {
    ThrowingCallable build =
        () ->
            Finding.builder()
                .rule("RISK_HIGH")
                .level(FindingLevel.WARNING)
                .message("private words")
                .action(" ")
                .build();

    InvalidPlanException e = refused(build, SafeguardingJson.ASSESSMENT);

    assertThat(problems(e))
        .containsExactly("$.action: must not be blank", "$.sources: must cite at least one source");
    assertThat(e)
        .hasMessage(
            "invalid finding: 2 problems: $.action: must not be blank; "
                + "$.sources: must cite at least one source");
  }

  @Test
  void build_findingWithABlankSubjectAndSource_listsEachAtItsPath() {
    ThrowingCallable build =
        () ->
            Finding.builder()
                .rule(" ")
                .level(FindingLevel.ADVICE)
                .subject("")
                .message("m")
                .action("a")
                .addSources("seed 000", "\t")
                .build();

    assertThat(problems(refused(build, SafeguardingJson.ASSESSMENT)))
        .containsExactly(
            "$.rule: must not be blank",
            "$.subject: must not be blank",
            "$.sources[1]: must not be blank");
  }

  @Test
  void build_assessedRiskWithPriorityZeroAndACreditedMissingResidual_listsBoth() {
    ThrowingCallable build =
        () -> risk("secret-risk", RiskOrigin.DECLARED).priority(0).residualCredited(true).build();

    InvalidPlanException e = refused(build, SafeguardingJson.ASSESSMENT);

    assertThat(problems(e))
        .containsExactly(
            "$.priority: must be at least 1",
            "$.residualCredited: must be false when no residual rating is given");
    assertThat(e.getMessage()).startsWith("invalid assessed risk: 2 problems: ");
  }

  @Test
  void build_inferredRiskWithAFloor_isRefusedAtTheFloor() {
    ThrowingCallable build =
        () -> risk("inferred-GROOMING", RiskOrigin.INFERRED).inherent(LOW).floor(HIGH).build();

    assertThat(problems(refused(build, SafeguardingJson.ASSESSMENT)))
        .containsExactly("$.floor: must be absent for an inferred risk");
  }

  @Test
  void build_floorThatDoesNotOutrankTheRegistersRating_isRefusedAtTheFloor() {
    ThrowingCallable build =
        () -> risk("secret-risk", RiskOrigin.DECLARED).inherent(HIGH).floor(LOW).build();

    assertThat(problems(refused(build, SafeguardingJson.ASSESSMENT)))
        .containsExactly("$.floor: must outrank the register's own rating");
  }

  @Test
  void build_validAssessedRiskWithAFloor_builds() {
    AssessedRisk risk = risk("r1", RiskOrigin.DECLARED).inherent(LOW).floor(HIGH).build();

    assertThat(risk.current()).isEqualTo(HIGH);
  }

  @Test
  void build_consentRequirementNamingAGiverWhenNoneIsRequired_isRefusedAtRequiredFrom() {
    ThrowingCallable build =
        () ->
            ConsentRequirement.builder()
                .participant("p1")
                .requiredFrom(ConsentGiver.PARENT_OR_CARER)
                .status(ConsentStatus.NOT_REQUIRED)
                .build();

    InvalidPlanException e = refused(build, SafeguardingJson.ASSESSMENT);

    assertThat(e)
        .hasMessage(
            "invalid consent requirement: 1 problem: "
                + "$.requiredFrom: must be absent when the status is NOT_REQUIRED");
  }

  @Test
  void build_consentRequirementMissingWithoutAGiver_isRefusedAtRequiredFrom() {
    ThrowingCallable build =
        () -> ConsentRequirement.builder().participant("p1").status(ConsentStatus.MISSING).build();

    assertThat(problems(refused(build, SafeguardingJson.ASSESSMENT)))
        .containsExactly("$.requiredFrom: is required when the status is MISSING");
  }

  @Test
  void of_supervisionWithNoRequiredAndNegativeCountedAdults_listsBoth() {
    InvalidPlanException e = refused(() -> Supervision.of(0, -1), SafeguardingJson.ASSESSMENT);

    assertThat(e)
        .hasMessage(
            "invalid supervision: 2 problems: $.requiredAdults: must be at least 1; "
                + "$.countedAdults: must be at least 0");
  }

  @Test
  void build_incidentRemovedWithoutNamingTheParticipant_isRefusedAtParticipant() {
    ThrowingCallable build =
        () ->
            Incident.builder()
                .id("i1")
                .kind(IncidentKind.DISTRESS)
                .removed(true)
                .occurredAt(AT)
                .build();

    assertThat(problems(refused(build, SafeguardingJson.INCIDENT)))
        .containsExactly("$.participant: is required when removed is true: name who was removed");
  }

  @Test
  void build_roomListingAnIdTwice_isRefusedAtTheSecond() {
    ThrowingCallable build = () -> RoomState.builder().addPresent("p1").addRemoved("p1").build();

    assertThat(problems(refused(build, SafeguardingJson.ROOM)))
        .containsExactly(
            "$.removed[0]: must appear once in the room, but $.present[0] has the same id");
  }

  @Test
  void build_admitWithAReason_isRefusedAtReasons() {
    ThrowingCallable build =
        () ->
            Admission.builder()
                .person("p1")
                .verdict(Verdict.ADMIT)
                .addReason(
                    AdmissionReason.builder()
                        .rule("ADMIT_AWAIT_ADULTS")
                        .message("Wait.")
                        .addSource("nspcc")
                        .build())
                .build();

    assertThat(problems(refused(build, SafeguardingJson.ADMISSION)))
        .containsExactly("$.reasons: must be empty when the verdict is ADMIT");
  }

  @Test
  void build_responsePlanRepeatingAnAction_isRefusedAtTheRepeat() {
    PlannedAction record =
        PlannedAction.builder()
            .action(ResponseAction.RECORD_INCIDENT)
            .owner("s1")
            .ownerType(OwnerType.STAFF)
            .due(AT)
            .message("Record it.")
            .addSource("seed 000")
            .build();
    ThrowingCallable build =
        () -> ResponsePlan.builder().incident("i1").addActions(record, record).build();

    assertThat(problems(refused(build, SafeguardingJson.RESPONSE_PLAN)))
        .containsExactly("$.actions[1].action: must appear once in a response plan");
  }

  private static AssessedRisk.Builder risk(String id, RiskOrigin origin) {
    return AssessedRisk.builder()
        .id(id)
        .hazard(Hazard.GROOMING)
        .origin(origin)
        .priority(1)
        .inherent(HIGH);
  }

  /** Asserts the shape every refusal shares, and returns the exception. */
  private static InvalidPlanException refused(ThrowingCallable build, JsonDocument<?> document) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, build);
    assertThat(e).as("expected the value to be refused").isNotNull();
    assertThat(e.document()).isSameAs(document);
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.getMessage())
        .startsWith("invalid ")
        .doesNotContain("\n")
        .doesNotContain("secret-risk")
        .doesNotContain("private words");
    return e;
  }

  private static List<String> problems(InvalidPlanException e) {
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }
}
