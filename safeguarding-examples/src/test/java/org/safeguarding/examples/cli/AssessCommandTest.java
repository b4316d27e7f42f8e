package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

    SessionPlan plan = ExamplePlans.load("youth-club");
    assertThat(run.code).isZero();
    assertThat(withoutMadeAt(run.out))
        .isEqualTo(withoutMadeAt(engine.report(plan, engine.assess(plan), ReportFormat.TEXT)));
    assertThat(run.out)
        .startsWith("Friday Youth Club\n")
        .contains("[plan youth-club-2026-12-04]")
        .contains("Go: the session may run")
        .contains("Report made ");
    assertThat(run.err).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void assess_eachExampleAsJson_printsTheContractsGoldenAssessment(String name) throws Exception {
    CommandLineRun run = CommandLineRun.of("assess", "--example", name, "--format", "json");

    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .isEqualTo(
            Files.readString(GOLDEN_ASSESSMENTS.resolve(name + ".json"), StandardCharsets.UTF_8));
    JsonNode json = JsonMapper.builder().build().readTree(run.out);
    assertThat(json.propertyNames())
        .containsExactly(
            "planId",
            "rulebook",
            "asOf",
            "decision",
            "findings",
            "risks",
            "consents",
            "supervision");
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "MARKDOWN", "Markdown"})
  void assess_asMarkdown_inAnyCase_printsTheMarkdownReport(String format) {
    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "mentoring-one-to-one", "--format", format);

    SessionPlan plan = ExamplePlans.load("mentoring-one-to-one");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("Report made ");
    assertThat(withoutMadeAt(run.out))
        .isEqualTo(withoutMadeAt(engine.report(plan, engine.assess(plan), ReportFormat.MARKDOWN)));
  }

  @Test
  void assess_asHtml_printsTheSelfContainedPageWithTheHeatMap() {
    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "recovery-college", "--format", "html");

    SessionPlan plan = ExamplePlans.load("recovery-college");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("Report made ");
    assertThat(withoutMadeAt(run.out))
        .isEqualTo(withoutMadeAt(engine.report(plan, engine.assess(plan), ReportFormat.HTML)))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .doesNotContain("<script");
  }

  /**
   * A report without the lines saying when it was made, which the command takes from the clock: the
   * footer's, and in HTML the style sheet's line for the foot of each printed page.
   */
  private static String withoutMadeAt(String report) {
    return String.join(
        "\n",
        report
            .lines()
            .filter(line -> !line.contains("Report made ") && !line.contains("@bottom-left"))
            .toList());
  }

  @Test
  void assess_htmlWithACustomRulebook_bandsTheHeatMapByThatRulebook(@TempDir Path dir)
      throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode custom = (ObjectNode) mapper.readTree(engine.rulebook().toJson());
    custom.put("name", "local");
    custom.set(
        "riskBands",
        mapper.readTree(
            "[{\"lowest\": 1, \"highest\": 2, \"band\": \"LOW\"},"
                + " {\"lowest\": 3, \"highest\": 4, \"band\": \"MODERATE\"},"
                + " {\"lowest\": 5, \"highest\": 9, \"band\": \"HIGH\"},"
                + " {\"lowest\": 10, \"highest\": 25, \"band\": \"EXTREME\"}]"));
    Path file = dir.resolve("rulebook.json");
    Files.writeString(file, mapper.writeValueAsString(custom));
    String scoreThree = "id=\"cell-1-3\" data-likelihood=\"1\" data-severity=\"3\" data-band=";

    CommandLineRun run =
        CommandLineRun.of(
            "assess", "--example", "youth-club", "--format", "html", "--rulebook", file.toString());

    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).contains(scoreThree + "\"MODERATE\"").contains("local");
    assertThat(CommandLineRun.of("assess", "--example", "youth-club", "--format", "html").out)
        .contains(scoreThree + "\"LOW\"");
  }

  @Test
  void assess_failOnWarning_withAdviceOnly_exitsZero() {
    String plan = SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club"));
    String advisedControlOff = plan.replace("\"PRIVATE_CHAT_DISABLED\",", "");
    assertThat(advisedControlOff).isNotEqualTo(plan);
    Assessment assessment = engine.assess(SafeguardingJson.PLAN.read(advisedControlOff));
    assertThat(assessment.findings())
        .isNotEmpty()
        .allMatch(finding -> finding.level() == FindingLevel.ADVICE);

    CommandLineRun run =
        CommandLineRun.withStdin(advisedControlOff, "assess", "-", "--fail-on", "warning");

    assertThat(run.code).isZero();
    assertThat(run.out).contains("A platform setting is off").contains("PLATFORM_CONTROL_MISSING");
  }

  @Test
  void assess_outputThatCannotBeWritten_exitsOneSayingSo() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        new SafeguardingCli(full, err, new ByteArrayInputStream(new byte[0]))
            .run("assess", "--example", "youth-club", "--format", "html");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("cannot write the output: it is incomplete");
  }

  @Test
  void assess_directoryAsThePlan_exitsOneNamingItAndWhy(@TempDir Path dir) {
    CommandLineRun run = CommandLineRun.of("assess", dir.toString());

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("cannot read session plan file " + dir + ": ");
  }

  static Stream<List<String>> commandsWithEverythingTheyNeed() {
    return Stream.of(
        List.of("assess", "--example", "youth-club"),
        List.of("admit", "--example", "youth-club", "--room", "-", "--person", "p1"),
        List.of("respond", "--example", "youth-club", "-"),
        List.of("rulebook"),
        List.of("schema"),
        List.of("examples"),
        List.of("validate", "--example", "youth-club"));
  }

  @ParameterizedTest
  @MethodSource("commandsWithEverythingTheyNeed")
  void anyCommand_unknownOption_exitsOneWithTheCommandsUsage(List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.add("--colour");

    CommandLineRun run = CommandLineRun.withStdin("{}", args.toArray(String[]::new));

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("Unknown option: '--colour'")
        .contains("Usage: safeguarding " + command.get(0));
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

    CommandLineRun run =
        CommandLineRun.withStdin(plan, "assess", "-", "--fail-on", "blocker", "--format", "json");

    assertThat(run.code).isEqualTo(3);
    assertThat(run.out).contains("\"decision\": \"DO_NOT_RUN\"").contains("\"level\": \"BLOCKER\"");
    assertThat(run.err).isEmpty();
  }

  @Test
  void assess_failOnBlocker_withWarningsOnly_exitsZero() {
    SessionPlan plan = ExamplePlans.load("mentoring-one-to-one");
    Assessment assessment = engine.assess(plan);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);

    CommandLineRun run =
        CommandLineRun.of("assess", "--example", "mentoring-one-to-one", "--fail-on", "blocker");

    assertThat(run.code).isZero();
    assertThat(withoutMadeAt(run.out))
        .isEqualTo(withoutMadeAt(engine.report(plan, assessment, ReportFormat.TEXT)));
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
    String json = SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club"));
    Path file = dir.resolve("plan.json");
    Files.writeString(file, json.substring(0, json.length() - 40));

    CommandLineRun run =
        CommandLineRun.of("assess", file.toString(), "--format", "html", "--fail-on", "warning");

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
    String json = SafeguardingJson.PLAN.write(plan);
    String edited = json.replace("\"SAFEGUARDING_POLICY\",", "");
    assertThat(edited).isNotEqualTo(json);
    return edited;
  }
}
