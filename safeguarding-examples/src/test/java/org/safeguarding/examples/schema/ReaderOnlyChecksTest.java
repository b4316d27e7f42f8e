package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.json.SafeguardingJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * What only the reader checks: plans that pass the schema, because JSON Schema cannot say what is
 * wrong with them, and that the reader refuses. The schema's description lists each of them, so
 * that a tool in another language knows to expect them.
 */
class ReaderOnlyChecksTest {

  private static final String DESCRIPTION =
      PlanDocuments.MAPPER.readTree(SafeguardingJson.planSchema()).path("description").asString();

  static Stream<Arguments> readerOnly() {
    return Stream.of(
        change(
            "a participant with a member of staff's id",
            "/participants/1/id",
            "\"s1\"",
            "$.participants[1].id",
            "ids are unique across staff and participants"),
        change(
            "two participants with one id",
            "/participants/1/id",
            "\"p1\"",
            "$.participants[1].id",
            "ids are unique across staff and participants"),
        change(
            "two risks with one id",
            "/risks/1/id",
            "\"r1\"",
            "$.risks[1].id",
            "risk ids are unique"),
        change(
            "a consent withdrawn before it was given",
            "/participants/0/consents/0/withdrawn",
            "\"2026-10-31\"",
            "$.participants[0].consents[0].withdrawn",
            "not withdrawn before it was given"),
        change(
            "a start in 1899 in UTC",
            "/start",
            "\"1900-01-01T00:30:00+01:00\"",
            "$.start",
            "in UTC"),
        change(
            "a start in 3000 in UTC",
            "/start",
            "\"2999-12-31T23:30:00-01:00\"",
            "$.start",
            "in UTC"),
        change(
            "an age written with a fraction",
            "/participants/0/age",
            "12.0",
            "$.participants[0].age",
            "without a fraction or an exponent"),
        change(
            "a duration written with an exponent",
            "/durationMinutes",
            "6E1",
            "$.durationMinutes",
            "without a fraction or an exponent"),
        change(
            "schemaVersion written with a fraction",
            "/schemaVersion",
            "1.0",
            "$.schemaVersion",
            "without a fraction or an exponent"),
        change(
            "an id of 65 characters outside the Basic Multilingual Plane",
            "/staff/0/id",
            "\"" + "\uD83D\uDE00".repeat(65) + "\"",
            "$.staff[0].id",
            "UTF-16 code units"),
        change(
            "a description of 5,001 characters outside the Basic Multilingual Plane",
            "/risks/0/description",
            "\"" + "\uD83D\uDE00".repeat(5_001) + "\"",
            "$.risks[0].description",
            "UTF-16 code units"),
        change(
            "a name with an unpaired surrogate",
            "/service/name",
            "\"Club \\uD800\"",
            "$.service.name",
            "no text holds an unpaired surrogate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerOnly")
  void readerOnlyCheck_passesTheSchema_failsTheReader_andIsDescribed(
      String name, UnaryOperator<ObjectNode> change, String path, String described) {
    String json = PlanDocuments.text(change.apply(PlanDocuments.fullPlan()));

    assertThat(PlanSchema.violations(json)).as("the schema's violations").isEmpty();
    assertThat(PlanDocuments.readerProblems(json))
        .as("the reader's problems")
        .containsExactly(path);
    assertThat(DESCRIPTION).as("the schema's description").contains(described);
  }

  @Test
  void repeatedField_isRefusedByTheReader_andIsDescribed() {
    String json =
        PlanDocuments.FULL_PLAN.replace(
            "\"id\": \"plan-1\",", "\"id\": \"plan-1\", \"id\": \"plan-2\",");

    assertThat(json).isNotEqualTo(PlanDocuments.FULL_PLAN);
    assertThat(PlanDocuments.readerProblems(json)).containsExactly("$.id");
    assertThat(DESCRIPTION).contains("no field repeated within an object");
  }

  private static Arguments change(
      String name, String pointer, String json, String path, String described) {
    UnaryOperator<ObjectNode> change = plan -> PlanDocuments.set(plan, pointer, json);
    return Arguments.of(name, change, path, described);
  }
}
