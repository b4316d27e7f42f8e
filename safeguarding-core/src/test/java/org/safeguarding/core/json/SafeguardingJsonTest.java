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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
    SessionPlan plan = SafeguardingJson.PLAN.read(VALID);

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
            .replace(
                "{\"id\": \"p1\", \"age\": 12}",
                "{\"id\": \"p1\", \"age\": 12.5, \"registered\": \"yes\"}")
            .replace(
                "\"staff\": [{\"id\": \"s1\"}, {\"id\": \"s2\"}]",
                "\"staff\": [{\"id\": 1}, [\"s2\"]]");

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
    String json =
        VALID.replace(
            ", \"participants\": [{\"id\": \"p1\", \"age\": 12}, {\"id\": \"p2\", \"age\": 15}]",
            "");

    assertThat(paths(invalid(json))).containsExactly("$.participants: is required");
  }

  @Test
  void readPlan_nullValue_isAProblemNotAnAbsence() {
    assertThat(paths(invalid(VALID.replace("\"age\": 12", "\"age\": null"))))
        .containsExactly("$.participants[0].age: must not be null");
  }

  @Test
  void readPlan_nullForARequiredObject_isOneProblemNotTwo() {
    assertThat(
            paths(
                invalid(
                    VALID.replace("{\"name\": \"Club\", \"jurisdiction\": \"ENGLAND\"}", "null"))))
        .containsExactly("$.service: must not be null");
  }

  @Test
  void readPlan_problemUnderAPathThatHasAStructuralProblem_isStillReported() {
    String json =
        VALID.replace("\"GROUP\"", "\"ONE_TO_ONE\"").replace("\"age\": 12", "\"age\": 200");

    assertThat(paths(invalid(json)))
        .containsExactly(
            "$.participants: must hold exactly one participant when format is ONE_TO_ONE, not 2",
            "$.participants[0].age: must be between 0 and 120");
  }

  @Test
  void readPlan_twoStructuralProblemsAtOnePath_areBothReported() {
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}",
            "{\"id\": \"p1\", \"consents\": [{\"givenBy\": \"SELF\", \"verification\": \"WRITTEN\","
                + " \"given\": \"2026-01-01\", \"withdrawn\": \"1066-10-14\"}]}");

    assertThat(paths(invalid(json)))
        .containsExactly(
            "$.participants[0].consents[0].withdrawn: must be a date between 1900-01-01 and"
                + " 2999-12-31",
            "$.participants[0].consents[0].withdrawn: must not be before given");
  }

  @Test
  void readPlan_unusableGivenDate_causesNoProblemAboutWithdrawal() {
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}",
            "{\"id\": \"p1\", \"consents\": [{\"givenBy\": \"SELF\", \"verification\": \"WRITTEN\","
                + " \"given\": \"2026-02-30\", \"withdrawn\": \"1999-01-01\"}]}");

    assertThat(paths(invalid(json)))
        .containsExactly("$.participants[0].consents[0].given: is not a real date");
  }

  @Test
  void readPlan_idThatLooksLikeAPath_neverCollidesWithAMissingId() {
    String json =
        VALID
            .replace("{\"id\": \"s1\"}", "{\"id\": 7}")
            .replace("\"id\": \"p1\"", "\"id\": \"$.staff[0].id\"");

    assertThat(paths(invalid(json))).containsExactly("$.staff[0].id: must be a string");
  }

  @Test
  void readPlan_hugeArray_isRejectedWithoutBindingItsEntries() {
    String entries = String.join(",", java.util.Collections.nCopies(200_000, "{}"));
    String json =
        VALID.replace(
            "[{\"id\": \"p1\", \"age\": 12}, {\"id\": \"p2\", \"age\": 15}]", "[" + entries + "]");

    assertThat(paths(invalid(json)))
        .containsExactly(
            "$.participants: must hold at most " + JsonLimits.MAX_ARRAY_ENTRIES + " entries");
  }

  @Test
  void readPlan_hugeArray_isRefusedWhileParsingBeforeTheRestIsRead() {
    String entries = String.join(",", java.util.Collections.nCopies(150_000, "\"LEAD\""));
    // The document is broken after the array: refusing the array first shows that parsing stopped.
    String json =
        VALID.replace("{\"id\": \"s1\"}", "{\"id\": \"s1\", \"roles\": [" + entries + "]}") + "}}}";

    assertThat(paths(invalid(json)))
        .containsExactly(
            "$.staff[0].roles: must hold at most " + JsonLimits.MAX_ARRAY_ENTRIES + " entries");
  }

  @Test
  void readPlan_listLongerThanItsOwnLimit_isReportedAtTheList() {
    String entries = String.join(",", java.util.Collections.nCopies(101, "\"x\""));
    String risk =
        "{\"id\": \"r1\", \"hazard\": \"OTHER\", \"area\": \"SERVICE\", \"likelihood\": 1,"
            + " \"severity\": 1, \"mitigations\": ["
            + entries
            + "]}";

    assertThat(paths(invalid(VALID.replace("\"staff\"", "\"risks\": [" + risk + "], \"staff\""))))
        .containsExactly("$.risks[0].mitigations: must hold at most 100 entries");
  }

  @Test
  void readPlan_thousandsOfProblems_listsTheFirstThousandAndSaysThereAreMore() {
    String entries = String.join(",", java.util.Collections.nCopies(1_500, "{\"id\": 1}"));
    String json =
        VALID.replace(
            "[{\"id\": \"p1\", \"age\": 12}, {\"id\": \"p2\", \"age\": 15}]", "[" + entries + "]");

    List<String> problems = paths(invalid(json));

    assertThat(problems).hasSize(1_001);
    assertThat(problems.get(0)).isEqualTo("$.participants[0].id: must be a string");
    assertThat(problems.get(1_000))
        .isEqualTo("$: has more problems; only the first 1000 are listed");
  }

  @Test
  void readPlan_streamThatIsNotUtf8_isInvalidInputNotAnIoFailure() {
    byte[] utf32 = {0, 0, 0, 0x7B, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    byte[] overlong = VALID.replace("\"Club\"", "\"C\u0001lub\"").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < overlong.length; i++) {
      if (overlong[i] == 1) {
        overlong = java.util.Arrays.copyOf(overlong, overlong.length + 1);
        System.arraycopy(overlong, i + 1, overlong, i + 2, overlong.length - i - 2);
        overlong[i] = (byte) 0xC0;
        overlong[i + 1] = (byte) 0xA0;
        break;
      }
    }
    byte[] withOverlong = overlong;

    for (byte[] bytes : List.of(utf32, withOverlong)) {
      InvalidPlanException e =
          catchThrowableOfType(
              InvalidPlanException.class,
              () -> SafeguardingJson.PLAN.read(new ByteArrayInputStream(bytes)));
      assertThat(paths(e)).containsExactly("$: must be UTF-8, but holds bytes that are not");
    }
  }

  @Test
  void readPlan_leadingByteOrderMark_isSkippedByEveryOverload() {
    SessionPlan expected = SafeguardingJson.PLAN.read(VALID);
    String withMark = "\uFEFF" + VALID;

    assertThat(SafeguardingJson.PLAN.read(withMark)).isEqualTo(expected);
    assertThat(SafeguardingJson.PLAN.read(new StringReader(withMark))).isEqualTo(expected);
    assertThat(
            SafeguardingJson.PLAN.read(
                new ByteArrayInputStream(withMark.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
  }

  @Test
  void readPlan_utf16Stream_isRejected() {
    byte[] utf16 = VALID.getBytes(StandardCharsets.UTF_16LE);

    assertThat(
            catchThrowableOfType(
                InvalidPlanException.class,
                () -> SafeguardingJson.PLAN.read(new ByteArrayInputStream(utf16))))
        .isNotNull();
  }

  @Test
  void readPlan_instantsBeyondTheDateRange_areRejectedNotThrown() {
    assertThat(paths(invalid(VALID.replace("2026-12-04T18:00:00Z", "-1000000000-01-01T00:00:00Z"))))
        .containsExactly("$.start: must be an instant between 1900 and 2999");
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
  void readPlan_knownFieldRepeatedAfterManyUnknownNames_isStillRejectedAtItsPath() {
    // Unknown names are remembered as hashes, and only so many; a name the model knows is kept
    // exactly, however many unknown names come between.
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      unknown.append("\"u").append(i).append("\": 0, ");
    }
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}",
            "{\"id\": \"p1\", \"age\": 12, " + unknown + "\"age\": 13}");

    assertThat(paths(invalid(json)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$.participants[0].age: must appear only once in its object (line 1, column ");
  }

  @Test
  void readPlan_unknownFieldRepeated_isRejectedAtItsPath() {
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}",
            "{\"id\": \"p1\", \"x\": {\"a\": 1}, \"age\": 12, \"x\": 2}");

    assertThat(paths(invalid(json)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$.participants[0].x: must appear only once in its object (line 1, column ");
  }

  @Test
  void readPlan_moreUnknownFieldsThanAreListed_areCountedAsMore() {
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      unknown.append(", \"u").append(i).append("\": 0");
    }
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}", "{\"id\": \"p1\", \"age\": 12" + unknown + "}");

    List<String> problems = paths(invalid(json));

    assertThat(problems).hasSize(1_001);
    assertThat(problems.get(0)).isEqualTo("$.participants[0].u0: unknown field");
    assertThat(problems.get(999)).isEqualTo("$.participants[0].u999: unknown field");
    assertThat(problems.get(1_000))
        .isEqualTo("$: has more problems; only the first 1000 are listed");
  }

  @Test
  void readPlan_duplicateField_isRejectedAtItsPath() {
    String json =
        VALID.replace(
            "{\"id\": \"p1\", \"age\": 12}", "{\"id\": \"p1\", \"age\": 12, \"age\": 13}");

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \"p",
        "{\"id\": \"p1\",\n  ",
        "{\"staff\": [",
        "{\"staff\": [{}, ",
        "{\"id\": ",
        "{\"durationMinutes\": 60"
      })
  void readPlan_cutShortAnywhere_saysItEndsTooSoon(String prefix) {
    assertThat(paths(invalid(prefix)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("is not complete: the input ends too soon");
  }

  @Test
  void readPlan_emptyArrayOrScalarInput_isRejected() {
    assertThat(paths(invalid("")))
        .containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(paths(invalid("[]"))).containsExactly("$: must be an object");
    assertThat(paths(invalid("42"))).containsExactly("$: must be an object");
  }

  @Test
  void readPlan_malformedJson_neverQuotesTheInput() {
    String secret = "Jane Smith lives at 4 Privet Drive";
    InvalidPlanException e = invalid("{\"id\": " + secret + "}");

    assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("Privet");
    assertThat(paths(e))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("$.id: is not well-formed JSON (line 1, column ");
  }

  @Test
  void readPlan_problemsInFreeText_neverRepeatTheText() {
    String longText = "Jane Smith ".repeat(1_000);
    String json =
        VALID
            .replace("\"name\": \"Club\"", "\"name\": \"" + longText + "\"")
            .replace("\"GROUP\"", "\"Jane Smith\"");

    InvalidPlanException e = invalid(json);

    assertThat(paths(e))
        .containsExactlyInAnyOrder(
            "$.format: must be one of GROUP, ONE_TO_ONE",
            "$.service.name: must be at most 10000 characters");
    assertThat(e.getMessage()).doesNotContain("Jane");
  }

  @Test
  void readPlan_hostileFieldName_isEscapedAndCutShortInThePath() {
    String json =
        VALID.replace("\"id\": \"club\"", "\"id\": \"club\", \"a'\\nb" + "x".repeat(100) + "\": 1");

    assertThat(paths(invalid(json)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo("$['a\\'\\u000ab" + "x".repeat(60) + "...']: unknown field");
  }

  @Test
  void readPlan_fieldNameWithC1ControlsSeparatorsOrFormatting_isEscapedInThePath() {
    // NEL and CSI (C1 controls a terminal may act on), a line separator, a right-to-left override.
    String json =
        VALID.replace("\"id\": \"club\"", "\"id\": \"club\", \"a\u0085b\u009bc\u2028d\u202ee\": 1");

    assertThat(paths(invalid(json)))
        .containsExactly("$['a\\u0085b\\u009bc\\u2028d\\u202ee']: unknown field");
  }

  @Test
  void readPlan_deepNesting_isStoppedByTheReadersLimit() {
    String deep = "[".repeat(1_000) + "]".repeat(1_000);

    assertThat(paths(invalid("{\"risks\": " + deep + "}")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo(
            "$.risks"
                + "[0]".repeat(32)
                + ": exceeds the reader's limit: nesting depth at most 32");
  }

  static Stream<Arguments> overOneLimit() {
    return Stream.of(
        Arguments.of(
            VALID.replace("\"age\": 12", "\"age\": " + "[".repeat(30) + "]".repeat(30)),
            "$.participants[0].age"
                + "[0]".repeat(30)
                + ": exceeds the reader's limit: nesting depth at most 32"),
        Arguments.of(
            VALID.replace("\"club\"", "\"" + "c".repeat(1_000_001) + "\""),
            "$.id: exceeds the reader's limit: strings of at most 1000000 characters"),
        Arguments.of(
            VALID.replace("\"age\": 12", "\"" + "a".repeat(1_001) + "\": 12"),
            "$.participants[0].id: exceeds the reader's limit: field names of at most 1000"
                + " characters"),
        Arguments.of(
            VALID.replace("60", "6".repeat(101)),
            "$.durationMinutes: exceeds the reader's limit: numbers of at most 100 digits"));
  }

  @ParameterizedTest
  @MethodSource("overOneLimit")
  void readPlan_overOneOfTheReadersLimits_namesThatLimit(String json, String expected) {
    assertThat(paths(invalid(json)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo(expected);
  }

  @Test
  void writePlan_isCanonicalAndReadsBackEqual() {
    SessionPlan plan = Plans.childrensGroup().build();

    String json = SafeguardingJson.PLAN.write(plan);

    assertThat(SafeguardingJson.PLAN.read(json)).isEqualTo(plan);
    assertThat(json)
        .startsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"group-1\",\n")
        .endsWith("}\n");
    assertThat(json).doesNotContain("null").doesNotContain("\"registered\": false");
    assertThat(SafeguardingJson.PLAN.write(SafeguardingJson.PLAN.read(json))).isEqualTo(json);
  }

  @Test
  void readAndWrite_streamsReadersAndFiles_agreeWithStrings(@TempDir Path dir) throws Exception {
    SessionPlan plan = Plans.childrensGroup().build();
    String json = SafeguardingJson.PLAN.write(plan);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.PLAN.write(plan, bytes);
    Path file = dir.resolve("plan.json");
    SafeguardingJson.PLAN.write(plan, file);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(Files.readString(file)).isEqualTo(json);
    assertThat(SafeguardingJson.PLAN.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(plan);
    assertThat(SafeguardingJson.PLAN.read(new StringReader(json))).isEqualTo(plan);
    assertThat(SafeguardingJson.PLAN.read(file)).isEqualTo(plan);
  }

  @Test
  void readPlan_missingFile_isAnIoFailureNotAnInvalidPlan(@TempDir Path dir) {
    assertThat(
            catchThrowableOfType(
                java.io.UncheckedIOException.class,
                () -> SafeguardingJson.PLAN.read(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read session plan file");
  }

  private static InvalidPlanException invalid(String json) {
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> SafeguardingJson.PLAN.read(json));
    assertThat(e).as("expected the plan to be rejected").isNotNull();
    return e;
  }

  private static List<String> paths(InvalidPlanException e) {
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }
}
