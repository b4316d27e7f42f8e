package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/**
 * Pins the reports of real assessments by golden files under {@code
 * src/test/resources/org/safeguarding/rules/report/}, so that a change to a report, or to a rule's
 * outcome, shows as a reviewable diff. After changing either on purpose, rewrite the files with
 * {@code -Dsafeguarding.updateGolden=true} and review the diff.
 */
class ReportGoldenTest {

  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "org", "safeguarding", "rules", "report");

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  static Stream<Arguments> reports() {
    List<Arguments> reports = new ArrayList<>();
    for (Map.Entry<String, SessionPlan> plan : ReportFixtures.goldenPlans().entrySet()) {
      SessionPlan it = plan.getValue();
      Assessment assessment = ENGINE.assess(it);
      reports.add(Arguments.of(plan.getKey() + ".txt", report(ReportFormat.TEXT, it, assessment)));
      reports.add(
          Arguments.of(plan.getKey() + ".md", report(ReportFormat.MARKDOWN, it, assessment)));
      reports.add(Arguments.of(plan.getKey() + ".html", report(ReportFormat.HTML, it, assessment)));
    }
    return reports.stream();
  }

  /** The instant every golden report says it was made. */
  static final Instant MADE_AT = Instant.parse("2026-12-01T09:30:00Z");

  private static String report(ReportFormat format, SessionPlan plan, Assessment assessment) {
    return Reports.render(format, plan, assessment, ENGINE.rulebook(), MADE_AT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void report_ofGoldenPlan_matchesItsGoldenFile(String file, String report) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("safeguarding.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, report, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("%s is missing; write it with -Dsafeguarding.updateGolden=true", golden)
        .exists();

    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    String hint =
        file + "; if the report changed on purpose, rerun with -Dsafeguarding.updateGolden=true";
    assertThat(report.split("\n", -1)).as(hint).containsExactly(expected.split("\n", -1));
    assertThat(report).as(hint).isEqualTo(expected);
  }

  @Test
  void goldenPlans_togetherCoverEveryLevelOriginAndConsentStatus() {
    List<Assessment> assessments =
        ReportFixtures.goldenPlans().values().stream().map(ENGINE::assess).toList();

    assertThat(assessments)
        .flatExtracting(Assessment::findings)
        .extracting(finding -> finding.level())
        .contains(FindingLevel.values());
    assertThat(assessments)
        .flatExtracting(Assessment::risks)
        .extracting(risk -> risk.origin() + " " + risk.residual().isPresent())
        .contains("DECLARED true", "DECLARED false", "INFERRED false");
    assertThat(assessments)
        .flatExtracting(Assessment::risks)
        .extracting(risk -> risk.origin())
        .contains(RiskOrigin.values());
    assertThat(assessments)
        .flatExtracting(Assessment::consents)
        .extracting(ConsentRequirement::status)
        .contains(
            ConsentStatus.MET,
            ConsentStatus.MISSING,
            ConsentStatus.UNVERIFIED,
            ConsentStatus.WITHDRAWN);
    assertThat(assessments)
        .extracting(Assessment::decision)
        .extracting(Enum::name)
        .containsExactly("GO_WITH_CONDITIONS", "DO_NOT_RUN", "GO");
  }
}
