package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.Plans;

/**
 * The typed documents: every way in and out gives the same value and bytes; limits can be lowered.
 */
class JsonDocumentTest {

  @TempDir Path dir;

  @Test
  void everyWayInAndOut_givesTheSameValueAndTheSameBytes() throws Exception {
    SessionPlan plan = Plans.childrensGroup().build();
    JsonDocument<SessionPlan> document = SafeguardingJson.PLAN;
    String text = document.write(plan);

    StringWriter writer = new StringWriter();
    document.write(plan, writer);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    document.write(plan, stream);
    Path file = dir.resolve("plan.json");
    document.write(plan, file);

    assertThat(writer.toString()).isEqualTo(text);
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(document.read(text)).isEqualTo(plan);
    assertThat(document.read(new StringReader(text))).isEqualTo(plan);
    assertThat(document.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(plan);
    assertThat(document.read(file)).isEqualTo(plan);
    assertThat(SafeguardingJson.readPlan(file)).isEqualTo(plan);
    assertThat(SafeguardingJson.writePlan(plan)).isEqualTo(text);
  }

  @Test
  void room_andIncident_roundTripThroughFiles() {
    RoomState room = RoomState.builder().addPresent("s1", "p1").addRemoved("p2").build();
    Incident incident =
        Incident.builder()
            .id("i1")
            .participant("p2")
            .kind(IncidentKind.DISTRESS)
            .removed(true)
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
            .build();
    Path roomFile = dir.resolve("room.json");
    Path incidentFile = dir.resolve("incident.json");

    SafeguardingJson.ROOM.write(room, roomFile);
    SafeguardingJson.INCIDENT.write(incident, incidentFile);

    assertThat(SafeguardingJson.ROOM.read(roomFile)).isEqualTo(room);
    assertThat(SafeguardingJson.INCIDENT.read(incidentFile)).isEqualTo(incident);
  }

  @Test
  void eachDocument_namesItselfInItsRefusal_andEveryRefusalIsAnInvalidDocumentException() {
    for (JsonDocument<?> document :
        new JsonDocument<?>[] {
          SafeguardingJson.PLAN,
          SafeguardingJson.ROOM,
          SafeguardingJson.INCIDENT,
          SafeguardingJson.ASSESSMENT,
          SafeguardingJson.ADMISSION,
          SafeguardingJson.RESPONSE_PLAN
        }) {
      assertThatThrownBy(() -> document.read("[]"))
          .isInstanceOf(InvalidDocumentException.class)
          .isInstanceOf(InvalidPlanException.class)
          .hasMessage("invalid " + document.name() + ": 1 problem: $: must be an object")
          .satisfies(e -> assertThat(((InvalidDocumentException) e).document()).isSameAs(document));
      assertThat(document).hasToString(document.name());
    }
  }

  @Test
  void withLimits_lowered_refusesWhatTheDefaultsRead_andSaysWhichLimit() {
    String text = SafeguardingJson.PLAN.write(Plans.childrensGroup().build());
    JsonDocument<SessionPlan> small =
        SafeguardingJson.PLAN.withLimits(JsonLimits.defaults().withMaxDocumentLength(100));

    assertThat(small.limits().maxDocumentLength()).isEqualTo(100);
    assertThat(small.name()).isEqualTo("session plan");
    assertThatThrownBy(() -> small.read(text))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("exceeds the reader's limit: documents of at most 100 characters");
    JsonDocument<SessionPlan> shallow =
        SafeguardingJson.PLAN.withLimits(JsonLimits.defaults().withMaxNestingDepth(2));
    assertThatThrownBy(() -> shallow.read(text))
        .hasMessageContaining("exceeds the reader's limit: nesting depth at most 2");
    JsonDocument<SessionPlan> fewEntries =
        SafeguardingJson.PLAN.withLimits(JsonLimits.defaults().withMaxArrayEntries(1));
    assertThatThrownBy(() -> fewEntries.read(text)).hasMessageContaining("must hold at most 1");
  }

  @Test
  void limits_canBeLoweredOnly() {
    JsonLimits lowered =
        JsonLimits.defaults()
            .withMaxTokens(10)
            .withMaxStringLength(20)
            .withMaxNameLength(30)
            .withMaxNumberLength(5);

    assertThat(lowered.maxTokens()).isEqualTo(10);
    assertThat(lowered.maxStringLength()).isEqualTo(20);
    assertThat(lowered.maxNameLength()).isEqualTo(30);
    assertThat(lowered.maxNumberLength()).isEqualTo(5);
    assertThat(lowered.maxDocumentLength()).isEqualTo(JsonLimits.MAX_DOCUMENT_LENGTH);
    assertThat(lowered.toString()).contains("maxTokens=10");
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxTokens(JsonLimits.MAX_TOKENS + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readingAFileThatIsNotThere_namesTheDocumentAndTheFile() {
    Path missing = dir.resolve("missing.json");

    assertThatThrownBy(() -> SafeguardingJson.INCIDENT.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read incident file " + missing + ": no such file");
    assertThatThrownBy(() -> SafeguardingJson.ROOM.write(RoomState.builder().build(), dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write room file " + dir);
  }

  @Test
  void instants_inLowerCaseAtHour24OrWithALeapSecond_areRefused() {
    String json = "{\"id\": \"i1\", \"kind\": \"DISTRESS\", \"occurredAt\": \"%s\"}";

    assertThatThrownBy(() -> SafeguardingJson.INCIDENT.read(json.formatted("2026-12-04t18:20:00z")))
        .hasMessageContaining(
            "$.occurredAt: must be an instant written yyyy-mm-ddThh:mm:ssZ (or with an offset)");
    assertThatThrownBy(() -> SafeguardingJson.INCIDENT.read(json.formatted("2026-12-04T18:20:00z")))
        .hasMessageContaining("$.occurredAt: must be an instant written");
    assertThatThrownBy(() -> SafeguardingJson.INCIDENT.read(json.formatted("2026-12-04T24:00:00Z")))
        .hasMessageContaining(
            "$.occurredAt: is not a real time: hours run from 00 to 23 and seconds from 00 to 59");
    assertThatThrownBy(() -> SafeguardingJson.INCIDENT.read(json.formatted("2026-12-31T23:59:60Z")))
        .hasMessageContaining("$.occurredAt: is not a real time");
    assertThat(
            SafeguardingJson.INCIDENT
                .read(json.formatted("2026-12-04T19:20:00+01:00"))
                .occurredAt())
        .isEqualTo(Instant.parse("2026-12-04T18:20:00Z"));
  }

  @Test
  void aStringJustOverTheLimit_isRefused_evenWhereItIsSkippedUnread() {
    String over = "a".repeat(JsonLimits.MAX_STRING_LENGTH + 1);
    String limit =
        "exceeds the reader's limit: strings of at most "
            + JsonLimits.MAX_STRING_LENGTH
            + " characters";

    // as the value of an unknown field, and as a value of the wrong type: neither is read
    assertThatThrownBy(() -> SafeguardingJson.PLAN.read("{\"x\": \"" + over + "\"}"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage("invalid session plan: 1 problem: $.x: " + limit);
    assertThatThrownBy(
            () ->
                SafeguardingJson.ROOM.read(
                    "{\"present\": [], \"removed\": {\"a\": \"" + over + "\"}}"))
        .hasMessage("invalid room: 1 problem: $.removed.a: " + limit);
  }
}
