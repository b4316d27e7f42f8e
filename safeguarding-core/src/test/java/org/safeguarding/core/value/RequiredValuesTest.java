package org.safeguarding.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.ClassFiles;
import org.safeguarding.core.value.ValueShapes.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value built in Java with a required value missing is refused as a document read from JSON is:
 * one {@link InvalidPlanException} listing each missing value at its path in the value's JSON, in
 * the contract's order, never the generated builder's {@code IllegalStateException}.
 */
class RequiredValuesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Stream<Shape<?>> shapes() {
    return ValueShapes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void build_withNothingSet_listsEveryRequiredValueAtItsPath(Shape<?> shape) {
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> shape.build(0L, 0L));

    List<String> expected =
        shape.requiredNames().stream()
            .map(name -> "$." + name + ": is required")
            .collect(Collectors.toList());
    assertThat(problems(e)).containsExactlyElementsOf(expected);
    assertThat(e.getMessage()).startsWith("invalid " + shape.subject + ": ");
    assertThat(e)
        .hasMessageStartingWith(
            "invalid "
                + shape.subject
                + ": "
                + expected.size()
                + (expected.size() == 1 ? " problem: " : " problems: ")
                + expected.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void build_withEveryRequiredValueSet_builds(Shape<?> shape) {
    assertThat(shape.build(-1L, 0L)).isNotNull();
    assertThat(shape.build(-1L, -1L)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void build_withOneRequiredValueMissing_namesThatOneAlone(Shape<?> shape) {
    for (int i = 0; i < shape.required.size(); i++) {
      long allButOne = ~(1L << i);

      InvalidPlanException e =
          catchThrowableOfType(InvalidPlanException.class, () -> shape.build(allButOne, -1L));

      assertThat(problems(e))
          .containsExactly("$." + shape.requiredNames().get(i) + ": is required");
    }
  }

  @Test
  void build_participantWithoutId_isRefusedAtItsOwnId() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class, () -> Participant.builder().age(12).build());

    assertThat(e).hasMessage("invalid participant: 1 problem: $.id: is required");
  }

  @Test
  void build_sessionPlanWithoutStart_isRefusedAtStart() {
    SessionPlan.Builder withoutStart = ValueShapes.sessionPlan().builder.get();
    ValueShapes.sessionPlan().required.stream()
        .filter(attribute -> !attribute.name.equals("start"))
        .forEach(attribute -> attribute.set.accept(withoutStart));

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, withoutStart::build);

    assertThat(e).hasMessage("invalid session plan: 1 problem: $.start: is required");
    assertThat(e.problems()).containsExactly(PlanProblem.of("$.start", "is required"));
  }

  @Test
  void build_roomWithNothingSet_isAnEmptyRoom() {
    // A room requires nothing: both of its lists may be empty.
    RoomState room = RoomState.builder().build();

    assertThat(room.present()).isEmpty();
    assertThat(room.removed()).isEmpty();
  }

  /** Where each value type's JSON is found in a document the library writes. */
  static Stream<Arguments> placesInTheContract() {
    SessionPlan plan = ValueShapes.sessionPlan().build(-1L, -1L, SessionPlan.class);
    Admission admission =
        Admission.builder()
            .person("p1")
            .verdict(Verdict.WAIT)
            .addReason(ValueShapes.admissionReason().build(-1L, -1L, AdmissionReason.class))
            .build();
    ResponsePlan response = ValueShapes.responsePlan().build(-1L, -1L, ResponsePlan.class);
    Assessment assessment = ValueShapes.assessment().build(-1L, -1L, Assessment.class);
    JsonNode planJson = MAPPER.readTree(SafeguardingJson.PLAN.write(plan));
    JsonNode admissionJson = MAPPER.readTree(SafeguardingJson.ADMISSION.write(admission));
    JsonNode responseJson = MAPPER.readTree(SafeguardingJson.RESPONSE_PLAN.write(response));
    JsonNode assessmentJson = MAPPER.readTree(SafeguardingJson.ASSESSMENT.write(assessment));
    JsonNode incidentJson =
        MAPPER.readTree(
            SafeguardingJson.INCIDENT.write(
                ValueShapes.incident().build(-1L, -1L, Incident.class)));
    return Stream.of(
        Arguments.of(ValueShapes.sessionPlan(), planJson),
        Arguments.of(ValueShapes.service(), planJson.at("/service")),
        Arguments.of(ValueShapes.platform(), planJson.at("/platform")),
        Arguments.of(ValueShapes.staffMember(), planJson.at("/staff/0")),
        Arguments.of(ValueShapes.check(), planJson.at("/staff/0/check")),
        Arguments.of(ValueShapes.participant(), planJson.at("/participants/0")),
        Arguments.of(ValueShapes.consent(), planJson.at("/participants/0/consents/0")),
        Arguments.of(ValueShapes.riskEntry(), planJson.at("/risks/0")),
        Arguments.of(ValueShapes.incident(), incidentJson),
        Arguments.of(ValueShapes.admission(), admissionJson),
        Arguments.of(ValueShapes.admissionReason(), admissionJson.at("/reasons/0")),
        Arguments.of(ValueShapes.responsePlan(), responseJson),
        Arguments.of(ValueShapes.plannedAction(), responseJson.at("/actions/0")),
        Arguments.of(ValueShapes.assessment(), assessmentJson),
        Arguments.of(ValueShapes.finding(), assessmentJson.at("/findings/0")),
        Arguments.of(ValueShapes.assessedRisk(), assessmentJson.at("/risks/0")),
        Arguments.of(ValueShapes.consentRequirement(), assessmentJson.at("/consents/0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placesInTheContract")
  void requiredValues_areNamedAndOrderedAsTheirJsonFields(Shape<?> shape, JsonNode written) {
    List<String> fields = new ArrayList<>();
    written.propertyNames().forEach(fields::add);

    assertThat(fields).as("the fields %s writes", shape).containsSubsequence(shape.requiredNames());
  }

  @Test
  void placesInTheContract_coverEveryShape() {
    List<String> placed =
        placesInTheContract()
            .map(arguments -> arguments.get()[0].toString())
            .collect(Collectors.toList());

    assertThat(placed)
        .containsExactlyInAnyOrderElementsOf(
            shapes().map(Shape::toString).collect(Collectors.toList()));
  }

  @Test
  void shapes_coverEveryPublicBuilder_butTheRoomsWhichRequiresNothing() {
    // A value type added later fails here until its required values are tested above.
    List<String> withBuilders =
        ClassFiles.classes(SessionPlan.class, "org.safeguarding.core").stream()
            .filter(type -> type.getSimpleName().equals("Builder") && ClassFiles.isPublicApi(type))
            .map(builder -> builder.getDeclaringClass().getSimpleName())
            .collect(Collectors.toList());
    List<String> shaped = shapes().map(Shape::toString).collect(Collectors.toList());
    shaped.add("RoomState");

    assertThat(withBuilders).containsExactlyInAnyOrderElementsOf(shaped);
  }

  private static List<String> problems(InvalidPlanException e) {
    assertThat(e).as("expected the value to be refused").isNotNull();
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }
}
