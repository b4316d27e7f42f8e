package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.safeguarding.core.json.RejectedJson.invalid;
import static org.safeguarding.core.json.RejectedJson.problems;
import static org.safeguarding.core.json.RejectedJson.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.PlanGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON contract of the engine's answers: an admission at the door and the response plan after
 * an incident. Strict reading with every problem's path, canonical writing.
 */
class OutcomeJsonTest {

  private static final String REASON_1 =
      "{\"rule\": \"ADMIT_AWAIT_ADULTS\", \"message\": \"Wait until two adults are in the room.\","
          + " \"sources\": [\"admission.yaml\", \"NSPCC\"]}";
  private static final String REASON_2 =
      "{\"rule\": \"ADMIT_IDENTITY\", \"message\": \"Check who p1 is.\", \"sources\":"
          + " [\"identity.yaml\"]}";

  /** An admission as a tool might store it: compact. */
  private static final String WAIT =
      "{\"person\": \"p1\", \"verdict\": \"WAIT\", \"reasons\": ["
          + REASON_1
          + ", "
          + REASON_2
          + "]}";

  private static final String ACTION_1 =
      "{\"action\": \"INFORM_SAFEGUARDING_LEAD\", \"owner\": \"SAFEGUARDING_LEAD\", \"ownerType\":"
          + " \"ROLE\", \"due\": \"2026-12-04T18:20:00Z\", \"message\": \"Tell the lead now.\","
          + " \"sources\": [\"kcsie\"]}";
  private static final String ACTION_2 =
      "{\"action\": \"PHONE_PARTICIPANT\", \"owner\": \"s2\", \"ownerType\": \"STAFF\", \"due\":"
          + " \"2026-12-04T18:20:00Z\", \"message\": \"Phone p1.\", \"sources\": [\"nspcc\"]}";
  private static final String ACTION_3 =
      "{\"action\": \"RECORD_INCIDENT\", \"owner\": \"s2\", \"ownerType\": \"STAFF\", \"due\":"
          + " \"2026-12-05T18:20:00Z\", \"message\": \"Record it.\", \"sources\":"
          + " [\"records.yaml\", \"kcsie\"]}";

  /** A response plan as a tool might store it: compact. */
  private static final String RESPONSE =
      "{\"incident\": \"i1\", \"actions\": ["
          + ACTION_1
          + ", "
          + ACTION_2
          + ", "
          + ACTION_3
          + "], \"notes\": []}";

  private static final String VERDICTS = "must be one of ADMIT, WAIT, REFUSE";
  private static final String ACTIONS =
      "must be one of EMERGENCY_SERVICES, INFORM_SAFEGUARDING_LEAD, PHONE_PARTICIPANT,"
          + " CONTACT_AFTER_SESSION, FOLLOW_UP_NEXT_DAY, RECORD_INCIDENT, LOCAL_AUTHORITY_REFERRAL,"
          + " REPORT_TO_PLATFORM, REVIEW_PLATFORM_CONTROLS, REVIEW_RISK_REGISTER";
  private static final String OUT_OF_ORDER =
      "is out of order: actions are listed by due instant, then by action";
  private static final String BAD_INSTANT =
      "must be an instant written yyyy-mm-ddThh:mm:ssZ (or with an offset)";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  // Admissions: canonical writing

  @Test
  void writeAdmission_typicalWait_isTheCanonicalBytes() {
    Admission admission =
        Admission.builder()
            .person("p1")
            .verdict(Verdict.WAIT)
            .addReason(
                reason(
                    "ADMIT_AWAIT_ADULTS",
                    "Wait until two adults are in the room.",
                    "admission.yaml",
                    "NSPCC"))
            .addReason(reason("ADMIT_IDENTITY", "Check who p1 is.", "identity.yaml"))
            .build();

    assertThat(SafeguardingJson.ADMISSION.write(admission))
        .isEqualTo(
            "{\n"
                + "  \"person\": \"p1\",\n"
                + "  \"verdict\": \"WAIT\",\n"
                + "  \"reasons\": [\n"
                + "    {\n"
                + "      \"rule\": \"ADMIT_AWAIT_ADULTS\",\n"
                + "      \"message\": \"Wait until two adults are in the room.\",\n"
                + "      \"sources\": [\n"
                + "        \"admission.yaml\",\n"
                + "        \"NSPCC\"\n"
                + "      ]\n"
                + "    },\n"
                + "    {\n"
                + "      \"rule\": \"ADMIT_IDENTITY\",\n"
                + "      \"message\": \"Check who p1 is.\",\n"
                + "      \"sources\": [\n"
                + "        \"identity.yaml\"\n"
                + "      ]\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void writeAdmission_admit_writesAnEmptyReasonsList() {
    Admission admission = Admission.builder().person("p1").verdict(Verdict.ADMIT).build();

    assertThat(SafeguardingJson.ADMISSION.write(admission))
        .isEqualTo("{\n  \"person\": \"p1\",\n  \"verdict\": \"ADMIT\",\n  \"reasons\": []\n}\n");
  }

  @Test
  void writeAdmission_freeText_isEscapedAsJsonAndReadsBack() {
    Admission admission =
        Admission.builder()
            .person("p1")
            .verdict(Verdict.REFUSE)
            .addReason(reason("R", "Say \"no\"\tthen\nstop \\ \u00e9\uD83D\uDE00.", "a/b.yaml"))
            .build();

    String json = SafeguardingJson.ADMISSION.write(admission);

    assertThat(json)
        .contains("\"message\": \"Say \\\"no\\\"\\tthen\\nstop \\\\ \u00e9\uD83D\uDE00.\"");
    assertThat(SafeguardingJson.ADMISSION.read(json)).isEqualTo(admission);
  }

  // Admissions: reading and round trips

  @Test
  void readAdmission_compactWait_readsEveryReasonInOrder() {
    Admission admission = SafeguardingJson.ADMISSION.read(WAIT);

    assertThat(admission.person()).isEqualTo("p1");
    assertThat(admission.verdict()).isEqualTo(Verdict.WAIT);
    assertThat(admission.reasons())
        .extracting(AdmissionReason::rule)
        .containsExactly("ADMIT_AWAIT_ADULTS", "ADMIT_IDENTITY");
    assertThat(admission.reasons().get(0).message())
        .isEqualTo("Wait until two adults are in the room.");
    assertThat(admission.reasons().get(0).sources()).containsExactly("admission.yaml", "NSPCC");
  }

  @Test
  void admission_roundTrip_givesAnEqualAdmissionAndTheSameBytesForEveryVerdict() {
    for (Verdict verdict : Verdict.values()) {
      Admission.Builder builder =
          Admission.builder().person("person-" + verdict.ordinal()).verdict(verdict);
      if (verdict != Verdict.ADMIT) {
        builder
            .addReason(reason("B", "Second rule first.", "z.yaml"))
            .addReason(reason("A", "Then this.", "a.yaml", "b"));
      }
      Admission admission = builder.build();

      String json = SafeguardingJson.ADMISSION.write(admission);

      assertThat(SafeguardingJson.ADMISSION.read(json)).isEqualTo(admission);
      assertThat(SafeguardingJson.ADMISSION.write(SafeguardingJson.ADMISSION.read(json)))
          .isEqualTo(json);
    }
  }

  @Test
  void readAdmission_compactInput_rewritesCanonicallyAndStably() {
    String canonical = SafeguardingJson.ADMISSION.write(SafeguardingJson.ADMISSION.read(WAIT));

    assertThat(canonical)
        .isNotEqualTo(WAIT)
        .startsWith("{\n  \"person\": \"p1\",\n  \"verdict\": \"WAIT\",\n");
    assertThat(SafeguardingJson.ADMISSION.write(SafeguardingJson.ADMISSION.read(canonical)))
        .isEqualTo(canonical);
  }

  // Admissions: strictness

  @Test
  void readAdmission_unknownFields_areRejectedAtTheirPaths() {
    String json =
        WAIT.replace("\"person\"", "\"note\": \"x\", \"person\"")
            .replace("\"rule\": \"ADMIT_IDENTITY\"", "\"rule\": \"ADMIT_IDENTITY\", \"level\": 1");

    assertThat(problems(invalidAdmission(json)))
        .containsExactly("$.reasons[1].level: unknown field", "$.note: unknown field");
  }

  @Test
  void readAdmission_missingRequiredFields_areEachReportedOnce() {
    assertThat(problems(invalidAdmission("{}")))
        .containsExactly(
            "$.person: is required", "$.verdict: is required", "$.reasons: is required");
    assertThat(problems(invalidAdmission("{\"person\": \"p1\", \"verdict\": \"ADMIT\"}")))
        .containsExactly("$.reasons: is required");
  }

  @Test
  void readAdmission_missingFieldsOfAReason_carryTheReasonsPath() {
    String json = WAIT.replace(REASON_2, "{}");

    assertThat(problems(invalidAdmission(json)))
        .containsExactly(
            "$.reasons[1].rule: is required",
            "$.reasons[1].message: is required",
            "$.reasons[1].sources: is required");
  }

  @Test
  void readAdmission_wrongTypes_eachNamedWithWhatWasExpected() {
    String json =
        "{\"person\": 1, \"verdict\": \"REFUSE\", \"reasons\": [{\"rule\": [], \"message\": 2,"
            + " \"sources\": \"a\"}, \"reason\", {\"rule\": \"R\", \"message\": \"m\", \"sources\":"
            + " [\"a\", 3]}]}";

    assertThat(problems(invalidAdmission(json)))
        .containsExactly(
            "$.person: must be a string",
            "$.reasons[0].rule: must be a string",
            "$.reasons[0].message: must be a string",
            "$.reasons[0].sources: must be an array",
            "$.reasons[1]: must be an object",
            "$.reasons[2].sources[1]: must be a string");
    assertThat(
            problems(
                invalidAdmission("{\"person\": \"p1\", \"verdict\": \"ADMIT\", \"reasons\": {}}")))
        .containsExactly("$.reasons: must be an array");
    assertThat(problems(invalidAdmission("{\"person\": \"p1\", \"verdict\": 1, \"reasons\": []}")))
        .containsExactly("$.verdict: " + VERDICTS);
  }

  @Test
  void readAdmission_jsonNull_isAProblemNotAnAbsence() {
    assertThat(problems(invalidAdmission(WAIT.replace("\"p1\"", "null"))))
        .containsExactly("$.person: must not be null");
    assertThat(problems(invalidAdmission(WAIT.replace("\"Check who p1 is.\"", "null"))))
        .containsExactly("$.reasons[1].message: must not be null");
    assertThat(
            problems(
                invalidAdmission(
                    "{\"person\": \"p1\", \"verdict\": \"ADMIT\", \"reasons\": null}")))
        .containsExactly("$.reasons: must not be null");
  }

  @Test
  void readAdmission_unknownVerdict_listsTheAllowedValues() {
    // Without reasons, so that the placeholder standing in for the verdict cannot bear on them.
    assertThat(
            problems(
                invalidAdmission("{\"person\": \"p1\", \"verdict\": \"wait\", \"reasons\": []}")))
        .containsExactly("$.verdict: " + VERDICTS);
    assertThat(
            problems(
                invalidAdmission("{\"person\": \"p1\", \"verdict\": \"MAYBE\", \"reasons\": []}")))
        .containsExactly("$.verdict: " + VERDICTS);
  }

  @Test
  void readAdmission_duplicateKey_isRejectedAtItsPath() {
    String json =
        WAIT.replace(
            "\"rule\": \"ADMIT_IDENTITY\"", "\"rule\": \"ADMIT_IDENTITY\", \"rule\": \"OTHER\"");

    assertThat(problems(invalidAdmission(json)))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.reasons[1].rule: must appear only once in its object (line 1, column ");
  }

  @Test
  void readAdmission_trailingContentEmptyInputOrTopLevelArray_isRejected() {
    assertThat(problems(invalidAdmission(WAIT + " []")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: must be one JSON value, but more follows (line 1, column ");
    assertThat(problems(invalidAdmission("")))
        .containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(problems(invalidAdmission("[" + WAIT + "]")))
        .containsExactly("$: must be an object");
  }

  @Test
  void readAdmission_streamThatIsNotUtf8_isInvalidInputNotAnIoFailure() {
    byte[] bytes = utf8(WAIT.replace("two adults", "two adults \u00e9"));
    int at = indexOf(bytes, (byte) 0xC3);
    bytes[at + 1] = (byte) 0x28; // a lead byte followed by no continuation byte

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> SafeguardingJson.ADMISSION.read(new ByteArrayInputStream(bytes)));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("invalid admission:");
    assertThat(problems(e)).containsExactly("$: must be UTF-8, but holds bytes that are not");
  }

  @Test
  void readAdmission_leadingByteOrderMark_isSkippedByEveryOverload() {
    Admission expected = SafeguardingJson.ADMISSION.read(WAIT);
    String withMark = "\uFEFF" + WAIT;

    assertThat(SafeguardingJson.ADMISSION.read(withMark)).isEqualTo(expected);
    assertThat(SafeguardingJson.ADMISSION.read(new StringReader(withMark))).isEqualTo(expected);
    assertThat(SafeguardingJson.ADMISSION.read(new ByteArrayInputStream(utf8(withMark))))
        .isEqualTo(expected);
  }

  @Test
  void readAdmission_moreReasonsOrSourcesThanAllowed_isReportedAtTheListOnly() {
    String reasons = String.join(", ", Collections.nCopies(101, "{}"));
    String sources = String.join(", ", Collections.nCopies(101, "\"s\""));

    assertThat(
            problems(
                invalidAdmission(
                    "{\"person\": \"p1\", \"verdict\": \"WAIT\", \"reasons\": [" + reasons + "]}")))
        .containsExactly("$.reasons: must hold at most 100 entries");
    assertThat(problems(invalidAdmission(WAIT.replace("[\"identity.yaml\"]", "[" + sources + "]"))))
        .containsExactly("$.reasons[1].sources: must hold at most 100 entries");
  }

  // Admissions: structural problems

  @Test
  void readAdmission_admitWithReasons_isRejectedAtTheReasons() {
    assertThat(problems(invalidAdmission(WAIT.replace("\"WAIT\"", "\"ADMIT\""))))
        .containsExactly("$.reasons: must be empty when the verdict is ADMIT");
  }

  @Test
  void readAdmission_waitOrRefuseWithoutReasons_mustGiveOne() {
    assertThat(
            problems(
                invalidAdmission("{\"person\": \"p1\", \"verdict\": \"WAIT\", \"reasons\": []}")))
        .containsExactly("$.reasons: must give at least one reason when the verdict is WAIT");
    assertThat(
            problems(
                invalidAdmission("{\"person\": \"p1\", \"verdict\": \"REFUSE\", \"reasons\": []}")))
        .containsExactly("$.reasons: must give at least one reason when the verdict is REFUSE");
  }

  @Test
  void readAdmission_ruleGivenTwice_isReportedAtTheSecond() {
    String json = WAIT.replace("\"ADMIT_IDENTITY\"", "\"ADMIT_AWAIT_ADULTS\"");

    assertThat(problems(invalidAdmission(json)))
        .containsExactly("$.reasons[1].rule: must appear once in an admission");
  }

  @Test
  void readAdmission_reasonWithoutSources_mustCiteOne() {
    assertThat(problems(invalidAdmission(WAIT.replace("[\"identity.yaml\"]", "[]"))))
        .containsExactly("$.reasons[1].sources: must cite at least one source");
  }

  @Test
  void readAdmission_blankOrInvalidTexts_areEachReportedWithTheirFullPath() {
    String json =
        "{\"person\": \" \", \"verdict\": \"REFUSE\", \"reasons\": ["
            + REASON_1
            + ", {\"rule\": \"R\\u0000\", \"message\": \"\\n"
            + "\", \"sources\": [\"ok\", \" \", \"bad\\u0007\"]}]}";

    assertThat(problems(invalidAdmission(json)))
        .containsExactly(
            "$.person: must not be blank",
            "$.reasons[1].rule: must not contain control characters or unpaired surrogates",
            "$.reasons[1].message: must not be blank",
            "$.reasons[1].sources[1]: must not be blank",
            "$.reasons[1].sources[2]: must not contain control characters (but tab and line breaks)"
                + " or unpaired surrogates");
  }

  @Test
  void readAdmission_shapeAndStructuralProblems_areReportedTogether() {
    String json =
        "{\"person\": \"p1\", \"verdict\": \"REFUSE\", \"reasons\": ["
            + REASON_1
            + ", "
            + REASON_1.replace("[\"admission.yaml\", \"NSPCC\"]", "[]")
            + ", {\"rule\": 5, \"message\": \"m\", \"sources\": [\"s\"], \"extra\": null}]}";

    InvalidPlanException e = invalidAdmission(json);

    assertThat(problems(e))
        .containsExactly(
            "$.reasons[2].rule: must be a string",
            "$.reasons[2].extra: unknown field",
            "$.reasons[1].rule: must appear once in an admission",
            "$.reasons[1].sources: must cite at least one source");
    assertThat(e.getMessage())
        .startsWith("invalid admission: 4 problems: $.reasons[2].rule: must be a string; ");
  }

  @Test
  void readAdmission_problems_neverRepeatFreeText() {
    String json =
        "{\"person\": \"SECRET\\u0001\", \"verdict\": \"REFUSE\", \"reasons\": [{\"rule\":"
            + " \"SECRET\", \"message\": \""
            + "SECRET ".repeat(2_000)
            + "\", \"sources\": [\"SECRET\\u0002\"]}, {\"rule\": \"SECRET\", \"message\": \"m\","
            + " \"sources\": [\"s\"]}]}";

    InvalidPlanException e = invalidAdmission(json);
    InvalidPlanException verdict =
        invalidAdmission("{\"person\": \"p1\", \"verdict\": \"SECRET\", \"reasons\": []}");

    assertThat(e.getMessage()).doesNotContain("SECRET");
    assertThat(e.problems())
        .extracting(PlanProblem::path)
        .containsExactly(
            "$.person", "$.reasons[0].message", "$.reasons[0].sources[0]", "$.reasons[1].rule");
    assertThat(verdict.getMessage()).doesNotContain("SECRET");
    assertThat(problems(verdict)).containsExactly("$.verdict: " + VERDICTS);
  }

  @Test
  void readAdmission_malformedJson_neverQuotesTheInput() {
    InvalidPlanException e = invalidAdmission("{\"person\": \"p1\", \"verdict\": SECRET}");

    assertThat(e.getMessage()).doesNotContain("SECRET");
    assertThat(problems(e))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.verdict: is not well-formed JSON");
  }

  // Admissions: overloads

  @Test
  void admission_readersStreamsFilesAndWriters_agreeWithStrings(@TempDir Path dir)
      throws Exception {
    Admission admission =
        SafeguardingJson.ADMISSION.read(WAIT.replace("NSPCC", "NSPCC \u2014 \u00e9t\u00e9"));
    String json = SafeguardingJson.ADMISSION.write(admission);

    StringWriter writer = new StringWriter();
    SafeguardingJson.ADMISSION.write(admission, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.ADMISSION.write(admission, bytes);
    Path file = dir.resolve("admission.json");
    Files.write(file, bytes.toByteArray());

    assertThat(writer.toString()).isEqualTo(json);
    assertThat(bytes.toByteArray()).isEqualTo(utf8(json));
    assertThat(SafeguardingJson.ADMISSION.read(new StringReader(json))).isEqualTo(admission);
    assertThat(SafeguardingJson.ADMISSION.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(admission);
    assertThat(SafeguardingJson.ADMISSION.read(file)).isEqualTo(admission);
  }

  @Test
  void readAdmission_invalidInput_isTheSameProblemsByEveryOverload(@TempDir Path dir)
      throws Exception {
    String json =
        WAIT.replace("\"ADMIT_IDENTITY\"", "\"ADMIT_AWAIT_ADULTS\"").replace("\"p1\"", "[]");
    Path file = dir.resolve("admission.json");
    Files.writeString(file, json);
    List<String> expected =
        List.of(
            "$.person: must be a string", "$.reasons[1].rule: must appear once in an admission");

    assertThat(problems(invalidAdmission(json))).isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class,
                    () -> SafeguardingJson.ADMISSION.read(new StringReader(json)))))
        .isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class,
                    () -> SafeguardingJson.ADMISSION.read(new ByteArrayInputStream(utf8(json))))))
        .isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class, () -> SafeguardingJson.ADMISSION.read(file))))
        .isEqualTo(expected);
  }

  @Test
  void readAdmission_missingFile_isAnIoFailureNotAnInvalidAdmission(@TempDir Path dir) {
    assertThat(
            catchThrowableOfType(
                UncheckedIOException.class,
                () -> SafeguardingJson.ADMISSION.read(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read admission file");
  }

  // Response plans: canonical writing

  @Test
  void writeResponsePlan_typicalPlan_isTheCanonicalBytes() {
    ResponsePlan response =
        ResponsePlan.builder()
            .incident("i1")
            .addAction(
                action(
                    ResponseAction.INFORM_SAFEGUARDING_LEAD,
                    "SAFEGUARDING_LEAD",
                    OwnerType.ROLE,
                    "2026-12-04T18:20:00Z",
                    "Tell the lead now.",
                    "kcsie"))
            .addAction(
                action(
                    ResponseAction.PHONE_PARTICIPANT,
                    "s2",
                    OwnerType.STAFF,
                    "2026-12-04T18:20:00Z",
                    "Phone p1.",
                    "nspcc"))
            .addAction(
                action(
                    ResponseAction.RECORD_INCIDENT,
                    "s2",
                    OwnerType.STAFF,
                    "2026-12-05T18:20:00Z",
                    "Record it.",
                    "records.yaml",
                    "kcsie"))
            .build();

    assertThat(SafeguardingJson.RESPONSE_PLAN.write(response))
        .isEqualTo(
            "{\n"
                + "  \"incident\": \"i1\",\n"
                + "  \"actions\": [\n"
                + "    {\n"
                + "      \"action\": \"INFORM_SAFEGUARDING_LEAD\",\n"
                + "      \"owner\": \"SAFEGUARDING_LEAD\",\n"
                + "      \"ownerType\": \"ROLE\",\n"
                + "      \"due\": \"2026-12-04T18:20:00Z\",\n"
                + "      \"message\": \"Tell the lead now.\",\n"
                + "      \"sources\": [\n"
                + "        \"kcsie\"\n"
                + "      ]\n"
                + "    },\n"
                + "    {\n"
                + "      \"action\": \"PHONE_PARTICIPANT\",\n"
                + "      \"owner\": \"s2\",\n"
                + "      \"ownerType\": \"STAFF\",\n"
                + "      \"due\": \"2026-12-04T18:20:00Z\",\n"
                + "      \"message\": \"Phone p1.\",\n"
                + "      \"sources\": [\n"
                + "        \"nspcc\"\n"
                + "      ]\n"
                + "    },\n"
                + "    {\n"
                + "      \"action\": \"RECORD_INCIDENT\",\n"
                + "      \"owner\": \"s2\",\n"
                + "      \"ownerType\": \"STAFF\",\n"
                + "      \"due\": \"2026-12-05T18:20:00Z\",\n"
                + "      \"message\": \"Record it.\",\n"
                + "      \"sources\": [\n"
                + "        \"records.yaml\",\n"
                + "        \"kcsie\"\n"
                + "      ]\n"
                + "    }\n"
                + "  ],\n"
                + "  \"notes\": []\n"
                + "}\n");
  }

  @Test
  void writeResponsePlan_noActions_writesEmptyLists() {
    assertThat(SafeguardingJson.RESPONSE_PLAN.write(ResponsePlan.builder().incident("i1").build()))
        .isEqualTo("{\n  \"incident\": \"i1\",\n  \"actions\": [],\n  \"notes\": []\n}\n");
  }

  @Test
  void writeResponsePlan_notesAndAHandlerNotOnThePlan_isTheCanonicalBytes() {
    // given: cover staff c1, not on the plan, handled an incident about p9, not on it either
    ResponsePlan response =
        ResponsePlan.builder()
            .incident("i1")
            .addAction(
                action(
                    ResponseAction.INFORM_SAFEGUARDING_LEAD,
                    "c1",
                    OwnerType.NOT_ON_PLAN,
                    "2026-12-04T18:20:00Z",
                    "Tell the lead now.",
                    "kcsie"))
            .addNote("p9 is not one of the plan's participants: they are judged as a child")
            .addNote("c1 is not on the plan's staff: they keep the immediate actions")
            .build();

    // when
    String json = SafeguardingJson.RESPONSE_PLAN.write(response);

    // then
    assertThat(json)
        .isEqualTo(
            "{\n"
                + "  \"incident\": \"i1\",\n"
                + "  \"actions\": [\n"
                + "    {\n"
                + "      \"action\": \"INFORM_SAFEGUARDING_LEAD\",\n"
                + "      \"owner\": \"c1\",\n"
                + "      \"ownerType\": \"NOT_ON_PLAN\",\n"
                + "      \"due\": \"2026-12-04T18:20:00Z\",\n"
                + "      \"message\": \"Tell the lead now.\",\n"
                + "      \"sources\": [\n"
                + "        \"kcsie\"\n"
                + "      ]\n"
                + "    }\n"
                + "  ],\n"
                + "  \"notes\": [\n"
                + "    \"p9 is not one of the plan's participants: they are judged as a child\",\n"
                + "    \"c1 is not on the plan's staff: they keep the immediate actions\"\n"
                + "  ]\n"
                + "}\n");
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(json)).isEqualTo(response);
  }

  // Response plans: reading and round trips

  @Test
  void readResponsePlan_compactPlan_readsEveryActionInOrder() {
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(RESPONSE);

    assertThat(response.incident()).isEqualTo("i1");
    assertThat(response.actions())
        .extracting(PlannedAction::action)
        .containsExactly(
            ResponseAction.INFORM_SAFEGUARDING_LEAD,
            ResponseAction.PHONE_PARTICIPANT,
            ResponseAction.RECORD_INCIDENT);
    PlannedAction first = response.actions().get(0);
    assertThat(first.owner()).isEqualTo("SAFEGUARDING_LEAD");
    assertThat(first.ownerType()).isEqualTo(OwnerType.ROLE);
    assertThat(first.due()).isEqualTo(Instant.parse("2026-12-04T18:20:00Z"));
    assertThat(first.message()).isEqualTo("Tell the lead now.");
    assertThat(first.sources()).containsExactly("kcsie");
    assertThat(response.actions().get(2).sources()).containsExactly("records.yaml", "kcsie");
  }

  @Test
  void responsePlan_roundTrip_givesAnEqualPlanAndTheSameBytes() {
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(RESPONSE);

    String json = SafeguardingJson.RESPONSE_PLAN.write(response);

    assertThat(SafeguardingJson.RESPONSE_PLAN.read(json)).isEqualTo(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.write(SafeguardingJson.RESPONSE_PLAN.read(json)))
        .isEqualTo(json);
  }

  @Test
  void responsePlan_everyActionAndRole_roundTrips() {
    ResponsePlan.Builder builder = ResponsePlan.builder().incident("i1");
    Instant due = Instant.parse("2026-12-04T18:20:00.5Z");
    for (ResponseAction action : ResponseAction.values()) {
      StaffRole role = StaffRole.values()[action.ordinal() % StaffRole.values().length];
      builder.addAction(
          action(
              action,
              role.name(),
              OwnerType.ROLE,
              due.toString(),
              "Do " + action + ".",
              "s" + action.ordinal()));
    }
    ResponsePlan response = builder.build();

    String json = SafeguardingJson.RESPONSE_PLAN.write(response);

    assertThat(SafeguardingJson.RESPONSE_PLAN.read(json)).isEqualTo(response);
    assertThat(json).contains("\"due\": \"2026-12-04T18:20:00.500Z\"");
    for (ResponseAction action : ResponseAction.values()) {
      assertThat(json).contains("\"action\": \"" + action.name() + "\"");
    }
  }

  @Test
  void readResponsePlan_dueWithAnOffset_isTheSameInstantWrittenInUtc() {
    ResponsePlan response =
        SafeguardingJson.RESPONSE_PLAN.read(
            RESPONSE.replace("2026-12-05T18:20:00Z", "2026-12-05T13:20:00-05:00"));

    assertThat(response).isEqualTo(SafeguardingJson.RESPONSE_PLAN.read(RESPONSE));
    assertThat(SafeguardingJson.RESPONSE_PLAN.write(response))
        .contains("\"due\": \"2026-12-05T18:20:00Z\"");
  }

  // Response plans: strictness

  @Test
  void readResponsePlan_unknownFields_areRejectedAtTheirPaths() {
    String json =
        RESPONSE
            .replace("\"incident\"", "\"priority\": 1, \"incident\"")
            .replace("\"Phone p1.\"", "\"Phone p1.\", \"done\": false");

    assertThat(problems(invalidResponse(json)))
        .containsExactly("$.actions[1].done: unknown field", "$.priority: unknown field");
  }

  @Test
  void readResponsePlan_missingRequiredFields_areEachReportedWithTheirFullPath() {
    assertThat(problems(invalidResponse("{}")))
        .containsExactly(
            "$.incident: is required", "$.actions: is required", "$.notes: is required");
    assertThat(
            problems(invalidResponse("{\"incident\": \"i1\", \"actions\": [{}], \"notes\": []}")))
        .containsExactly(
            "$.actions[0].action: is required",
            "$.actions[0].owner: is required",
            "$.actions[0].ownerType: is required",
            "$.actions[0].due: is required",
            "$.actions[0].message: is required",
            "$.actions[0].sources: is required");
  }

  @Test
  void readResponsePlan_wrongTypes_eachNamedWithWhatWasExpected() {
    String json =
        "{\"incident\": [\"i1\"], \"actions\": ["
            + ACTION_1
            + ", 7, {\"action\": \"RECORD_INCIDENT\", \"owner\": 2, \"ownerType\": false,"
            + " \"due\": 1764872400, \"message\": {}, \"sources\": [\"a\", null]}], \"notes\":"
            + " [false]}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly(
            "$.incident: must be a string",
            "$.actions[1]: must be an object",
            "$.actions[2].owner: must be a string",
            "$.actions[2].ownerType: must be one of STAFF, ROLE, NOT_ON_PLAN",
            "$.actions[2].due: must be a string",
            "$.actions[2].message: must be a string",
            "$.actions[2].sources[1]: must be a string",
            "$.notes[0]: must be a string");
  }

  @Test
  void readResponsePlan_jsonNull_isAProblemNotAnAbsence() {
    assertThat(problems(invalidResponse(RESPONSE.replace("\"i1\"", "null"))))
        .containsExactly("$.incident: must not be null");
    assertThat(problems(invalidResponse(RESPONSE.replace("\"Phone p1.\"", "null"))))
        .containsExactly("$.actions[1].message: must not be null");
  }

  @Test
  void readResponsePlan_unknownEnumValues_listTheAllowedValues() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_3
                .replace("\"RECORD_INCIDENT\"", "\"record_incident\"")
                .replace("\"STAFF\"", "\"PERSON\"")
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly(
            "$.actions[0].action: " + ACTIONS,
            "$.actions[0].ownerType: must be one of STAFF, ROLE, NOT_ON_PLAN");
  }

  @Test
  void readResponsePlan_badInstant_isRejectedAtItsPath() {
    for (String bad : List.of("tomorrow", "2026-12-04", "2026-13-01T00:00:00Z", "18:20")) {
      assertThat(
              problems(
                  invalidResponse(
                      RESPONSE.replace(
                          "2026-12-04T18:20:00Z\", \"message\": \"Tell",
                          bad + "\", \"message\": \"Tell"))))
          .as(bad)
          .containsExactly("$.actions[0].due: " + BAD_INSTANT);
    }
  }

  @Test
  void readResponsePlan_dueOutsideTheYearsAllowed_isRejectedAtItsPath() {
    // A due instant may fall up to two years after the last year an incident may happen in.
    String late =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace("2026-12-04T18:20:00Z", "3002-01-01T00:00:00Z")
            + "], \"notes\": []}";
    String early =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace("2026-12-04T18:20:00Z", "1899-12-31T23:59:59Z")
            + "], \"notes\": []}";
    String lastAllowed =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace("2026-12-04T18:20:00Z", "3001-12-31T23:59:59Z")
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(late)))
        .containsExactly("$.actions[0].due: must be an instant between 1900 and 3001");
    assertThat(problems(invalidResponse(early)))
        .containsExactly("$.actions[0].due: must be an instant between 1900 and 3001");
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(lastAllowed).actions().get(0).due())
        .isEqualTo(Instant.parse("3001-12-31T23:59:59Z"));
  }

  @Test
  void readResponsePlan_duplicateKey_isRejectedAtItsPath() {
    String json =
        RESPONSE.replace(
            "\"owner\": \"s2\", \"ownerType\": \"STAFF\", \"due\": \"2026-12-05",
            "\"owner\": \"s2\", \"owner\": \"s3\", \"ownerType\": \"STAFF\", \"due\":"
                + " \"2026-12-05");

    assertThat(problems(invalidResponse(json)))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.actions[2].owner: must appear only once in its object (line 1, column ");
  }

  @Test
  void readResponsePlan_trailingContentEmptyInputOrTopLevelArray_isRejected() {
    assertThat(problems(invalidResponse(RESPONSE + " x")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: ");
    assertThat(problems(invalidResponse(RESPONSE + "\n{}")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: must be one JSON value, but more follows (line 2, column ");
    assertThat(problems(invalidResponse("\n")))
        .containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(problems(invalidResponse("[" + ACTION_1 + "]")))
        .containsExactly("$: must be an object");
  }

  @Test
  void readResponsePlan_streamThatIsNotUtf8_isInvalidInputNotAnIoFailure() {
    byte[] valid = utf8(RESPONSE);
    byte[] surrogate = new byte[valid.length + 3];
    // "i1" becomes "i" followed by an encoded lone surrogate (ED A0 80), which UTF-8 forbids.
    int at = indexOf(valid, (byte) '1');
    System.arraycopy(valid, 0, surrogate, 0, at);
    surrogate[at] = (byte) 0xED;
    surrogate[at + 1] = (byte) 0xA0;
    surrogate[at + 2] = (byte) 0x80;
    System.arraycopy(valid, at, surrogate, at + 3, valid.length - at);

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> SafeguardingJson.RESPONSE_PLAN.read(new ByteArrayInputStream(surrogate)));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("invalid response plan:");
    assertThat(problems(e)).containsExactly("$: must be UTF-8, but holds bytes that are not");
  }

  @Test
  void readResponsePlan_leadingByteOrderMark_isSkippedByEveryOverload() {
    ResponsePlan expected = SafeguardingJson.RESPONSE_PLAN.read(RESPONSE);
    String withMark = "\uFEFF" + RESPONSE;

    assertThat(SafeguardingJson.RESPONSE_PLAN.read(withMark)).isEqualTo(expected);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(new StringReader(withMark))).isEqualTo(expected);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(new ByteArrayInputStream(utf8(withMark))))
        .isEqualTo(expected);
  }

  @Test
  void readResponsePlan_moreActionsThanAllowed_isReportedAtTheListOnly() {
    String actions = String.join(", ", Collections.nCopies(101, ACTION_1));

    assertThat(
            problems(
                invalidResponse(
                    "{\"incident\": \"i1\", \"actions\": [" + actions + "], \"notes\": []}")))
        .containsExactly("$.actions: must hold at most 100 entries");
  }

  // Response plans: structural problems

  @Test
  void readResponsePlan_actionGivenTwice_isReportedAtTheSecond() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_2
            + ", "
            + ACTION_2.replace("s2", "s3")
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly("$.actions[1].action: must appear once in a response plan");
  }

  @Test
  void readResponsePlan_laterDueFirst_isOutOfOrder() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_3
            + ", "
            + ACTION_1
            + ", "
            + ACTION_2
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json))).containsExactly("$.actions[1]: " + OUT_OF_ORDER);
  }

  @Test
  void readResponsePlan_sameDueOutOfActionOrder_isOutOfOrder() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_2
            + ", "
            + ACTION_1
            + ", "
            + ACTION_3
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json))).containsExactly("$.actions[1]: " + OUT_OF_ORDER);
  }

  @Test
  void readResponsePlan_earlierDueBeatsActionOrder() {
    // RECORD_INCIDENT comes after PHONE_PARTICIPANT in the enum, but falls due a second earlier.
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_3.replace("2026-12-05T18:20:00Z", "2026-12-04T18:19:59Z")
            + ", "
            + ACTION_2
            + "], \"notes\": []}";

    assertThat(SafeguardingJson.RESPONSE_PLAN.read(json).actions())
        .extracting(PlannedAction::action)
        .containsExactly(ResponseAction.RECORD_INCIDENT, ResponseAction.PHONE_PARTICIPANT);
  }

  @Test
  void readResponsePlan_roleOwnerThatIsNotAStaffRole_isRejectedAtTheOwner() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace(
                "\"SAFEGUARDING_LEAD\", \"ownerType\"", "\"safeguarding_lead\", \"ownerType\"")
            + ", "
            + ACTION_2.replace("\"STAFF\"", "\"ROLE\"")
            + ", "
            + ACTION_3
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly(
            "$.actions[0].owner: must name a staff role when ownerType is ROLE",
            "$.actions[1].owner: must name a staff role when ownerType is ROLE");
  }

  @Test
  void readResponsePlan_staffOwnerMayBeAnyValidId() {
    ResponsePlan response =
        SafeguardingJson.RESPONSE_PLAN.read(
            RESPONSE.replace(
                "\"SAFEGUARDING_LEAD\", \"ownerType\": \"ROLE\"",
                "\"lead-7\", \"ownerType\": \"STAFF\""));

    assertThat(response.actions().get(0).owner()).isEqualTo("lead-7");
    assertThat(response.actions().get(0).ownerType()).isEqualTo(OwnerType.STAFF);
  }

  @Test
  void readResponsePlan_handlerNotOnThePlan_isReadAsAnId() {
    // given: an owner the incident named as its handler, who is not on the plan's staff
    String json =
        RESPONSE.replace(
            "\"SAFEGUARDING_LEAD\", \"ownerType\": \"ROLE\"",
            "\"c1\", \"ownerType\": \"NOT_ON_PLAN\"");

    // when
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(json);

    // then
    assertThat(response.actions().get(0).owner()).isEqualTo("c1");
    assertThat(response.actions().get(0).ownerType()).isEqualTo(OwnerType.NOT_ON_PLAN);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(SafeguardingJson.RESPONSE_PLAN.write(response)))
        .isEqualTo(response);
  }

  @Test
  void readResponsePlan_handlerNotOnThePlan_mustStillBeAValidId() {
    String json =
        RESPONSE.replace(
            "\"SAFEGUARDING_LEAD\", \"ownerType\": \"ROLE\"",
            "\" \", \"ownerType\": \"NOT_ON_PLAN\"");

    assertThat(problems(invalidResponse(json)))
        .containsExactly("$.actions[0].owner: must not be blank");
  }

  @Test
  void readResponsePlan_notes_areReadInOrderAndRoundTrip() {
    // given
    String json =
        RESPONSE.replace(
            "\"notes\": []",
            "\"notes\": [\"p9 is not one of the plan's participants\", \"c1 is not on the"
                + " plan's staff\"]");

    // when
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(json);

    // then
    assertThat(response.notes())
        .containsExactly(
            "p9 is not one of the plan's participants", "c1 is not on the plan's staff");
    String written = SafeguardingJson.RESPONSE_PLAN.write(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(written)).isEqualTo(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.write(SafeguardingJson.RESPONSE_PLAN.read(written)))
        .isEqualTo(written);
  }

  @Test
  void readResponsePlan_notesMissing_isRequiredEvenWhenThereAreNone() {
    String json = RESPONSE.replace(", \"notes\": []", "");

    assertThat(problems(invalidResponse(json))).containsExactly("$.notes: is required");
  }

  @Test
  void readResponsePlan_notesOfTheWrongShape_areEachReportedAtTheirPath() {
    assertThat(problems(invalidResponse(RESPONSE.replace("\"notes\": []", "\"notes\": \"x\""))))
        .containsExactly("$.notes: must be an array");
    assertThat(problems(invalidResponse(RESPONSE.replace("\"notes\": []", "\"notes\": null"))))
        .containsExactly("$.notes: must not be null");
    assertThat(
            problems(
                invalidResponse(
                    RESPONSE.replace("\"notes\": []", "\"notes\": [\"ok\", 7, null, {}]"))))
        .containsExactly(
            "$.notes[1]: must be a string",
            "$.notes[2]: must be a string",
            "$.notes[3]: must be a string");
  }

  @Test
  void readResponsePlan_blankOrControlCharacterNotes_areRejectedAtTheirPath() {
    String json = RESPONSE.replace("\"notes\": []", "\"notes\": [\"ok\", \"  \", \"bell\\u0007\"]");

    assertThat(problems(invalidResponse(json)))
        .containsExactly(
            "$.notes[1]: must not be blank",
            "$.notes[2]: must not contain control characters (but tab and line breaks) or"
                + " unpaired surrogates");
  }

  @Test
  void readResponsePlan_moreNotesThanAllowed_isReportedAtTheListOnly() {
    List<String> notes = Collections.nCopies(ResponsePlan.MAX_NOTES + 1, "\"a note\"");
    String json =
        RESPONSE.replace("\"notes\": []", "\"notes\": [" + String.join(", ", notes) + "]");

    assertThat(problems(invalidResponse(json)))
        .containsExactly("$.notes: must hold at most " + ResponsePlan.MAX_NOTES + " entries");
    String most =
        RESPONSE.replace(
            "\"notes\": []",
            "\"notes\": [" + String.join(", ", notes.subList(0, ResponsePlan.MAX_NOTES)) + "]");
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(most).notes()).hasSize(ResponsePlan.MAX_NOTES);
  }

  @Test
  void responsePlan_builtWithTooManyOrBlankNotes_isRefusedWithTheirPaths() {
    ResponsePlan.Builder tooMany =
        ResponsePlan.builder()
            .incident("i1")
            .notes(Collections.nCopies(ResponsePlan.MAX_NOTES + 1, "a note"));
    ResponsePlan.Builder blank = ResponsePlan.builder().incident("i1").addNotes("fine", "");

    assertThat(problems(catchThrowableOfType(InvalidPlanException.class, tooMany::build)))
        .containsExactly("$.notes: must hold at most " + ResponsePlan.MAX_NOTES + " entries");
    assertThat(problems(catchThrowableOfType(InvalidPlanException.class, blank::build)))
        .containsExactly("$.notes[1]: must not be blank");
  }

  @Test
  void readResponsePlan_nestedProblems_carryTheirFullPaths() {
    String json =
        "{\"incident\": \"\", \"actions\": ["
            + ACTION_1.replace("[\"kcsie\"]", "[]")
            + ", "
            + ACTION_2.replace("\"s2\"", "\"\"").replace("\"Phone p1.\"", "\"  \"")
            + ", "
            + ACTION_3.replace("[\"records.yaml\", \"kcsie\"]", "[\"records.yaml\", \"\"]")
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly(
            "$.incident: must not be blank",
            "$.actions[0].sources: must cite at least one source",
            "$.actions[1].owner: must not be blank",
            "$.actions[1].message: must not be blank",
            "$.actions[2].sources[1]: must not be blank");
  }

  @Test
  void readResponsePlan_severalProblemsOfEveryKind_areReportedAtOnce() {
    String json =
        "{\"incident\": \"i1\", \"note\": 1, \"actions\": ["
            + ACTION_3
            + ", "
            + ACTION_1.replace("SAFEGUARDING_LEAD\", \"ownerType", "HEAD\", \"ownerType")
            + ", "
            + ACTION_2
                .replace("\"PHONE_PARTICIPANT\"", "\"RECORD_INCIDENT\"")
                .replace("\"s2\"", "7")
            + "], \"notes\": []}";

    InvalidPlanException e = invalidResponse(json);

    assertThat(problems(e))
        .containsExactly(
            "$.actions[2].owner: must be a string",
            "$.note: unknown field",
            "$.actions[1].owner: must name a staff role when ownerType is ROLE",
            "$.actions[1]: " + OUT_OF_ORDER,
            "$.actions[2].action: must appear once in a response plan");
    assertThat(e.getMessage())
        .startsWith("invalid response plan: 5 problems: $.actions[2].owner: must be a string; ");
  }

  @Test
  void readResponsePlan_problems_neverRepeatFreeText() {
    String json =
        "{\"incident\": \"SECRET\\u0003\", \"actions\": [{\"action\": \"SECRET\", \"owner\":"
            + " \"SECRET\", \"ownerType\": \"ROLE\", \"due\": \"SECRET\", \"message\":"
            + " \"SECRET\\u0000\", \"sources\": [\""
            + "SECRET".repeat(2_000)
            + "\"]}], \"notes\": []}";

    InvalidPlanException e = invalidResponse(json);

    assertThat(e.getMessage()).doesNotContain("SECRET");
    assertThat(e.problems())
        .extracting(PlanProblem::path)
        .containsExactly(
            "$.actions[0].action",
            "$.actions[0].due",
            "$.incident",
            "$.actions[0].owner",
            "$.actions[0].message",
            "$.actions[0].sources[0]");
  }

  @Test
  void readResponsePlan_malformedJson_neverQuotesTheInput() {
    InvalidPlanException e =
        invalidResponse("{\"incident\": \"i1\", \"actions\": [{\"message\": 'SECRET'}]}");

    assertThat(e.getMessage()).doesNotContain("SECRET");
    assertThat(problems(e))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.actions[0].message: is not well-formed JSON");
  }

  // Response plans: overloads

  @Test
  void responsePlan_readersStreamsFilesAndWriters_agreeWithStrings(@TempDir Path dir)
      throws Exception {
    ResponsePlan response =
        SafeguardingJson.RESPONSE_PLAN.read(
            RESPONSE.replace("Phone p1.", "T\u00e9l\u00e9phoner \u00e0 p1 \uD83D\uDCDE."));
    String json = SafeguardingJson.RESPONSE_PLAN.write(response);

    StringWriter writer = new StringWriter();
    SafeguardingJson.RESPONSE_PLAN.write(response, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.RESPONSE_PLAN.write(response, bytes);
    Path file = dir.resolve("response.json");
    Files.write(file, bytes.toByteArray());

    assertThat(writer.toString()).isEqualTo(json);
    assertThat(bytes.toByteArray()).isEqualTo(utf8(json));
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(new StringReader(json))).isEqualTo(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(response);
    assertThat(SafeguardingJson.RESPONSE_PLAN.read(file)).isEqualTo(response);
  }

  @Test
  void readResponsePlan_invalidFile_isAnInvalidResponsePlan(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("response.json");
    Files.writeString(
        file,
        "{\"incident\": \"i1\", \"actions\": [" + ACTION_2 + ", " + ACTION_1 + "], \"notes\": []}");

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class, () -> SafeguardingJson.RESPONSE_PLAN.read(file));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("invalid response plan:");
    assertThat(problems(e)).containsExactly("$.actions[1]: " + OUT_OF_ORDER);
  }

  @Test
  void readResponsePlan_missingFile_isAnIoFailureNotAnInvalidResponsePlan(@TempDir Path dir) {
    assertThat(
            catchThrowableOfType(
                UncheckedIOException.class,
                () -> SafeguardingJson.RESPONSE_PLAN.read(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read response plan file");
  }

  // Property: any valid response plan survives a round trip, and any swap of two actions is caught

  @Test
  void responsePlan_anyValidPlan_roundTripsAndAnySwapOfNeighboursIsOutOfOrder() {
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger swaps = new AtomicInteger();
    qt().withExamples(1_000)
        // A wide first value keeps QuickTheories' boundary examples distinct, so none is skipped.
        .forAll(integers().all(), responsePlans())
        .checkAssert(
            (where, response) -> {
              cases.incrementAndGet();
              String json = SafeguardingJson.RESPONSE_PLAN.write(response);
              ResponsePlan read = SafeguardingJson.RESPONSE_PLAN.read(json);

              assertThat(read).isEqualTo(response);
              assertThat(SafeguardingJson.RESPONSE_PLAN.write(read)).isEqualTo(json);
              assertThat(read.actions()).isSortedAccordingTo(ResponsePlan.ORDER);

              ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
              ArrayNode actions = (ArrayNode) tree.get("actions");
              assertThat(actions.size()).isEqualTo(response.actions().size());
              for (int i = 0; i < actions.size(); i++) {
                assertThat(actions.get(i).get("action").stringValue())
                    .isEqualTo(response.actions().get(i).action().name());
              }
              if (actions.size() >= 2) {
                // Actions never tie (each appears once), so swapping neighbours always breaks the
                // order, there only.
                swaps.incrementAndGet();
                int first = Math.floorMod(where, actions.size() - 1);
                JsonNode a = actions.get(first);
                JsonNode b = actions.get(first + 1);
                actions.set(first, b);
                actions.set(first + 1, a);
                assertThat(problems(invalidResponse(MAPPER.writeValueAsString(tree))))
                    .containsExactly("$.actions[" + (first + 1) + "]: " + OUT_OF_ORDER);
              }
            });
    assertThat(cases).hasValueGreaterThanOrEqualTo(1_000);
    assertThat(swaps).hasValueGreaterThan(500);
  }

  @Test
  void readAdmission_unreadableVerdictWithReasons_isReportedOnlyOnce() {
    String reasons = "[" + REASON_1 + "]";
    for (String verdict : List.of("\"maybe\"", "null", "true")) {
      assertThat(
              problems(
                  invalidAdmission(
                      "{\"person\": \"p1\", \"verdict\": "
                          + verdict
                          + ", \"reasons\": "
                          + reasons
                          + "}")))
          .as(verdict)
          .hasSize(1)
          .allSatisfy(problem -> assertThat(problem).startsWith("$.verdict: "));
    }
    assertThat(problems(invalidAdmission("{\"person\": \"p1\", \"reasons\": " + reasons + "}")))
        .containsExactly("$.verdict: is required");
  }

  @Test
  void readResponsePlan_unreadableDue_isNotAlsoReportedAsOutOfOrder() {
    String missingDue = RESPONSE.replace(", \"due\": \"2026-12-05T18:20:00Z\"", "");
    String badDue = RESPONSE.replace("2026-12-05T18:20:00Z", "soon");

    assertThat(problems(invalidResponse(missingDue)))
        .containsExactly("$.actions[2].due: is required");
    assertThat(problems(invalidResponse(badDue)))
        .containsExactly("$.actions[2].due: " + BAD_INSTANT);
  }

  @Test
  void readResponsePlan_unknownAction_isNotAlsoReportedAsARepeatOrOutOfOrder() {
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace("INFORM_SAFEGUARDING_LEAD", "PANIC")
            + ", "
            + ACTION_1.replace("INFORM_SAFEGUARDING_LEAD", "EMERGENCY_SERVICES")
            + "], \"notes\": []}";
    String afterAnother =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1
            + ", "
            + ACTION_2.replace("PHONE_PARTICIPANT", "PANIC")
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json))).containsExactly("$.actions[0].action: " + ACTIONS);
    assertThat(problems(invalidResponse(afterAnother)))
        .containsExactly("$.actions[1].action: " + ACTIONS);
  }

  @Test
  void readResponsePlan_realOrderProblemsAreStillReportedBesideAnUnreadableField() {
    // actions[2] is before actions[1] in due order, and actions[0]'s message is not text.
    String json =
        "{\"incident\": \"i1\", \"actions\": ["
            + ACTION_1.replace("\"Tell the lead now.\"", "1")
            + ", "
            + ACTION_3
            + ", "
            + ACTION_2
            + "], \"notes\": []}";

    assertThat(problems(invalidResponse(json)))
        .containsExactly("$.actions[0].message: must be a string", "$.actions[2]: " + OUT_OF_ORDER);
  }

  /**
   * Valid response plans: distinct actions, due at a few instants so that ties are common, sorted.
   */
  private static Gen<ResponsePlan> responsePlans() {
    return in -> {
      Instant base = PlanGenerators.instants().generate(in).minusSeconds(7_200);
      if (base.isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
        base = Instant.parse("1900-01-01T00:00:00Z");
      }
      List<PlannedAction> actions = new ArrayList<>();
      for (ResponseAction action : ResponseAction.values()) {
        if (!booleans().all().generate(in)) {
          continue;
        }
        OwnerType ownerType = arbitrary().enumValues(OwnerType.class).generate(in);
        boolean role = ownerType == OwnerType.ROLE;
        PlannedAction.Builder planned =
            PlannedAction.builder()
                .action(action)
                .owner(
                    role
                        ? arbitrary().enumValues(StaffRole.class).generate(in).name()
                        : PlanGenerators.ids().generate(in))
                .ownerType(ownerType)
                .due(base.plusSeconds(1_800L * integers().between(0, 3).generate(in)))
                .message(PlanGenerators.texts().generate(in));
        int sources = integers().between(1, 3).generate(in);
        for (int i = 0; i < sources; i++) {
          planned.addSource(PlanGenerators.texts().generate(in));
        }
        actions.add(planned.build());
      }
      actions.sort(ResponsePlan.ORDER);
      ResponsePlan.Builder response =
          ResponsePlan.builder().incident(PlanGenerators.ids().generate(in)).actions(actions);
      int notes = integers().between(0, 3).generate(in);
      for (int i = 0; i < notes; i++) {
        response.addNote(PlanGenerators.texts().generate(in));
      }
      return response.build();
    };
  }

  // Helpers

  private static AdmissionReason reason(String rule, String message, String... sources) {
    return AdmissionReason.builder().rule(rule).message(message).addSources(sources).build();
  }

  private static PlannedAction action(
      ResponseAction action,
      String owner,
      OwnerType ownerType,
      String due,
      String message,
      String... sources) {
    return PlannedAction.builder()
        .action(action)
        .owner(owner)
        .ownerType(ownerType)
        .due(Instant.parse(due))
        .message(message)
        .addSources(sources)
        .build();
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new AssertionError("byte not found");
  }

  private static InvalidPlanException invalidAdmission(String json) {
    return invalid("admission", json, SafeguardingJson.ADMISSION::read);
  }

  private static InvalidPlanException invalidResponse(String json) {
    return invalid("response plan", json, SafeguardingJson.RESPONSE_PLAN::read);
  }
}
