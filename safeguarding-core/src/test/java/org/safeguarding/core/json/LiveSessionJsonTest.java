package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.testing.PlanGenerators;

/**
 * The JSON contract of a live session's documents: the room at the door and an incident. Strict
 * reading with every problem's path, canonical writing.
 */
class LiveSessionJsonTest {

  /** The room of the design: two in the room, one removed. */
  private static final String DESIGN_ROOM =
      "{\"present\": [\"s1\", \"s2\"], \"removed\": [\"p3\"]}";

  /** The incident of the design, every field given. */
  private static final String DESIGN_INCIDENT =
      "{\"id\": \"i1\", \"participant\": \"p1\", \"kind\": \"DISTRESS\", \"removed\": true,"
          + " \"riskToLife\": false, \"occurredAt\": \"2026-12-04T18:20:00Z\", \"handledBy\":"
          + " \"s2\"}";

  private static final String INCIDENT_KINDS =
      "must be one of DISTRESS, DISCLOSURE, ABUSE_SUSPECTED, INAPPROPRIATE_BEHAVIOUR, HIJACK,"
          + " OTHER";

  private static final String BAD_INSTANT =
      "must be an instant written yyyy-mm-ddThh:mm:ssZ (or with an offset)";

  // The room: canonical writing

  @Test
  void writeRoomState_typicalRoom_isTheCanonicalBytes() {
    RoomState room = RoomState.builder().addPresent("s1", "s2", "p1").addRemoved("p3").build();

    assertThat(SafeguardingJson.ROOM.write(room))
        .isEqualTo(
            "{\n"
                + "  \"present\": [\n"
                + "    \"s1\",\n"
                + "    \"s2\",\n"
                + "    \"p1\"\n"
                + "  ],\n"
                + "  \"removed\": [\n"
                + "    \"p3\"\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void writeRoomState_nobodyRemoved_leavesRemovedOutButAlwaysWritesPresent() {
    assertThat(SafeguardingJson.ROOM.write(RoomState.builder().addPresent("s1").build()))
        .isEqualTo("{\n  \"present\": [\n    \"s1\"\n  ]\n}\n");
    assertThat(SafeguardingJson.ROOM.write(RoomState.builder().build()))
        .isEqualTo("{\n  \"present\": []\n}\n");
  }

  @Test
  void writeRoomState_emptyRoomWithSomeoneRemoved_writesAnEmptyPresentList() {
    assertThat(SafeguardingJson.ROOM.write(RoomState.builder().addRemoved("p3").build()))
        .isEqualTo("{\n  \"present\": [],\n  \"removed\": [\n    \"p3\"\n  ]\n}\n");
  }

  // The room: reading and round trips

  @Test
  void readRoomState_designExample_readsBothLists() {
    RoomState room = SafeguardingJson.ROOM.read(DESIGN_ROOM);

    assertThat(room.present()).containsExactly("s1", "s2");
    assertThat(room.removed()).containsExactly("p3");
  }

  @Test
  void readRoomState_removedAbsentOrEmpty_isEmpty() {
    RoomState absent = SafeguardingJson.ROOM.read("{\"present\": [\"s1\"]}");
    RoomState empty = SafeguardingJson.ROOM.read("{\"present\": [\"s1\"], \"removed\": []}");

    assertThat(absent.removed()).isEmpty();
    assertThat(empty).isEqualTo(absent);
    assertThat(SafeguardingJson.ROOM.write(empty)).doesNotContain("removed");
  }

  @Test
  void roomState_roundTrip_givesAnEqualRoomAndTheSameBytes() {
    RoomState room =
        RoomState.builder().addPresent("s1", "p2", "p1").addRemoved("p4", "p3").build();

    String json = SafeguardingJson.ROOM.write(room);

    assertThat(SafeguardingJson.ROOM.read(json)).isEqualTo(room);
    assertThat(SafeguardingJson.ROOM.write(SafeguardingJson.ROOM.read(json))).isEqualTo(json);
  }

  @Test
  void readRoomState_designExample_rewritesCanonicallyAndStably() {
    String canonical = SafeguardingJson.ROOM.write(SafeguardingJson.ROOM.read(DESIGN_ROOM));

    assertThat(canonical)
        .isEqualTo(
            "{\n"
                + "  \"present\": [\n"
                + "    \"s1\",\n"
                + "    \"s2\"\n"
                + "  ],\n"
                + "  \"removed\": [\n"
                + "    \"p3\"\n"
                + "  ]\n"
                + "}\n");
    assertThat(SafeguardingJson.ROOM.write(SafeguardingJson.ROOM.read(canonical)))
        .isEqualTo(canonical);
  }

  @Test
  void readRoomState_keepsTheOrderPeopleCameIn() {
    RoomState room =
        SafeguardingJson.ROOM.read(
            "{\"present\": [\"z\", \"a\", \"m\"], \"removed\": [\"y\", \"b\"]}");

    assertThat(room.present()).containsExactly("z", "a", "m");
    assertThat(room.removed()).containsExactly("y", "b");
  }

  // The room: strictness

  @Test
  void readRoomState_unknownField_isRejectedAtItsPath() {
    assertThat(problems(invalidRoom("{\"present\": [], \"waiting\": [\"p1\"]}")))
        .containsExactly("$.waiting: unknown field");
  }

  @Test
  void readRoomState_missingPresent_isRequiredEvenWhenRemovedIsGiven() {
    assertThat(problems(invalidRoom("{}"))).containsExactly("$.present: is required");
    assertThat(problems(invalidRoom("{\"removed\": [\"p3\"]}")))
        .containsExactly("$.present: is required");
  }

  @Test
  void readRoomState_wrongTypes_eachNamedWithWhatWasExpected() {
    assertThat(problems(invalidRoom("{\"present\": \"s1\", \"removed\": {}}")))
        .containsExactly("$.present: must be an array", "$.removed: must be an array");
    assertThat(problems(invalidRoom("{\"present\": [\"s1\", 2, true, [\"s3\"], {}]}")))
        .containsExactly(
            "$.present[1]: must be a string",
            "$.present[2]: must be a string",
            "$.present[3]: must be a string",
            "$.present[4]: must be a string");
  }

  @Test
  void readRoomState_nonStringEntries_causeNoKnockOnDuplicateProblems() {
    // Each wrong entry holds a placeholder; two placeholders must not be reported as the same id.
    assertThat(problems(invalidRoom("{\"present\": [1, \"s1\"], \"removed\": [2]}")))
        .containsExactly("$.present[0]: must be a string", "$.removed[0]: must be a string");
  }

  @Test
  void readRoomState_jsonNull_isAProblemNotAnAbsence() {
    assertThat(problems(invalidRoom("{\"present\": null}")))
        .containsExactly("$.present: must not be null");
    assertThat(problems(invalidRoom("{\"present\": [], \"removed\": null}")))
        .containsExactly("$.removed: must not be null");
    assertThat(problems(invalidRoom("{\"present\": [null]}")))
        .containsExactly("$.present[0]: must be a string");
    assertThat(problems(invalidRoom("null"))).containsExactly("$: must be an object");
  }

  @Test
  void readRoomState_duplicateKey_isRejectedAtItsPath() {
    assertThat(problems(invalidRoom("{\"present\": [\"s1\"], \"present\": [\"s2\"]}")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.present: must appear only once in its object (line 1, column ");
  }

  @Test
  void readRoomState_trailingContent_isRejected() {
    assertThat(problems(invalidRoom(DESIGN_ROOM + " {}")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: must be one JSON value, but more follows (line 1, column ");
    assertThat(problems(invalidRoom(DESIGN_ROOM + "]"))).hasSize(1);
  }

  @Test
  void readRoomState_emptyInput_isRejected() {
    assertThat(problems(invalidRoom("")))
        .containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(problems(invalidRoom(" \n\t ")))
        .containsExactly("$: must be a JSON object, but the input is empty");
  }

  @Test
  void readRoomState_topLevelArrayOrScalar_isNotARoom() {
    assertThat(problems(invalidRoom("[\"s1\", \"s2\"]"))).containsExactly("$: must be an object");
    assertThat(problems(invalidRoom("\"s1\""))).containsExactly("$: must be an object");
  }

  @Test
  void readRoomState_truncatedInput_saysItEndsTooSoon() {
    assertThat(problems(invalidRoom("{\"present\": [\"s1\"")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.present[0]: is not complete: the input ends too soon");
  }

  @Test
  void readRoomState_streamThatIsNotUtf8_isInvalidInputNotAnIoFailure() {
    byte[] bytes = utf8("{\"present\": [\"s?\"]}");
    bytes[15] = (byte) 0xC3; // a lead byte followed by a quote: no valid UTF-8 sequence

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> SafeguardingJson.ROOM.read(new ByteArrayInputStream(bytes)));

    assertThat(e).isNotNull();
    assertThat(problems(e)).containsExactly("$: must be UTF-8, but holds bytes that are not");
    assertThat(e.getMessage()).startsWith("invalid room:");
  }

  @Test
  void readRoomState_leadingByteOrderMark_isSkippedByEveryOverload() {
    RoomState expected = SafeguardingJson.ROOM.read(DESIGN_ROOM);
    String withMark = "\uFEFF" + DESIGN_ROOM;

    assertThat(SafeguardingJson.ROOM.read(withMark)).isEqualTo(expected);
    assertThat(SafeguardingJson.ROOM.read(new StringReader(withMark))).isEqualTo(expected);
    assertThat(SafeguardingJson.ROOM.read(new ByteArrayInputStream(utf8(withMark))))
        .isEqualTo(expected);
  }

  @Test
  void readRoomState_secondByteOrderMark_isNotSkipped() {
    assertThat(problems(invalidRoom("\uFEFF\uFEFF" + DESIGN_ROOM)))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: is not well-formed JSON");
  }

  // The room: structural problems

  @Test
  void readRoomState_idPresentAndRemoved_isReportedAtTheSecondWithTheFirst() {
    assertThat(problems(invalidRoom("{\"present\": [\"s1\", \"s2\"], \"removed\": [\"s1\"]}")))
        .containsExactly(
            "$.removed[0]: must appear once in the room, but $.present[0] has the same id");
  }

  @Test
  void readRoomState_idTwiceInOneList_isReportedAtTheSecond() {
    assertThat(
            problems(
                invalidRoom(
                    "{\"present\": [\"s1\", \"s2\", \"s2\"], \"removed\": [\"p3\", \"p3\"]}")))
        .containsExactly(
            "$.present[2]: must appear once in the room, but $.present[1] has the same id",
            "$.removed[1]: must appear once in the room, but $.removed[0] has the same id");
  }

  @Test
  void readRoomState_invalidIds_areEachReportedAtTheirPath() {
    String longId = "x".repeat(129);
    String json =
        "{\"present\": [\"\", \"  \", \""
            + longId
            + "\", \"s\\u0007\"], \"removed\": [\""
            + "y".repeat(128)
            + "\"]}";

    assertThat(problems(invalidRoom(json)))
        .containsExactly(
            "$.present[0]: must not be blank",
            "$.present[1]: must not be blank",
            "$.present[2]: must be at most 128 characters",
            "$.present[3]: must not contain control characters or unpaired surrogates");
  }

  @Test
  void readRoomState_morePeopleThanTheRoomMayList_isReportedAtTheRoot() {
    int half = RoomState.MAX_PEOPLE / 2 + 1;
    String json =
        "{\"present\": " + idArray("p", half) + ", \"removed\": " + idArray("r", half) + "}";

    assertThat(problems(invalidRoom(json)))
        .containsExactly(
            "$: must list at most "
                + RoomState.MAX_PEOPLE
                + " people, present and removed together");
  }

  @Test
  void readRoomState_exactlyAsManyPeopleAsTheRoomMayList_isRead() {
    int half = RoomState.MAX_PEOPLE / 2;
    String json =
        "{\"present\": "
            + idArray("p", half)
            + ", \"removed\": "
            + idArray("r", RoomState.MAX_PEOPLE - half)
            + "}";

    RoomState room = SafeguardingJson.ROOM.read(json);

    assertThat(room.present().size() + room.removed().size()).isEqualTo(RoomState.MAX_PEOPLE);
  }

  @Test
  void readRoomState_shapeAndStructuralProblems_areReportedTogether() {
    String json = "{\"present\": [\"s1\", 7, \"\"], \"removed\": [\"s1\"], \"extra\": true}";

    InvalidPlanException e = invalidRoom(json);

    assertThat(problems(e))
        .containsExactly(
            "$.present[1]: must be a string",
            "$.extra: unknown field",
            "$.present[2]: must not be blank",
            "$.removed[0]: must appear once in the room, but $.present[0] has the same id");
    assertThat(e.getMessage())
        .startsWith("invalid room: 4 problems: $.present[1]: must be a string; ");
  }

  @Test
  void readRoomState_problems_neverRepeatTheIds() {
    String json = "{\"present\": [\"SECRET-1\", \"SECRET-1\", \"SECRET\\u0001\"], \"SECRET\": 1}";

    InvalidPlanException e = invalidRoom(json);

    assertThat(e.getMessage()).startsWith("invalid room:");
    assertThat(problems(e)).hasSize(3);
    assertThat(e.problems()).extracting(PlanProblem::message).noneMatch(m -> m.contains("SECRET"));
    // Only the unknown field's name appears, as its path; no value does.
    assertThat(e.getMessage().replace("$.SECRET: unknown field", "")).doesNotContain("SECRET");
  }

  @Test
  void readRoomState_malformedJson_neverQuotesTheInput() {
    InvalidPlanException e = invalidRoom("{\"present\": [SECRET]}");

    assertThat(e.getMessage()).startsWith("invalid room:").doesNotContain("SECRET");
    assertThat(problems(e))
        .singleElement(InstanceOfAssertFactories.STRING)
        .contains("is not well-formed JSON");
  }

  // The room: overloads

  @Test
  void roomState_readersStreamsFilesAndWriters_agreeWithStrings(@TempDir Path dir)
      throws Exception {
    RoomState room =
        RoomState.builder().addPresent("s1", "p\u00e9", "p\uD83D\uDE00").addRemoved("p3").build();
    String json = SafeguardingJson.ROOM.write(room);

    StringWriter writer = new StringWriter();
    SafeguardingJson.ROOM.write(room, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.ROOM.write(room, bytes);
    Path file = dir.resolve("room.json");
    Files.write(file, bytes.toByteArray());

    assertThat(writer.toString()).isEqualTo(json);
    assertThat(bytes.toByteArray()).isEqualTo(utf8(json));
    assertThat(SafeguardingJson.ROOM.read(new StringReader(json))).isEqualTo(room);
    assertThat(SafeguardingJson.ROOM.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(room);
    assertThat(SafeguardingJson.ROOM.read(file)).isEqualTo(room);
  }

  @Test
  void readRoomState_invalidInput_isTheSameProblemsByEveryOverload(@TempDir Path dir)
      throws Exception {
    String json = "{\"present\": [\"s1\", 2], \"removed\": [\"s1\"]}";
    Path file = dir.resolve("room.json");
    Files.writeString(file, json);
    List<String> expected =
        List.of(
            "$.present[1]: must be a string",
            "$.removed[0]: must appear once in the room, but $.present[0] has the same id");

    assertThat(problems(invalidRoom(json))).isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class,
                    () -> SafeguardingJson.ROOM.read(new StringReader(json)))))
        .isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class,
                    () -> SafeguardingJson.ROOM.read(new ByteArrayInputStream(utf8(json))))))
        .isEqualTo(expected);
    assertThat(
            problems(
                catchThrowableOfType(
                    InvalidPlanException.class, () -> SafeguardingJson.ROOM.read(file))))
        .isEqualTo(expected);
  }

  @Test
  void readRoomState_missingFile_isAnIoFailureNotAnInvalidRoom(@TempDir Path dir) {
    assertThat(
            catchThrowableOfType(
                UncheckedIOException.class,
                () -> SafeguardingJson.ROOM.read(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read room file");
  }

  // Incidents: canonical writing

  @Test
  void writeIncident_everyFieldGiven_isTheCanonicalBytes() {
    Incident incident =
        Incident.builder()
            .id("i1")
            .participant("p1")
            .kind(IncidentKind.DISCLOSURE)
            .removed(true)
            .riskToLife(true)
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
            .handledBy("s2")
            .build();

    assertThat(SafeguardingJson.INCIDENT.write(incident))
        .isEqualTo(
            "{\n"
                + "  \"id\": \"i1\",\n"
                + "  \"participant\": \"p1\",\n"
                + "  \"kind\": \"DISCLOSURE\",\n"
                + "  \"removed\": true,\n"
                + "  \"riskToLife\": true,\n"
                + "  \"occurredAt\": \"2026-12-04T18:20:00Z\",\n"
                + "  \"handledBy\": \"s2\"\n"
                + "}\n");
  }

  @Test
  void writeIncident_noOptionalsAndFalseFlags_leavesThemOut() {
    Incident incident =
        Incident.builder()
            .id("i9")
            .kind(IncidentKind.HIJACK)
            .occurredAt(Instant.parse("2026-12-04T18:20:00.250Z"))
            .build();

    assertThat(SafeguardingJson.INCIDENT.write(incident))
        .isEqualTo(
            "{\n"
                + "  \"id\": \"i9\",\n"
                + "  \"kind\": \"HIJACK\",\n"
                + "  \"occurredAt\": \"2026-12-04T18:20:00.250Z\"\n"
                + "}\n");
  }

  // Incidents: reading and round trips

  @Test
  void readIncident_designExample_readsEveryField() {
    Incident incident = SafeguardingJson.INCIDENT.read(DESIGN_INCIDENT);

    assertThat(incident.id()).isEqualTo("i1");
    assertThat(incident.participant()).contains("p1");
    assertThat(incident.kind()).isEqualTo(IncidentKind.DISTRESS);
    assertThat(incident.removed()).isTrue();
    assertThat(incident.riskToLife()).isFalse();
    assertThat(incident.occurredAt()).isEqualTo(Instant.parse("2026-12-04T18:20:00Z"));
    assertThat(incident.handledBy()).contains("s2");
  }

  @Test
  void readIncident_designExample_rewritesWithoutTheFalseFlag() {
    String canonical =
        SafeguardingJson.INCIDENT.write(SafeguardingJson.INCIDENT.read(DESIGN_INCIDENT));

    assertThat(canonical)
        .isEqualTo(
            "{\n"
                + "  \"id\": \"i1\",\n"
                + "  \"participant\": \"p1\",\n"
                + "  \"kind\": \"DISTRESS\",\n"
                + "  \"removed\": true,\n"
                + "  \"occurredAt\": \"2026-12-04T18:20:00Z\",\n"
                + "  \"handledBy\": \"s2\"\n"
                + "}\n");
    assertThat(SafeguardingJson.INCIDENT.write(SafeguardingJson.INCIDENT.read(canonical)))
        .isEqualTo(canonical);
  }

  @Test
  void readIncident_absentOptionalsAndFlags_areEmptyAndFalse() {
    Incident incident =
        SafeguardingJson.INCIDENT.read(
            "{\"id\": \"i1\", \"kind\": \"OTHER\", \"occurredAt\": \"2026-12-04T18:20:00Z\"}");

    assertThat(incident.participant()).isEmpty();
    assertThat(incident.handledBy()).isEmpty();
    assertThat(incident.removed()).isFalse();
    assertThat(incident.riskToLife()).isFalse();
  }

  @Test
  void incident_roundTrip_givesAnEqualIncidentAndTheSameBytesForEveryKind() {
    for (IncidentKind kind : IncidentKind.values()) {
      Incident incident =
          Incident.builder()
              .id("incident-" + kind.ordinal())
              .participant("p" + kind.ordinal())
              .kind(kind)
              .removed(kind.ordinal() % 2 == 0)
              .riskToLife(kind.ordinal() % 3 == 0)
              .occurredAt(
                  Instant.parse("2026-12-04T18:20:00.123456789Z").plusSeconds(kind.ordinal()))
              .build();

      String json = SafeguardingJson.INCIDENT.write(incident);

      assertThat(json).contains("\"kind\": \"" + kind.name() + "\"");
      assertThat(SafeguardingJson.INCIDENT.read(json)).isEqualTo(incident);
      assertThat(SafeguardingJson.INCIDENT.write(SafeguardingJson.INCIDENT.read(json)))
          .isEqualTo(json);
    }
  }

  @Test
  void readIncident_instantWithAnOffset_isTheSameInstantWrittenInUtc() {
    Incident incident =
        SafeguardingJson.INCIDENT.read(
            "{\"id\": \"i1\", \"kind\": \"OTHER\", \"occurredAt\": \"2026-12-04T19:20:00+01:00\"}");

    assertThat(incident.occurredAt()).isEqualTo(Instant.parse("2026-12-04T18:20:00Z"));
    assertThat(SafeguardingJson.INCIDENT.write(incident))
        .contains("\"occurredAt\": \"2026-12-04T18:20:00Z\"");
  }

  @Test
  void readIncident_instantsAtTheEndsOfTheRange_areRead() {
    for (String instant : List.of("1900-01-01T00:00:00Z", "2999-12-31T23:59:59.999999999Z")) {
      Incident incident =
          SafeguardingJson.INCIDENT.read(
              "{\"id\": \"i1\", \"kind\": \"OTHER\", \"occurredAt\": \"" + instant + "\"}");

      assertThat(incident.occurredAt()).isEqualTo(Instant.parse(instant));
    }
  }

  // Incidents: strictness

  @Test
  void readIncident_unknownField_isRejectedAtItsPath() {
    assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("}", ", \"severity\": 5}"))))
        .containsExactly("$.severity: unknown field");
  }

  @Test
  void readIncident_missingRequiredFields_areEachReportedOnce() {
    assertThat(problems(invalidIncident("{}")))
        .containsExactly("$.id: is required", "$.kind: is required", "$.occurredAt: is required");
    assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("\"kind\": \"DISTRESS\", ", ""))))
        .containsExactly("$.kind: is required");
  }

  @Test
  void readIncident_wrongTypes_eachNamedWithWhatWasExpected() {
    String json =
        "{\"id\": 1, \"participant\": [\"p1\"], \"kind\": 0, \"removed\": \"true\", \"riskToLife\":"
            + " 1, \"occurredAt\": 1764872400, \"handledBy\": {}}";

    assertThat(problems(invalidIncident(json)))
        .containsExactly(
            "$.id: must be a string",
            "$.participant: must be a string",
            "$.kind: " + INCIDENT_KINDS,
            "$.removed: must be true or false",
            "$.riskToLife: must be true or false",
            "$.occurredAt: must be a string",
            "$.handledBy: must be a string");
  }

  @Test
  void readIncident_jsonNull_isAProblemEvenForOptionalFields() {
    assertThat(
            problems(
                invalidIncident(DESIGN_INCIDENT.replace("\"p1\"", "null").replace("true", "null"))))
        .containsExactly("$.participant: must not be null", "$.removed: must not be null");
    assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("\"i1\"", "null"))))
        .containsExactly("$.id: must not be null");
  }

  @Test
  void readIncident_unknownKind_listsTheAllowedValues() {
    assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("\"DISTRESS\"", "\"distress\""))))
        .containsExactly("$.kind: " + INCIDENT_KINDS);
    assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("\"DISTRESS\"", "\"PANIC\""))))
        .containsExactly("$.kind: " + INCIDENT_KINDS);
  }

  @Test
  void readIncident_badInstants_areRejectedAtTheirPath() {
    for (String bad :
        List.of(
            "yesterday",
            "2026-12-04",
            "2026-12-04 18:20:00Z",
            "2026-12-04T18:20Z",
            "2026-02-30T18:20:00Z",
            "")) {
      assertThat(problems(invalidIncident(DESIGN_INCIDENT.replace("2026-12-04T18:20:00Z", bad))))
          .as(bad)
          .containsExactly("$.occurredAt: " + BAD_INSTANT);
    }
  }

  @Test
  void readIncident_instantsOutsideTheYearsAllowed_areRejectedNotThrown() {
    for (String outside :
        List.of("1899-12-31T23:59:59Z", "3000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z")) {
      assertThat(
              problems(invalidIncident(DESIGN_INCIDENT.replace("2026-12-04T18:20:00Z", outside))))
          .as(outside)
          .containsExactly("$.occurredAt: must be an instant between 1900 and 2999");
    }
  }

  @Test
  void readIncident_duplicateKey_isRejectedAtItsPath() {
    assertThat(
            problems(
                invalidIncident(
                    DESIGN_INCIDENT.replace(
                        "\"kind\": \"DISTRESS\"", "\"kind\": \"DISTRESS\", \"kind\": \"OTHER\""))))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.kind: must appear only once in its object (line 1, column ");
  }

  @Test
  void readIncident_trailingContent_isRejected() {
    assertThat(problems(invalidIncident(DESIGN_INCIDENT + "\n" + DESIGN_INCIDENT)))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$: must be one JSON value, but more follows (line 2, column ");
  }

  @Test
  void readIncident_emptyInputOrTopLevelArray_isRejected() {
    assertThat(problems(invalidIncident("")))
        .containsExactly("$: must be a JSON object, but the input is empty");
    assertThat(problems(invalidIncident("[" + DESIGN_INCIDENT + "]")))
        .containsExactly("$: must be an object");
    assertThat(problems(invalidIncident("[]"))).containsExactly("$: must be an object");
  }

  @Test
  void readIncident_streamThatIsNotUtf8_isInvalidInputNotAnIoFailure() {
    byte[] valid = utf8(DESIGN_INCIDENT);
    byte[] lone = valid.clone();
    lone[9] = (byte) 0xFF; // the "1" of "i1": 0xFF never occurs in UTF-8
    byte[] truncated = java.util.Arrays.copyOf(valid, valid.length + 1);
    truncated[valid.length] = (byte) 0xE2; // a three-byte sequence cut short at the end

    for (byte[] bytes : List.of(lone, truncated)) {
      InvalidPlanException e =
          catchThrowableOfType(
              InvalidPlanException.class,
              () -> SafeguardingJson.INCIDENT.read(new ByteArrayInputStream(bytes)));
      assertThat(e).isNotNull();
      assertThat(problems(e)).containsExactly("$: must be UTF-8, but holds bytes that are not");
    }
  }

  @Test
  void readIncident_leadingByteOrderMark_isSkippedByEveryOverload() {
    Incident expected = SafeguardingJson.INCIDENT.read(DESIGN_INCIDENT);
    String withMark = "\uFEFF" + DESIGN_INCIDENT;

    assertThat(SafeguardingJson.INCIDENT.read(withMark)).isEqualTo(expected);
    assertThat(SafeguardingJson.INCIDENT.read(new StringReader(withMark))).isEqualTo(expected);
    assertThat(SafeguardingJson.INCIDENT.read(new ByteArrayInputStream(utf8(withMark))))
        .isEqualTo(expected);
  }

  // Incidents: structural problems

  @Test
  void readIncident_invalidIds_areEachReportedAtTheirPath() {
    String json =
        "{\"id\": \" \", \"participant\": \""
            + "p".repeat(129)
            + "\", \"kind\": \"OTHER\","
            + " \"occurredAt\": \"2026-12-04T18:20:00Z\", \"handledBy\": \"s\\n2\"}";

    assertThat(problems(invalidIncident(json)))
        .containsExactly(
            "$.id: must not be blank",
            "$.participant: must be at most 128 characters",
            "$.handledBy: must not contain control characters or unpaired surrogates");
  }

  @Test
  void readIncident_removedWithoutParticipant_isRefusedAtTheParticipant() {
    // given: a removal that does not say who was removed
    String json = DESIGN_INCIDENT.replace("\"participant\": \"p1\", ", "");

    // when
    InvalidPlanException e = invalidIncident(json);

    // then
    assertThat(problems(e))
        .containsExactly("$.participant: is required when removed is true: name who was removed");
    assertThat(e.getMessage()).startsWith("invalid incident: 1 problem: ");
  }

  @Test
  void readIncident_participantOrRemovedUnreadable_isNotAlsoAMissingParticipant() {
    // given: the participant, or the removal, is there but cannot be read
    String mistypedParticipant = DESIGN_INCIDENT.replace("\"p1\"", "7");
    String nullParticipant = DESIGN_INCIDENT.replace("\"p1\"", "null");
    String mistypedRemoved =
        DESIGN_INCIDENT
            .replace("\"participant\": \"p1\", ", "")
            .replace("\"removed\": true", "\"removed\": \"yes\"");

    // then: each is reported once, at its own path
    assertThat(problems(invalidIncident(mistypedParticipant)))
        .containsExactly("$.participant: must be a string");
    assertThat(problems(invalidIncident(nullParticipant)))
        .containsExactly("$.participant: must not be null");
    assertThat(problems(invalidIncident(mistypedRemoved)))
        .containsExactly("$.removed: must be true or false");
  }

  @Test
  void readIncident_removedFalseOrAbsentWithoutParticipant_isRead() {
    String removedFalse =
        DESIGN_INCIDENT
            .replace("\"participant\": \"p1\", ", "")
            .replace("\"removed\": true", "\"removed\": false");
    String removedAbsent =
        DESIGN_INCIDENT.replace("\"participant\": \"p1\", ", "").replace("\"removed\": true, ", "");

    assertThat(SafeguardingJson.INCIDENT.read(removedFalse).participant()).isEmpty();
    assertThat(SafeguardingJson.INCIDENT.read(removedAbsent).removed()).isFalse();
  }

  @Test
  void readIncident_severalProblemsOfEveryKind_areReportedAtOnce() {
    String json =
        "{\"id\": \"\", \"participant\": 7, \"kind\": \"panic\", \"removed\": \"no\","
            + " \"occurredAt\": \"1066-10-14T09:00:00Z\", \"notes\": \"x\"}";

    InvalidPlanException e = invalidIncident(json);

    assertThat(problems(e))
        .containsExactly(
            "$.participant: must be a string",
            "$.kind: " + INCIDENT_KINDS,
            "$.removed: must be true or false",
            "$.notes: unknown field",
            "$.id: must not be blank",
            "$.occurredAt: must be an instant between 1900 and 2999");
    assertThat(e.getMessage()).startsWith("invalid incident: 6 problems: ");
  }

  @Test
  void readIncident_problems_neverRepeatFreeText() {
    String json =
        "{\"id\": \"SECRET\\u0000\", \"participant\": \""
            + "SECRET".repeat(30)
            + "\", \"kind\": \"SECRET\","
            + " \"occurredAt\": \"SECRET\", \"handledBy\": \"SECRET \\u001b[31m\"}";

    InvalidPlanException e = invalidIncident(json);

    assertThat(e.getMessage()).startsWith("invalid incident:").doesNotContain("SECRET");
    assertThat(e.problems())
        .extracting(PlanProblem::path)
        .containsExactly("$.kind", "$.occurredAt", "$.id", "$.participant", "$.handledBy");
  }

  @Test
  void readIncident_malformedJson_neverQuotesTheInput() {
    InvalidPlanException e = invalidIncident("{\"id\": \"i1\", \"kind\": SECRET_KIND}");

    assertThat(e.getMessage()).startsWith("invalid incident:").doesNotContain("SECRET");
    assertThat(problems(e))
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith("$.kind: is not well-formed JSON (line 1, column ");
  }

  // Incidents: overloads

  @Test
  void incident_readersStreamsFilesAndWriters_agreeWithStrings(@TempDir Path dir) throws Exception {
    Incident incident =
        SafeguardingJson.INCIDENT.read(DESIGN_INCIDENT.replace("\"p1\"", "\"p\u00fc\u4e2d\""));
    String json = SafeguardingJson.INCIDENT.write(incident);

    StringWriter writer = new StringWriter();
    SafeguardingJson.INCIDENT.write(incident, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SafeguardingJson.INCIDENT.write(incident, bytes);
    Path file = dir.resolve("incident.json");
    Files.write(file, bytes.toByteArray());

    assertThat(writer.toString()).isEqualTo(json);
    assertThat(bytes.toByteArray()).isEqualTo(utf8(json));
    assertThat(SafeguardingJson.INCIDENT.read(new StringReader(json))).isEqualTo(incident);
    assertThat(SafeguardingJson.INCIDENT.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(incident);
    assertThat(SafeguardingJson.INCIDENT.read(file)).isEqualTo(incident);
  }

  @Test
  void writeIncident_toAWriter_flushesButDoesNotClose() {
    AtomicInteger closed = new AtomicInteger();
    StringWriter writer =
        new StringWriter() {
          @Override
          public void close() {
            closed.incrementAndGet();
          }
        };

    SafeguardingJson.INCIDENT.write(SafeguardingJson.INCIDENT.read(DESIGN_INCIDENT), writer);

    assertThat(closed).hasValue(0);
    assertThat(writer.toString()).endsWith("}\n");
  }

  @Test
  void readIncident_invalidFile_isAnInvalidIncident(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("incident.json");
    Files.writeString(file, DESIGN_INCIDENT.replace("\"DISTRESS\"", "\"BORED\""));

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class, () -> SafeguardingJson.INCIDENT.read(file));

    assertThat(e).isNotNull();
    assertThat(problems(e)).containsExactly("$.kind: " + INCIDENT_KINDS);
  }

  @Test
  void readIncident_missingFile_isAnIoFailureNotAnInvalidIncident(@TempDir Path dir) {
    assertThat(
            catchThrowableOfType(
                UncheckedIOException.class,
                () -> SafeguardingJson.INCIDENT.read(dir.resolve("absent.json"))))
        .hasMessageContaining("cannot read incident file");
  }

  // Property: any valid room survives a round trip

  @Test
  void roomState_anyValidRoom_roundTripsToAnEqualRoomAndTheSameBytes() {
    AtomicInteger cases = new AtomicInteger();
    qt().withExamples(1_000)
        // A wide first value keeps QuickTheories' boundary examples distinct, so none is skipped.
        .forAll(
            integers().all(),
            lists().of(PlanGenerators.ids()).ofSizeBetween(0, 40),
            integers().between(0, 40))
        .checkAssert(
            (turn, ids, split) -> {
              cases.incrementAndGet();
              List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
              if (!distinct.isEmpty()) {
                java.util.Collections.rotate(distinct, turn % distinct.size());
              }
              int at = Math.min(split, distinct.size());
              RoomState room =
                  RoomState.builder()
                      .present(distinct.subList(0, at))
                      .removed(distinct.subList(at, distinct.size()))
                      .build();

              String json = SafeguardingJson.ROOM.write(room);
              RoomState read = SafeguardingJson.ROOM.read(json);

              assertThat(read).isEqualTo(room);
              assertThat(read.present()).containsExactlyElementsOf(distinct.subList(0, at));
              assertThat(read.removed())
                  .containsExactlyElementsOf(distinct.subList(at, distinct.size()));
              assertThat(SafeguardingJson.ROOM.write(read)).isEqualTo(json);
              assertThat(json)
                  .startsWith("{\n  \"present\": [")
                  .endsWith("}\n")
                  .doesNotContain("\r");
              assertThat(json.contains("\"removed\"")).isEqualTo(at < distinct.size());
              if (!distinct.isEmpty()) {
                // Repeating any id, in either list, is reported at the repeat's path.
                String repeated = distinct.get(0);
                String path = "$.removed[" + room.removed().size() + "]";
                String damaged =
                    SafeguardingJson.ROOM
                        .write(RoomState.builder().present(room.present()).build())
                        .replace(
                            "\"present\"",
                            "\"removed\": " + quoted(room.removed(), repeated) + ", \"present\"");
                assertThat(invalidRoom(damaged).problems())
                    .extracting(PlanProblem::path)
                    .containsExactly(path);
              }
            });
    assertThat(cases).hasValueGreaterThanOrEqualTo(1_000);
  }

  // Helpers

  @Test
  void readRoomState_everyoneAPlanMayHoldPresentAtOnce_roundTrips() {
    RoomState room =
        RoomState.builder()
            .present(
                java.util.stream.IntStream.range(0, RoomState.MAX_PEOPLE)
                    .mapToObj(i -> "x" + i)
                    .collect(java.util.stream.Collectors.toList()))
            .build();

    assertThat(SafeguardingJson.ROOM.read(SafeguardingJson.ROOM.write(room))).isEqualTo(room);
  }

  @Test
  void readRoomState_arrayBeyondTheParsersLimit_isReportedAsARoomProblem() {
    String ids =
        String.join(",", java.util.Collections.nCopies(JsonLimits.MAX_ARRAY_ENTRIES + 1, "\"x\""));

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> SafeguardingJson.ROOM.read("{\"present\": [" + ids + "]}"));

    assertThat(e.subject()).isEqualTo(SafeguardingJson.ROOM);
    assertThat(e.getMessage()).startsWith("invalid room: ");
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "$.present: must hold at most " + JsonLimits.MAX_ARRAY_ENTRIES + " entries");
  }

  private static String quoted(List<String> ids, String extra) {
    List<String> all = new ArrayList<>(ids);
    all.add(extra);
    return all.stream()
        .map(id -> "\"" + escape(id) + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String escape(String id) {
    return id.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String idArray(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "\"" + prefix + i + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static InvalidPlanException invalidRoom(String json) {
    return invalid("room", json, SafeguardingJson.ROOM::read);
  }

  private static InvalidPlanException invalidIncident(String json) {
    return invalid("incident", json, SafeguardingJson.INCIDENT::read);
  }
}
