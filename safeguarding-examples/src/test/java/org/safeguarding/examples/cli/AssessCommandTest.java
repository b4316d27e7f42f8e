package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.Reports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTest {

  private static final Path GOLDEN_ASSESSMENTS =
      Path.of("src/test/resources/org/safeguarding/examples/assessments");

  private final SafeguardingEngine engine = SafeguardingEngine.ukDefault();

  static Stream<String> examples() {
    return ExamplePlans.names().stream();
  }

  @Test
  void assess_withoutFormat_printsTheTextReport() {
    CommandLineRun run = CommandLineRun.of("assess", "--example", "youth-club");

    assertThat(run.code).isZero();
    assertThat(run.out)
        .isEqualTo(Reports.text(engine.assess(ExamplePlans.load("youth-club"))))
        .contains("youth-club-2026-12-04")
        .contains("GO");
    assertThat(run.err).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void assess_eachExampleAsJson_printsTheContractsGoldenAssessment(String name) throws Exception {
    CommandLineRun run = CommandLineRun.of("assess", "--example", name, "--format", "json");

    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(Files.readString(GOLDEN_ASSESSMENTS.resolve(name + ".json"), StandardCharsets.UTF_8));
    JsonNode json = JsonMapper.builder().build().readTree(run.out);
    assertThat(json.propertyNames())
        .containsExactly(
            "planId", "rulebook", "asOf", "decision", "findings", "risks", "consents",
            "supervision");
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "MARKDOWN", "Markdown"})
  void assess_asMarkdown_inAnyCase_printsTheMarkdownReport(String format) {
    CommandLineRun run = CommandLineRun.of("assess", "--example", "mentoring-one-to-one",
        "--format", format);

    assertThat(run.code).isZero();
    assertThat(run.out)
        .isEqualTo(Reports.markdown(engine.assess(ExamplePlans.load("mentoring-one-to-one"))));
  }

  @Test
  void assess_asHtml_printsTheSelfContainedPageWithTheHeatMap() {
    CommandLineRun run = CommandLineRun.of("assess", "--example", "recovery-college",
        "--format", "html");

    assertThat(run.code).isZero();
    assertThat(run.out)
        .isEqualTo(Reports.html(engine.assess(ExamplePlans.load("recovery-college"))))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .doesNotContain("<script");
  }

  @Test
  void assess_htmlWithACustomRulebook_bandsTheHeatMapByThatRulebook(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("rulebook.json");
    String custom = engine.rulebook().toJson().replace("\"name\": \"uk-default\"",
        "\"name\": \"local\"");
    Files.writeString(file, custom);
    SafeguardingEngine local = SafeguardingEngine.builder()
        .rulebook(org.safeguarding.rules.rulebook.Rulebook.read(file)).build();

    CommandLineRun run = CommandLineRun.of("assess", "--example", "youth-club", "--format", "html",
        "--rulebook", file.toString());

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(Reports.html(
        local.assess(ExamplePlans.load("youth-club")), local.rulebook().riskMatrix()))
        .contains("local");
  }

  @Test
  void assess_unknownFormat_exitsOneNamingTheChoices() {
    CommandLineRun run = CommandLineRun.of("assess", "--example", "youth-club", "--format", "pdf");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("--format").contains("pdf").contains("TEXT, JSON, MARKDOWN, HTML");
  }

  @Test
  void assess_failOnBlocker_withABlocker_printsTheReportAndExitsThree() {
    String plan = withoutTheSafeguardingPolicy("youth-club");

    CommandLineRun run = CommandLineRun.withStdin(plan, "assess", "-", "--fail-on", "blocker",
        "--format", "json");

    assertThat(run.code).isEqualTo(3);
    assertThat(run.out).contains("\"decision\": \"DO_NOT_RUN\"")
        .contains("\"level\": \"BLOCKER\"");
    assertThat(run.err).isEmpty();
  }

  @Test
  void assess_failOnBlocker_withWarningsOnly_exitsZero() {
    Assessment assessment = engine.assess(ExamplePlans.load("mentoring-one-to-one"));
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);

    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "mentoring-one-to-one", "--fail-on", "blocker");

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(Reports.text(assessment));
  }

  @Test
  void assess_failOnWarning_withWarnings_exitsThree() {
    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "mentoring-one-to-one", "--fail-on", "WARNING");

    assertThat(run.code).isEqualTo(3);
    assertThat(run.out).isNotEmpty();
  }

  @Test
  void assess_failOnWarning_withABlockerOnly_exitsThree() {
    String plan = withoutTheSafeguardingPolicy("broadcast-class");

    CommandLineRun run = CommandLineRun.withStdin(plan, "assess", "-", "--fail-on", "warning");

    assertThat(run.code).isEqualTo(3);
  }

  @Test
  void assess_failOnWarning_onAPlanWithNoFindings_exitsZero() {
    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "youth-club", "--fail-on", "warning");

    assertThat(run.code).isZero();
  }

  @Test
  void assess_truncatedFile_exitsTwoWithNothingOnStdout(@TempDir Path dir) throws Exception {
    String json = SafeguardingJson.writePlan(ExamplePlans.load("youth-club"));
    Path file = dir.resolve("plan.json");
    Files.writeString(file, json.substring(0, json.length() - 40));

    CommandLineRun run = CommandLineRun.of("assess", file.toString(), "--format", "html",
        "--fail-on", "warning");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("$").contains("is not complete");
  }

  @Test
  void assess_fileAndExample_exitsOneAskingForOnePlan() {
    CommandLineRun run = CommandLineRun.of("assess", "plan.json", "--example", "youth-club");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("give a plan file or --example NAME, not both");
  }

  @Test
  void assess_noPlan_exitsOneAskingForOne() {
    CommandLineRun run = CommandLineRun.of("assess", "--format", "json");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("give a plan: a file, '-' for stdin, or --example NAME");
  }

  @Test
  void assess_unknownExample_exitsOneNamingTheExamples() {
    CommandLineRun run = CommandLineRun.of("assess", "--example", "no-such-plan");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("no-such-plan").contains("youth-club");
  }

  /** An example plan as JSON with no safeguarding policy: a BLOCKER under uk-default. */
  private static String withoutTheSafeguardingPolicy(String name) {
    SessionPlan plan = ExamplePlans.load(name);
    String json = SafeguardingJson.writePlan(plan);
    String edited = json.replace("\"SAFEGUARDING_POLICY\",", "");
    assertThat(edited).isNotEqualTo(json);
    return edited;
  }
}
