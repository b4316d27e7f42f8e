package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.safeguarding.rules.internal.report.ReportFixtures.STRICT;
import static org.safeguarding.rules.internal.report.ReportFixtures.assessment;
import static org.safeguarding.rules.internal.report.ReportFixtures.consentOf;
import static org.safeguarding.rules.internal.report.ReportFixtures.finding;
import static org.safeguarding.rules.internal.report.ReportFixtures.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

class ReportsTest {

  /** What every refusal of a matrix tells the caller to do. */
  private static final String PASS_THE_RULEBOOKS_MATRIX =
      "; pass the risk matrix of the rulebook the assessment was made with:"
          + " engine.rulebook().riskMatrix()";

  /** Where each format's sections start, in the order they must come. */
  private static final Map<ReportFormat, List<String>> SECTIONS =
      Map.of(
          ReportFormat.TEXT,
          List.of(
              "DECISION:",
              "\nBlockers (",
              "\nWarnings (",
              "\nAdvice (",
              "\nRisk register (",
              "\nConsents (",
              "\nSupervision\n"),
          ReportFormat.MARKDOWN,
          List.of(
              "## Decision:",
              "## Blockers (",
              "## Warnings (",
              "## Advice (",
              "## Risk register (",
              "## Consents (",
              "## Supervision"),
          ReportFormat.HTML,
          List.of(
              "id=\"decision\"",
              "id=\"blockers\"",
              "id=\"warnings\"",
              "id=\"advice\"",
              "id=\"risks\"",
              "id=\"consents\"",
              "id=\"supervision\""));

  /** One of everything, each written so that it can be found. */
  private static Assessment everything() {
    return assessment(Decision.DO_NOT_RUN)
        .planId("plan-of-everything")
        .addFindings(
            finding(FindingLevel.BLOCKER, "B_RULE", "b-subject", "blocker-message"),
            finding(FindingLevel.WARNING, "W_RULE", "w-subject", "warning-message"),
            finding(FindingLevel.ADVICE, "A_RULE", "a-subject", "advice-message"))
        .addRisks(risk("risk-first", 1, 5, 5), risk("risk-second", 2, 1, 1))
        .addConsents(
            consentOf("participant-one", ConsentGiver.PARENT_OR_CARER, ConsentStatus.MISSING),
            consentOf("participant-two", null, ConsentStatus.NOT_REQUIRED))
        .supervision(Supervision.of(3, 1))
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void report_sections_runFromTheDecisionDownToSupervision(ReportFormat format) {
    String report = Reports.render(format, everything(), RiskMatrix.npsa2008());

    List<Integer> starts = new ArrayList<>();
    for (String section : SECTIONS.get(format)) {
      assertThat(report).as(format + " section " + section).contains(section);
      starts.add(report.indexOf(section));
    }
    assertThat(starts).isSorted().doesNotHaveDuplicates();
    assertThat(report.indexOf("plan-of-everything")).isLessThan(starts.get(0));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void report_contents_comeInTheOrderOfTheirSections(ReportFormat format) {
    String report = Reports.render(format, everything(), RiskMatrix.npsa2008());

    List<Integer> positions = new ArrayList<>();
    for (String content :
        List.of(
            "The session must not run until the blockers are fixed.",
            "uk-default 2026.1",
            "2026-12-04",
            "B_RULE",
            "b-subject",
            "blocker-message",
            "act on blocker-message",
            "W_RULE",
            "warning-message",
            "A_RULE",
            "advice-message",
            "risk-first",
            "risk-second",
            "participant-one",
            "participant-two",
            "3",
            "1",
            "2")) {
      int from = positions.isEmpty() ? 0 : positions.get(positions.size() - 1);
      int position = report.indexOf(content, from);
      assertThat(position).as(format + ": " + content + " after what comes before it").isPositive();
      positions.add(position);
    }
  }

  @ParameterizedTest
  @EnumSource(Decision.class)
  void report_decision_comesWithWhatItMeansInEveryFormat(Decision decision) {
    Map<Decision, String> meanings =
        Map.of(
            Decision.GO,
            "The session may run.",
            Decision.GO_WITH_CONDITIONS,
            "The session may run once the warnings are dealt with.",
            Decision.POSTPONE,
            "Wait until the safeguarding lead is available before running the session.",
            Decision.DO_NOT_RUN,
            "The session must not run until the blockers are fixed.");
    Assessment assessment = assessment(decision).build();

    assertThat(Reports.text(assessment))
        .contains("DECISION: " + decision.name() + "\n  " + meanings.get(decision) + "\n");
    assertThat(Reports.markdown(assessment))
        .contains("## Decision: " + decision.name() + "\n\n**" + meanings.get(decision) + "**\n");
    assertThat(Reports.html(assessment, RiskMatrix.npsa2008()))
        .contains(
            "Decision: "
                + decision.name()
                + "</p>\n<p class=\"meaning\">"
                + meanings.get(decision)
                + "</p>");
  }

  @Test
  void render_everyFormat_givesThatFormatsReport() {
    Assessment assessment = everything();
    Map<ReportFormat, Function<Assessment, String>> expected =
        Map.of(
            ReportFormat.TEXT, Reports::text,
            ReportFormat.JSON, SafeguardingJson.ASSESSMENT::write,
            ReportFormat.MARKDOWN, Reports::markdown,
            ReportFormat.HTML, a -> Reports.html(a, STRICT));

    List<String> reports = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      String report = Reports.render(format, assessment, STRICT);
      assertThat(report).as(format.name()).isEqualTo(expected.get(format).apply(assessment));
      reports.add(report);
    }
    assertThat(reports).doesNotHaveDuplicates();
  }

  @Test
  void render_json_isTheContractsJsonOfARealAssessment() {
    Assessment assessment = SafeguardingEngine.ukDefault().assess(ReportFixtures.fridayClub());

    assertThat(Reports.render(ReportFormat.JSON, assessment, RiskMatrix.npsa2008()))
        .isEqualTo(SafeguardingJson.ASSESSMENT.write(assessment))
        .startsWith("{")
        .contains("\"planId\"");
  }

  /**
   * Rated by {@link ReportFixtures#STRICT}, where 1 x 3 = 3 is MODERATE and 2 x 5 = 10 EXTREME
   * (NPSA: LOW and HIGH).
   */
  private static Assessment ratedByStrict() {
    return assessment(Decision.GO_WITH_CONDITIONS)
        .addRisks(risk(STRICT, "r1", 1, 4, 5, 2, 5), risk(STRICT, "r3", 2, 1, 3))
        .build();
  }

  @Test
  void render_html_bandsTheHeatMapByTheGivenMatrix() {
    Assessment assessment = ratedByStrict();

    assertThat(Reports.render(ReportFormat.HTML, assessment, STRICT))
        .isEqualTo(Reports.html(assessment, STRICT))
        .contains(
            "id=\"cell-1-3\" data-likelihood=\"1\" data-severity=\"3\" data-band=\"MODERATE\"")
        .contains("id=\"cell-2-5\" data-likelihood=\"2\" data-severity=\"5\" data-band=\"EXTREME\"")
        .contains("<span class=\"band band-moderate\">1 × 3 = 3 MODERATE</span>")
        .contains("<span class=\"band band-extreme\">2 × 5 = 10 EXTREME</span>");
    assertThat(Reports.render(ReportFormat.HTML, everything(), RiskMatrix.npsa2008()))
        .contains("id=\"cell-1-3\" data-likelihood=\"1\" data-severity=\"3\" data-band=\"LOW\"")
        .isEqualTo(Reports.html(everything(), RiskMatrix.npsa2008()));
  }

  @Test
  void html_inherentBandOfAnotherMatrix_isRefusedByDefaultNamingPriorityCellAndBands() {
    // The register would say 1 x 3 = 3 MODERATE while NPSA's heat map drew 3 LOW.
    Assessment assessment =
        assessment(Decision.GO)
            .addRisks(risk(STRICT, "r2", 1, 5, 5), risk(STRICT, ReportFixtures.SCRIPT, 3, 1, 3))
            .build();
    String message =
        "risk at priority 3 has inherent band MODERATE at 1 x 3, but the given matrix bands"
            + " 1 x 3 as LOW"
            + PASS_THE_RULEBOOKS_MATRIX;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.html(assessment, RiskMatrix.npsa2008()))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.html(assessment, RiskMatrix.npsa2008()))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.render(ReportFormat.HTML, assessment, RiskMatrix.npsa2008()))
        .withMessage(message);
  }

  @Test
  void html_npsaRatedAssessmentWithACustomMatrix_isRefused() {
    Assessment withLowRisk = assessment(Decision.GO).addRisks(risk("npsa-low", 4, 1, 3)).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.html(withLowRisk, STRICT))
        .withMessage(
            "risk at priority 4 has inherent band LOW at 1 x 3, but the given matrix bands 1 x 3"
                + " as MODERATE"
                + PASS_THE_RULEBOOKS_MATRIX);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.render(ReportFormat.HTML, withLowRisk, STRICT))
        .withMessageStartingWith("risk at priority 4 ");
  }

  @Test
  void html_residualBandOfAnotherMatrix_isRefused() {
    // 5 x 5 is EXTREME in both matrices; 2 x 5 = 10 is EXTREME only in STRICT.
    Assessment assessment =
        assessment(Decision.GO).addRisks(risk(STRICT, "mitigated", 2, 5, 5, 2, 5)).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Reports.html(assessment, RiskMatrix.npsa2008()))
        .withMessage(
            "risk at priority 2 has residual band EXTREME at 2 x 5, but the given matrix bands"
                + " 2 x 5 as HIGH"
                + PASS_THE_RULEBOOKS_MATRIX);
    assertThat(Reports.html(assessment, STRICT))
        .contains("<span class=\"band band-extreme\">2 × 5 = 10 EXTREME</span>");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "JSON", "MARKDOWN"})
  void render_formatsWithoutAHeatMap_ignoreTheMatrix(ReportFormat format) {
    Assessment assessment = ratedByStrict();

    assertThat(Reports.render(format, assessment, RiskMatrix.npsa2008()))
        .isEqualTo(Reports.render(format, assessment, STRICT))
        .contains("MODERATE");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void render_everyFormat_endsWithOneLineBreakAndUsesNoCarriageReturn(ReportFormat format) {
    for (Assessment assessment :
        List.of(
            everything(), ReportFixtures.hostileAssessment(), assessment(Decision.GO).build())) {
      String report = Reports.render(format, assessment, RiskMatrix.npsa2008());

      assertThat(report).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }
  }

  @Test
  void text_emptyAssessment_saysNoneForEveryListAndWhySupervisionIsMissing() {
    String text = Reports.text(assessment(Decision.DO_NOT_RUN).build());

    assertThat(text)
        .contains("Blockers (0)\n------------\n  none\n")
        .contains("Warnings (0)\n------------\n  none\n")
        .contains("Advice (0)\n----------\n  none\n")
        .contains("Risk register (0)\n-----------------\n  none\n")
        .contains("Consents (0)\n------------\n  none\n")
        .endsWith(
            "Supervision\n-----------\n  The figures are missing because the rule that works"
                + " them out failed (see the RULE_FAILED blocker).\n")
        .doesNotContain("Required adults");
  }

  @Test
  void markdown_emptyAssessment_saysNoneForEveryListAndWhySupervisionIsMissing() {
    String markdown = Reports.markdown(assessment(Decision.DO_NOT_RUN).build());

    assertThat(markdown)
        .contains("## Blockers (0)\n\nnone\n")
        .contains("## Warnings (0)\n\nnone\n")
        .contains("## Advice (0)\n\nnone\n")
        .contains("## Risk register (0)\n\nnone\n")
        .contains("## Consents (0)\n\nnone\n")
        .doesNotContain("| Priority")
        .doesNotContain("| Participant")
        .endsWith(
            "## Supervision\n\nThe figures are missing because the rule that works them out"
                + " failed (see the RULE_FAILED blocker).\n");
  }

  @Test
  void html_emptyAssessment_saysNoneForEveryListAndWhySupervisionIsMissing() {
    String html = Reports.html(assessment(Decision.DO_NOT_RUN).build(), RiskMatrix.npsa2008());

    assertThat(html.split("<p class=\"none\">none</p>", -1)).hasSize(6);
    assertThat(html)
        .contains("<h2>Blockers (0)</h2>\n<p class=\"none\">none</p>")
        .contains("<h2>Risk register (0)</h2>")
        .contains("<h2>Consents (0)</h2>\n<p class=\"none\">none</p>")
        .contains(
            "<h2>Supervision</h2>\n<p class=\"none\">The figures are missing because the rule"
                + " that works them out failed (see the RULE_FAILED blocker).</p>")
        .doesNotContain("<table")
        .doesNotContain("Required adults");
  }

  @Test
  void reports_supervision_giveRequiredCountedAndShortfall() {
    Assessment assessment = everything();

    assertThat(Reports.text(assessment))
        .endsWith("  Required adults: 3\n  Counted adults:  1\n  Shortfall:       2\n");
    assertThat(Reports.markdown(assessment))
        .endsWith("- **Required adults:** 3\n- **Counted adults:** 1\n- **Shortfall:** 2\n");
    assertThat(Reports.html(assessment, RiskMatrix.npsa2008()))
        .contains(
            "<dt>Required adults</dt><dd>3</dd>\n<dt>Counted adults</dt><dd>1</dd>\n"
                + "<dt>Shortfall</dt><dd class=\"shortfall\">2</dd>");
  }

  @Test
  void reports_nullArguments_areRefusedByName() {
    Assessment assessment = everything();

    assertThatNullPointerException().isThrownBy(() -> Reports.text(null)).withMessage("assessment");
    assertThatNullPointerException()
        .isThrownBy(() -> Reports.markdown(null))
        .withMessage("assessment");
    assertThatNullPointerException()
        .isThrownBy(() -> Reports.html(null, RiskMatrix.npsa2008()))
        .withMessage("assessment");
    assertThatNullPointerException()
        .isThrownBy(() -> Reports.html(assessment, null))
        .withMessage("matrix");
    assertThatNullPointerException()
        .isThrownBy(() -> Reports.render(null, assessment, RiskMatrix.npsa2008()))
        .withMessage("format");
  }
}
