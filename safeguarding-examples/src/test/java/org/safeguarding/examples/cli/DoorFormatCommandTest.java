package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/** {@code admit --format} and {@code respond --format}: JSON by default, and reports for people. */
class DoorFormatCommandTest {

  private static final String ROOM = "{\"present\": [\"s1\"]}";

  private static String incident() throws IOException {
    try (InputStream json =
        DoorFormatCommandTest.class.getResourceAsStream(
            "/org/safeguarding/examples/incidents/youth-club-distress.json")) {
      return new String(json.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CommandLineRun admit(String... format) {
    String[] args = {"admit", "--example", "youth-club", "--room", "-", "--person", "p1"};
    String[] all = new String[args.length + format.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(format, 0, all, args.length, format.length);
    return CommandLineRun.withStdin(ROOM, all);
  }

  @Test
  void admit_withoutFormat_printsTheAdmissionJsonAsBefore() {
    SessionPlan plan = ExamplePlans.load("youth-club");
    RoomState room = SafeguardingJson.ROOM.read(ROOM);
    String expected =
        SafeguardingJson.ADMISSION.write(SafeguardingEngine.ukDefault().admit(plan, room, "p1"));

    assertThat(admit().out).isEqualTo(expected);
    assertThat(admit("--format", "json").out).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html", "TEXT"})
  void admit_withFormat_printsTheEnginesReport(String format) {
    CommandLineRun run = admit("--format", format);

    SessionPlan plan = ExamplePlans.load("youth-club");
    RoomState room = SafeguardingJson.ROOM.read(ROOM);
    SafeguardingEngine engine = SafeguardingEngine.ukDefault();
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(
            engine.report(
                plan,
                room,
                engine.admit(plan, room, "p1"),
                ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT))))
        .contains("Keep waiting");
  }

  @Test
  void admit_unknownFormat_printsUsageAndExitsOne() {
    CommandLineRun run = admit("--format", "pdf");

    assertThat(run.code).isNotZero().isNotEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("--format");
  }

  @Test
  void respond_withoutFormat_printsTheResponseJsonAsBefore() throws IOException {
    SessionPlan plan = ExamplePlans.load("youth-club");
    Incident incident = SafeguardingJson.INCIDENT.read(incident());
    String expected =
        SafeguardingJson.RESPONSE_PLAN.write(
            SafeguardingEngine.ukDefault().respond(plan, incident));

    CommandLineRun run =
        CommandLineRun.withStdin(incident(), "respond", "--example", "youth-club", "-");

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "html"})
  void respond_withFormat_printsLocalDueTimesAndOwners(String format) throws IOException {
    CommandLineRun run =
        CommandLineRun.withStdin(
            incident(), "respond", "--example", "youth-club", "--format", format, "-");

    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("18:35 today".replace(":", format.equals("markdown") ? "\\:" : ":"))
        .contains("s2 (Host)")
        .doesNotContain("Z\"", "2026-12-04T");
  }

  @Test
  void respond_invalidIncident_stillExitsTwoWithNothingOnStdout() {
    CommandLineRun run =
        CommandLineRun.withStdin(
            "{\"id\": \"i1\", \"kind\": ",
            "respond",
            "--example",
            "youth-club",
            "--format",
            "html",
            "-");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
  }
}
