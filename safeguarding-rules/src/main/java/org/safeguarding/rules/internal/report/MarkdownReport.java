package org.safeguarding.rules.internal.report;

import java.util.List;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;

/**
 * The GitHub-flavoured Markdown report: a heading per section, findings as lists with their action
 * and sources beneath, and the risk register and the consents as tables. Data passes through {@link
 * MarkdownEscaper} and never starts a line, so it cannot make a heading, a list or a table row.
 */
final class MarkdownReport {

  private static final String TIMES = " × ";

  private final StringBuilder out = new StringBuilder(4096);

  private MarkdownReport() {}

  static String of(Assessment assessment) {
    return new MarkdownReport().write(assessment);
  }

  private String write(Assessment assessment) {
    line("# " + Wording.TITLE + MarkdownEscaper.escape(assessment.planId()));
    line("");
    line("## Decision: " + assessment.decision().name());
    line("");
    line("**" + Wording.meaning(assessment.decision()) + "**");
    line("");
    line(
        "- **Rulebook:** "
            + MarkdownEscaper.escape(assessment.rulebook().name())
            + " "
            + MarkdownEscaper.escape(assessment.rulebook().version()));
    line("- **As of:** " + assessment.asOf());
    for (FindingLevel level : FindingLevel.values()) {
      findings(level, assessment.findings(level));
    }
    risks(assessment.risks());
    consents(assessment.consents());
    supervision(assessment);
    return out.toString();
  }

  private void findings(FindingLevel level, List<Finding> findings) {
    heading(Wording.group(level) + " (" + findings.size() + ")");
    if (findings.isEmpty()) {
      line(Wording.NONE);
    }
    for (Finding finding : findings) {
      line(
          "- **"
              + MarkdownEscaper.escape(finding.rule())
              + "**"
              + finding
                  .subject()
                  .map(subject -> " (" + MarkdownEscaper.escape(subject) + ")")
                  .orElse("")
              + ": "
              + MarkdownEscaper.escape(finding.message()));
      line("  - **Action:** " + MarkdownEscaper.escape(finding.action()));
      line("  - **Sources:** " + sources(finding.sources()));
    }
  }

  private static String sources(List<String> sources) {
    StringBuilder text = new StringBuilder();
    for (String source : sources) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(MarkdownEscaper.escape(source));
    }
    return text.toString();
  }

  private void risks(List<AssessedRisk> risks) {
    heading("Risk register (" + risks.size() + (risks.isEmpty() ? ")" : ", in priority order)"));
    if (risks.isEmpty()) {
      line(Wording.NONE);
      return;
    }
    line("| Priority | Id | Hazard | Origin | Inherent | Residual | Floor |");
    line("|---:|---|---|---|---|---|---|");
    for (AssessedRisk risk : risks) {
      line(
          "| "
              + risk.priority()
              + " | "
              + MarkdownEscaper.escape(risk.id())
              + " | "
              + risk.hazard().name()
              + " | "
              + risk.origin().name()
              + " | "
              + Wording.rating(risk.inherent(), TIMES)
              + " | "
              + risk.residual()
                  .map(
                      residual ->
                          Wording.rating(residual, TIMES)
                              + (Wording.residualNotCounted(risk)
                                  ? " (" + Wording.RESIDUAL_NOT_COUNTED + ")"
                                  : ""))
                  .orElse("—")
              + " | "
              + risk.floor()
                  .map(floor -> Wording.rating(floor, TIMES) + " (" + Wording.FLOOR_COUNTS + ")")
                  .orElse("—")
              + " |");
    }
  }

  private void consents(List<ConsentRequirement> consents) {
    heading("Consents (" + consents.size() + ")");
    if (consents.isEmpty()) {
      line(Wording.NONE);
      return;
    }
    line("| Participant | Required from | Status |");
    line("|---|---|---|");
    for (ConsentRequirement consent : consents) {
      line(
          "| "
              + MarkdownEscaper.escape(consent.participant())
              + " | "
              + consent.requiredFrom().map(Enum::name).orElse("not required")
              + " | "
              + consent.status().name()
              + " |");
    }
  }

  private void supervision(Assessment assessment) {
    heading("Supervision");
    if (assessment.supervision().isEmpty()) {
      line(Wording.SUPERVISION_MISSING);
      return;
    }
    Supervision supervision = assessment.supervision().get();
    line("- **Required adults:** " + supervision.requiredAdults());
    line("- **Counted adults:** " + supervision.countedAdults());
    line("- **Shortfall:** " + supervision.shortfall());
  }

  private void heading(String heading) {
    line("");
    line("## " + heading);
    line("");
  }

  private void line(String line) {
    out.append(line).append('\n');
  }
}
