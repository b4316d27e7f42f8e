package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.internal.report.ReportFixtures.HOSTILE_ID;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.ConsentGiver;

class TextReportTest {

  private final String text = Reports.text(ReportFixtures.hostileAssessment());

  @Test
  void text_hostileData_putsNoControlCharacterOnTheTerminal() {
    assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(text).contains("\\u001b[31mred\\u001b[0m").contains("\\u0000end");
  }

  @Test
  void text_lineBreakInData_startsNoLine() {
    List<String> lines = List.of(text.split("\n", -1));
    int message =
        lines.indexOf(
            "     msg "
                + HOSTILE_ID
                + " \\u001b[31mred\\u001b[0m line one\\u000aline two\\u000d\\u0000end");

    assertThat(message).as("the blocker's message on one line").isPositive();
    assertThat(lines.get(message - 1))
        .isEqualTo("  1. RULE_<script>alert(1)</script> (" + HOSTILE_ID + ")");
    assertThat(lines.get(message + 1))
        .startsWith("     Action:  action msg ")
        .endsWith("\\u0000end");
    assertThat(lines.get(message + 2))
        .isEqualTo(
            "     Sources: " + HOSTILE_ID + "; <img src=x onerror=alert(1)>; ](javascript:x)");
    assertThat(lines).noneMatch(line -> line.startsWith("line two"));
  }

  @Test
  void text_bidiOverrideAndLineSeparatorInData_areShownAsEscapes() {
    String report =
        Reports.text(
            ReportFixtures.assessment(Decision.GO)
                .addFinding(
                    ReportFixtures.finding(
                        FindingLevel.ADVICE, "R", null, "a\u202Eb\u2028c\u0085d"))
                .build());

    assertThat(report)
        .contains("a\\u202eb\\u2028c\\u0085d")
        .doesNotContain("\u202E", "\u2028", "\u0085");
  }

  @Test
  void text_backslashInData_isDoubledSoThatItCannotPassForAnEscape() {
    String report =
        Reports.text(
            ReportFixtures.assessment(Decision.GO)
                .addFinding(
                    ReportFixtures.finding(
                        FindingLevel.ADVICE, "R", null, "fake \\u001b real \u001b C:\\x"))
                .build());

    assertThat(report)
        .contains("\n     fake \\\\u001b real \\u001b C:\\\\x\n")
        .doesNotContain("\u001b");
  }

  @Test
  void text_findings_indentActionAndSourcesUnderTheirNumber() {
    String report =
        Reports.text(
            ReportFixtures.assessment(Decision.GO_WITH_CONDITIONS)
                .addFinding(ReportFixtures.finding(FindingLevel.WARNING, "W_ONE", "p1", "first"))
                .addFinding(ReportFixtures.finding(FindingLevel.WARNING, "W_TWO", null, "second"))
                .build());

    assertThat(report)
        .contains(
            "Warnings (2)\n"
                + "------------\n"
                + "  1. W_ONE (p1)\n"
                + "     first\n"
                + "     Action:  act on first\n"
                + "     Sources: 000_seed.txt\n"
                + "  2. W_TWO\n"
                + "     second\n"
                + "     Action:  act on second\n"
                + "     Sources: 000_seed.txt\n");
  }

  @Test
  void text_risks_giveResidualOnlyWhenPresent() {
    String report =
        Reports.text(
            ReportFixtures.assessment(Decision.GO)
                .addRisks(
                    ReportFixtures.risk("r-a", 1, 4, 5, 2, 5), ReportFixtures.risk("r-b", 2, 2, 2))
                .build());

    assertThat(report)
        .contains(
            "  1. r-a (OTHER, DECLARED)\n"
                + "     Inherent: 4 x 5 = 20 EXTREME\n"
                + "     Residual: 2 x 5 = 10 HIGH\n"
                + "  2. r-b (OTHER, DECLARED)\n"
                + "     Inherent: 2 x 2 = 4 MODERATE\n"
                + "\n");
  }

  @Test
  void text_consents_lineUpAndSayWhenNoneIsRequired() {
    String longId = "participant-with-a-long-id-0001";
    String report =
        Reports.text(
            ReportFixtures.assessment(Decision.GO)
                .addConsents(
                    ReportFixtures.consentOf("p1", ConsentGiver.PARENT_OR_CARER, ConsentStatus.MET),
                    ReportFixtures.consentOf("adult-7", null, ConsentStatus.NOT_REQUIRED),
                    ReportFixtures.consentOf(longId, ConsentGiver.SELF, ConsentStatus.WITHDRAWN))
                .build());

    assertThat(report)
        .contains(
            "  Participant               Required from            Status\n"
                + "  p1                        PARENT_OR_CARER          MET\n"
                + "  adult-7                   not required             NOT_REQUIRED\n"
                + "  "
                + longId
                + "  SELF                     WITHDRAWN\n");
  }
}
