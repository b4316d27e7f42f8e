package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.json.SafeguardingJson;
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
        .contains("participants 6, aged 9 to 14")
        .contains("use 'assess' to judge whether the session is safe");
    assertThat(err()).isEmpty();
  }

  @Test
  void validate_fileWithProblems_listsEveryProblemOnStderrAndNothingOnStdout(@TempDir Path dir)
      throws Exception {
    String json = SafeguardingJson.writePlan(ExamplePlans.load("youth-club"))
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
    String json = SafeguardingJson.writePlan(ExamplePlans.load("broadcast-class"));

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
    assertThat(err()).contains("cannot read plan file");
  }

  @Test
  void examples_listsTheBundledPlans() {
    assertThat(run("", "examples")).isZero();
    assertThat(out().lines()).containsExactlyElementsOf(ExamplePlans.names());
  }

  @Test
  void unknownCommandOrNoArguments_exitOneWithUsage() {
    assertThat(run("", "assess-everything")).isEqualTo(1);
    assertThat(err()).contains("unknown command 'assess-everything'").contains("usage:");
    assertThat(run("")).isEqualTo(1);
  }

  @Test
  void help_printsUsageAndExitsZero() {
    assertThat(run("", "--help")).isZero();
    assertThat(out()).startsWith("usage: safeguarding assess").contains("safeguarding validate");
  }

  @Test
  void assess_example_printsTheAssessmentJsonAndExitsZero() {
    int code = run("", "assess", "--example", "youth-club");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo(
            SafeguardingJson.writeAssessment(
                SafeguardingEngine.ukDefault().assess(ExamplePlans.load("youth-club"))))
        .contains("\"decision\": \"GO\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void assess_stdinWithACustomRulebook_usesIt(@TempDir Path dir) throws Exception {
    String rulebook;
    try (var in = Rulebook.class.getResourceAsStream("uk-default.json")) {
      rulebook = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"version\": \"2026.1\"", "\"version\": \"local-1\"")
          .replace("\"minimumAdults\": 2", "\"minimumAdults\": 3");
    }
    Path file = dir.resolve("rulebook.json");
    Files.writeString(file, rulebook);

    int code = run(SafeguardingJson.writePlan(ExamplePlans.load("youth-club")),
        "assess", "-", "--rulebook", file.toString());

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
    String json = SafeguardingJson.writePlan(ExamplePlans.load("youth-club"));

    int code = run(json.substring(0, json.length() / 2), "assess", "-");

    assertThat(code).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("$");
  }
}
