package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.Rulebook;

class SafeguardingCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return new SafeguardingCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validate_example_summarisesItAndExitsZero() {
    int code = run("", "validate", "--example", "youth-club");

    assertThat(code).isZero();
    assertThat(out())
        .startsWith("youth-club-2026-12-04: a valid session plan (schemaVersion 1)\n")
        .contains("Participants:  6, aged 9 to 14")
        .contains("use 'assess' to judge whether the session is safe");
    assertThat(err()).isEmpty();
  }

  @Test
  void validate_fileWithProblems_listsEveryProblemOnStderrAndNothingOnStdout(@TempDir Path dir)
      throws Exception {
    String json =
        SafeguardingJson.PLAN
            .write(ExamplePlans.load("youth-club"))
            .replace("\"age\": 9,", "\"age\": 200,")
            .replace("\"id\": \"p2\",", "\"id\": \"p1\", \"agee\": 3,");
    Path file = dir.resolve("plan.json");
    Files.writeString(file, json);

    int code = run("", "validate", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err().lines())
        .containsExactlyInAnyOrder(
            "$.participants[1].agee: unknown field",
            "$.participants[0].age: must be between 0 and 120",
            "$.participants[1].id: must be unique, but $.participants[0].id has the same id");
  }

  @Test
  void validate_truncatedStdin_exitsTwoWithNothingOnStdout() throws Exception {
    String json = SafeguardingJson.PLAN.write(ExamplePlans.load("broadcast-class"));

    int code = run(json.substring(0, json.length() / 3), "validate", "-");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("is not complete: the input ends too soon");
  }

  @Test
  void validate_missingFile_exitsOne() {
    int code = run("", "validate", "/no/such/plan.json");

    assertThat(code).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("cannot read session plan file");
  }

  @Test
  void examples_listsTheBundledPlans() {
    assertThat(run("", "examples")).isZero();
    assertThat(out().lines()).containsExactlyElementsOf(ExamplePlans.names());
  }

  @Test
  void unknownCommand_exitsOneWithTheProblemAndUsage() {
    assertThat(run("", "assess-everything")).isEqualTo(1);

    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("Unmatched argument at index 0: 'assess-everything'")
        .contains("Usage: safeguarding");
  }

  @Test
  void noArguments_exitsOneWithUsageOnStderr() {
    assertThat(run("")).isEqualTo(1);

    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("Usage: safeguarding").contains("assess").contains("schema");
  }

  @Test
  void help_listsEveryCommandAndExitsZero() {
    assertThat(run("", "--help")).isZero();

    assertThat(out()).startsWith("Usage: safeguarding");
    for (String command :
        List.of("assess", "admit", "respond", "rulebook", "schema", "examples", "validate")) {
      assertThat(out()).containsPattern("(?m)^ +" + command + " ");
    }
    assertThat(err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"assess", "admit", "respond", "rulebook", "schema", "examples", "validate"})
  void help_ofEachCommand_printsItsUsageAndExitsZero(String command) {
    assertThat(run("", command, "--help")).isZero();

    assertThat(out()).startsWith("Usage: safeguarding " + command).contains("--help");
    assertThat(err()).isEmpty();
  }

  @Test
  void version_namesTheCommandLine() {
    assertThat(run("", "--version")).isZero();

    assertThat(out()).startsWith("safeguarding ");
  }

  @Test
  void assess_example_printsTheAssessmentJsonAndExitsZero() {
    int code = run("", "assess", "--example", "youth-club", "--format", "json");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo(
            SafeguardingJson.ASSESSMENT.write(
                SafeguardingEngine.ukDefault().assess(ExamplePlans.load("youth-club"))))
        .contains("\"decision\": \"GO\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void assess_stdinWithACustomRulebook_usesIt(@TempDir Path dir) throws Exception {
    String rulebook;
    try (var in = Rulebook.class.getResourceAsStream("uk-default.json")) {
      rulebook =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"version\": \"2026.2\"", "\"version\": \"local-1\"")
              .replace("\"minimumAdults\": 2", "\"minimumAdults\": 3");
    }
    Path file = dir.resolve("rulebook.json");
    Files.writeString(file, rulebook);

    int code =
        run(
            SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club")),
            "assess",
            "-",
            "--rulebook",
            file.toString(),
            "--format",
            "json");

    assertThat(code).isZero();
    assertThat(out())
        .contains("\"version\": \"local-1\"")
        .contains("\"decision\": \"DO_NOT_RUN\"")
        .contains("\"rule\": \"SUPERVISION_SHORTFALL\"");
  }

  @Test
  void assess_invalidRulebook_listsItsProblemsAndExitsTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rulebook.json");
    Files.writeString(file, "{\"name\": \"x\"}");

    int code = run("", "assess", "--example", "youth-club", "--rulebook", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("rulebook $.version: ");
  }

  @Test
  void assess_truncatedPlan_exitsTwoWithNothingOnStdout() {
    String json = SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club"));

    int code = run(json.substring(0, json.length() / 2), "assess", "-");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("$");
  }

  @Test
  void admit_childBeforeTwoAdults_waitsAndPrintsTheAdmissionJson() {
    int code =
        run(
            "{\"present\": [\"s1\"]}",
            "admit",
            "--example",
            "youth-club",
            "--room",
            "-",
            "--person",
            "p1");

    assertThat(code).isZero();
    assertThat(err()).isEmpty();
    Admission admission = SafeguardingJson.ADMISSION.read(out());
    assertThat(admission.verdict()).isEqualTo(Verdict.WAIT);
    assertThat(admission.reasons())
        .extracting(AdmissionReason::rule)
        .containsExactly("ADMIT_AWAIT_ADULTS");
  }

  @Test
  void admit_mentoringExample_admitsTheMenteeOnceTheMentorIsIn() {
    // A responsible adult is nearby at m1's home, so the one-to-one asks for the mentor alone.
    int waiting =
        run(
            "{\"present\": []}",
            "admit",
            "--example",
            "mentoring-one-to-one",
            "--room",
            "-",
            "--person",
            "m1");
    Admission alone = SafeguardingJson.ADMISSION.read(out());
    out.reset();
    int admitted =
        run(
            "{\"present\": [\"s1\"]}",
            "admit",
            "--example",
            "mentoring-one-to-one",
            "--room",
            "-",
            "--person",
            "m1");

    assertThat(waiting).isZero();
    assertThat(alone.verdict()).isEqualTo(Verdict.WAIT);
    assertThat(admitted).isZero();
    assertThat(SafeguardingJson.ADMISSION.read(out()).verdict()).isEqualTo(Verdict.ADMIT);
  }

  @Test
  void admit_roomFileWithBothAdults_admitsTheChild(@TempDir Path dir) throws Exception {
    Path room = dir.resolve("room.json");
    Files.writeString(room, "{\"present\": [\"s1\", \"s2\"]}");
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club")));

    int code = run("", "admit", plan.toString(), "--room", room.toString(), "--person", "p1");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo("{\n  \"person\": \"p1\",\n  \"verdict\": \"ADMIT\",\n  \"reasons\": []\n}\n");
  }

  @Test
  void admit_roomNamingPeopleNotOnThePlan_exitsTwoWithPathsAndNothingOnStdout() {
    int code =
        run(
            "{\"present\": [\"s1\", \"x9\"], \"removed\": [\"y7\"]}",
            "admit",
            "--example",
            "youth-club",
            "--room",
            "-",
            "--person",
            "p1");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err().lines())
        .containsExactly(
            "room $.present[1]: is not on the plan's staff or participants",
            "room $.removed[0]: is not on the plan's staff or participants");
  }

  @Test
  void admit_withoutPerson_printsUsageAndExitsOne() {
    int code = run("{\"present\": []}", "admit", "--example", "youth-club", "--room", "-");

    assertThat(code).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("Missing required option: '--person=ID'")
        .contains("Usage: safeguarding admit");
  }

  @Test
  void respond_distressedParticipantRemoved_printsTheSeedProcedureAsJson() {
    String incident =
        "{\"id\": \"i1\", \"participant\": \"a2\", \"kind\": \"DISTRESS\", \"removed\": true,"
            + " \"occurredAt\": \"2026-12-08T10:50:00Z\", \"handledBy\": \"s1\"}";

    int code = run(incident, "respond", "--example", "recovery-college", "-");

    assertThat(code).isZero();
    assertThat(err()).isEmpty();
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(out());
    assertThat(response.actions())
        .extracting(action -> action.action() + " " + action.owner() + " " + action.due())
        .containsExactly(
            "INFORM_SAFEGUARDING_LEAD s1 2026-12-08T10:50:00Z",
            "PHONE_PARTICIPANT s1 2026-12-08T11:05:00Z",
            "RECORD_INCIDENT s1 2026-12-09T10:50:00Z",
            "FOLLOW_UP_NEXT_DAY s1 2026-12-09T23:59:59Z",
            "REVIEW_RISK_REGISTER SAFEGUARDING_LEAD 2026-12-15T10:50:00Z");
  }

  @Test
  void respond_incidentNamingPeopleNotOnThePlan_answersWithNotes() {
    // given: cover staff qq handled an incident about zz; the plan holds neither
    String incident =
        "{\"id\": \"i1\", \"participant\": \"zz\", \"kind\": \"OTHER\","
            + " \"occurredAt\": \"2026-12-08T10:50:00Z\", \"handledBy\": \"qq\"}";

    // when
    int code = run(incident, "respond", "--example", "recovery-college", "-");

    // then
    assertThat(code).isZero();
    assertThat(err()).isEmpty();
    ResponsePlan response = SafeguardingJson.RESPONSE_PLAN.read(out());
    assertThat(response.actions())
        .extracting(action -> action.action() + " " + action.owner() + " " + action.ownerType())
        .containsExactly(
            "INFORM_SAFEGUARDING_LEAD qq NOT_ON_PLAN",
            "CONTACT_AFTER_SESSION SAFEGUARDING_LEAD ROLE",
            "RECORD_INCIDENT SAFEGUARDING_LEAD ROLE",
            "REVIEW_RISK_REGISTER SAFEGUARDING_LEAD ROLE");
    assertThat(response.notes())
        .containsExactly(
            "zz is not one of the plan's participants: they are judged as a child of unknown age",
            "qq is not on the plan's staff: they keep the immediate actions, and the later ones go"
                + " to the safeguarding lead");
    assertThat(out()).contains("\"notes\": [");
  }

  @Test
  void respond_removalNamingNobody_exitsTwoWithThePath() {
    String incident =
        "{\"id\": \"i1\", \"kind\": \"OTHER\", \"removed\": true,"
            + " \"occurredAt\": \"2026-12-08T10:50:00Z\", \"handledBy\": \"s1\"}";

    int code = run(incident, "respond", "--example", "recovery-college", "-");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err().lines())
        .containsExactly(
            "incident $.participant: is required when removed is true: name who was removed");
  }

  @Test
  void respond_truncatedIncident_exitsTwoWithNothingOnStdout() {
    int code = run("{\"id\": \"i1\", \"kind\": ", "respond", "--example", "youth-club", "-");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("incident $").contains("is not complete");
  }

  @Test
  void admit_stdinForBothPlanAndRoom_isRefusedBeforeReadingEither() {
    int code = run("{\"present\": []}", "admit", "-", "--room", "-", "--person", "p1");

    assertThat(code).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("'-' (stdin) may stand for one document only");
  }

  @Test
  void respond_stdinForBothPlanAndIncident_isRefusedBeforeReadingEither() {
    int code = run("{}", "respond", "-", "-");

    assertThat(code).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("'-' (stdin) may stand for one document only");
  }

  @Test
  void admit_blankPerson_exitsTwoNamingTheAdmissionsPersonField() {
    int code =
        run(
            "{\"present\": []}",
            "admit",
            "--example",
            "youth-club",
            "--room",
            "-",
            "--person",
            " ");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err().lines()).containsExactly("admission $.person: must not be blank");
  }
}
