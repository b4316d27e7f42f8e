package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.Plans;

class SafeguardingJsonTest {

  /** A small valid plan, as a user might write it: compact, defaults left out. */
  private static final String VALID =
      "{\"schemaVersion\": 1, \"id\": \"club\","
          + " \"service\": {\"name\": \"Club\", \"jurisdiction\": \"ENGLAND\"},"
          + " \"platform\": {\"name\": \"Zoom\", \"accounts\": \"SHORT_LIVED\"},"
          + " \"start\": \"2026-12-04T18:00:00Z\", \"durationMinutes\": 60, \"format\": \"GROUP\","
          + " \"interaction\": \"INTERACTIVE\", \"recording\": \"NONE\", \"chat\": \"RETAINED\","
          + " \"staff\": [{\"id\": \"s1\"}, {\"id\": \"s2\"}],"
          + " \"participants\": [{\"id\": \"p1\", \"age\": 12}, {\"id\": \"p2\", \"age\": 15}]}";

  @Test
  void readPlan_misspeltFieldAgeOf200AndDuplicateId_reportsAllThreeWithPaths() {
    String json =
        VALID
            .replace("{\"id\": \"p1\", \"age\": 12}", "{\"id\": \"p1\", \"age\": 200}")
            .replace("{\"id\": \"p2\", \"age\": 15}", "{\"id\": \"s1\", \"agee\": 15}");

    InvalidPlanException e = invalid(json);

    assertThat(paths(e))
        .containsExactlyInAnyOrder(
            "$.participants[1].agee: unknown field",
            "$.participants[0].age: must be between 0 and 120",
            "$.participants[1].id: must be unique, but $.staff[0].id has the same id");
  }

  @Test
  void readPlan_validCompactPlan_appliesTheContractsDefaults() {
    SessionPlan plan = SafeguardingJson.readPlan(VALID);

    assertThat(plan.participants()).hasSize(2);
    assertThat(plan.participants().get(0).registered()).isFalse();
    assertThat(plan.participants().get(0).capacity().name()).isEqualTo("NOT_ASSESSED");
    assertThat(plan.service().frequency().name()).isEqualTo("REGULAR");
    assertThat(plan.safeguardingLeadAvailable()).isFalse();
    assertThat(plan.risks()).isEmpty();
  }

  @Test
  void readPlan_wrongTypes_eachNamedWithWhatWasExpected() {
    String json =
        VALID
            .replace("\"durationMinutes\": 60", "\"durationMinutes\": \"60\"")
            .replace("{\"id\": \"p1\", \"age\": 12}", "{\"id\": \"p1\", \"age\": 12.5, \"registered\": \"yes\"}")
            .replace("\"staff\": [{\"id\": \"s1\"}, {\"id\": \"s2\"}]", "\"staff\": [{\"id\": 1}, [\"s2\"]]");

    assertThat(paths(invalid(json)))
        .containsExactlyInAnyOrder(
            "$.durationMinutes: must be a whole number",
            "$.participants[0].age: must be a whole number",
            "$.participants[0].registered: must be true or false",
            "$.staff[0].id: must be a string",
            "$.staff[1]: must be an object");
  }

  @Test
  void readPlan_unknownEnumValue_listsTheAllowedValues() {
    InvalidPlanException e = invalid(VALID.replace("\"GROUP\"", "\"group\""));

    assertThat(paths(e)).containsExactly("$.format: must be one of GROUP, ONE_TO_ONE");
  }

  @Test
  void readPlan_missingRequiredValues_reportsEachOnceWithoutKnockOnProblems() {
    String json =
        VALID
            .replace(" \"service\": {\"name\": \"Club\", \"jurisdiction\": \"ENGLAND\"},", "")
            .replace("\"id\": \"club\",", "")
            .replace("{\"id\": \"p1\", \"age\": 12}", "{\"age\": 12}");

    assertThat(paths(invalid(json)))
        .containsExactlyInAnyOrder(
            "$.id: is required", "$.service: is required", "$.participants[0].id: is required");
  }

  @Test
  void readPlan_missingParticipants_isRequiredSoThatNobodyIsSilentlyLeftOut() {
    String json = VALID.replace(", \"participants\": [{\"id\": \"p1\", \"age\": 12}, {\"id\": \"p2\", \"age\": 15}]", "");

    assertThat(paths(invalid(json))).containsExactly("$.participants: is required");
  }

  @Test
  void readPlan_nullValue_isAProblemNotAnAbsence() {
    assertThat(paths(invalid(VALID.replace("\"age\": 12", "\"age\": null"))))
        .containsExactly("$.participants[0].age: must not be null; leave the field out instead");
  }

  @Test
  void readPlan_otherSchemaVersion_reportsOnlyTheVersion() {
    String json = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2, \"newField\": true");

    assertThat(paths(invalid(json)))
        .containsExactly("$.schemaVersion: must be 1, the only version this library reads");
  }

  @Test
  void readPlan_missingSchemaVersion_isRequired() {
    assertThat(paths(invalid(VALID.replace("\"schemaVersion\": 1, ", ""))))
        .containsExactly("$.schemaVersion: is required");
  }

  @Test
  void readPlan_trailingContent_isRejected() {
    assertThat(paths(invalid(VALID + " {}")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$: must be one JSON value, but more follows");
  }

  @Test
  void readPlan_duplicateField_isRejectedAtItsPath() {
    String json = VALID.replace("{\"id\": \"p1\", \"age\": 12}", "{\"id\": \"p1\", \"age\": 12, \"age\": 13}");

    assertThat(paths(invalid(json)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$.participants[0].age: must appear only once in its object (line 1, column ");
  }

  @Test
  void readPlan_truncatedInput_saysItEndsTooSoon() {
    assertThat(paths(invalid(VALID.substring(0, VALID.length() / 2))))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("is not complete: the input ends too soon");
  }

  @Test
  void readPlan_emptyArrayOrScalarInput_isRejected() {
    assertThat(paths(invalid(""))).containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(paths(invalid("[]"))).containsExactly("$: must be an object");
    assertThat(paths(invalid("42"))).containsExactly("$: must be an object");
  }

  @Test
  void readPlan_malformedJson_neverQuotesTheInput() {
    String secret = "Jane Smith lives at 4 Privet Drive";
    InvalidPlanException e = invalid("{\"id\": " + secret + "}");

    assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("Privet");
    assertThat(paths(e)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$.id: is not well-formed JSON (line 1, column ");
  }

  @Test
  void readPlan_problemsInFreeText_neverRepeatTheText() {
    String longText = "Jane Smith ".repeat(1_000);
    String json = VALID.replace("\"name\": \"Club\"", "\"name\": \"" + longText + "\"")
        .replace("\"GROUP\"", "\"Jane Smith\"");

    InvalidPlanException e = invalid(json);

    assertThat(paths(e)).containsExactlyInAnyOrder(
        "$.format: must be one of GROUP, ONE_TO_ONE",
        "$.service.name: must be at most 10000 characters");
    assertThat(e.getMessage()).doesNotContain("Jane");
  }

  @Test
  void readPlan_hostileFieldName_isEscapedAndCutShortInThePath() {
    String json = VALID.replace("\"id\": \"club\"", "\"id\": \"club\", \"a'\\nb" + "x".repeat(100) + "\": 1");

    assertThat(paths(invalid(json))).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo("$['a\\'\\u000ab" + "x".repeat(60) + "...']: unknown field");
  }

  @Test
  void readPlan_deepNesting_isStoppedByTheReadersLimit() {
    String deep = "[".repeat(1_000) + "]".repeat(1_000);

    assertThat(paths(invalid("{\"risks\": " + deep + "}")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("exceeds the reader's limits");
  }

  @Test
  void writePlan_isCanonicalAndReadsBackEqual() {
    SessionPlan plan = Plans.childrensGroup().build();

    String json = SafeguardingJson.writePlan(plan);

    assertThat(SafeguardingJson.readPlan(json)).isEqualTo(plan);
    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"group-1\",\n").endsWith("}\n");
    assertThat(json).doesNotContain("null").doesNotContain("\"registered\": false");
    assertThat(SafeguardingJson.writePlan(SafeguardingJson.readPlan(json))).isEqualTo(json);
  }

  @Test
  void readAndWrite_streamsReadersAndFiles_agreeWithStrings(@TempDir Path dir) throws Exception {
    SessionPlan plan = Plans.childrensGroup().build();
    String json = SafeguardingJson.writePlan(plan);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.writePlan(plan, bytes);
    Path file = dir.resolve("plan.json");
    SafeguardingJson.writePlan(plan, file);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(Files.readString(file)).isEqualTo(json);
    assertThat(SafeguardingJson.readPlan(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(plan);
    assertThat(SafeguardingJson.readPlan(new StringReader(json))).isEqualTo(plan);
    assertThat(SafeguardingJson.readPlan(file)).isEqualTo(plan);
  }

  @Test
  void readPlan_missingFile_isAnIoFailureNotAnInvalidPlan(@TempDir Path dir) {
    assertThat(catchThrowableOfType(java.io.UncheckedIOException.class,
            () -> SafeguardingJson.readPlan(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read plan file");
  }

  private static InvalidPlanException invalid(String json) {
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> SafeguardingJson.readPlan(json));
    assertThat(e).as("expected the plan to be rejected").isNotNull();
    return e;
  }

  private static List<String> paths(InvalidPlanException e) {
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }
}
