package org.safeguarding.rules.internal.report;

import java.util.List;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;

/**
 * The plain-text report, for a terminal. Nothing is wrapped; a finding's or a risk's further fields
 * are indented under its first line, so that the report reads at 100 columns whatever the length of
 * the data. Data passes through {@link TextEscaper}.
 */
final class TextReport {

  /** Participant ids are padded to line up the consents up to this width, and no further. */
  private static final int MAX_ID_COLUMN = 24;

  private static final String TIMES = " x ";

  private final StringBuilder out = new StringBuilder(4096);

  private TextReport() {}

  static String of(Assessment assessment) {
    return new TextReport().write(assessment);
  }

  private String write(Assessment assessment) {
    String title = Wording.TITLE + TextEscaper.escape(assessment.planId());
    line(title);
    line("=".repeat(Math.min(100, title.codePointCount(0, title.length()))));
    line("");
    line("DECISION: " + assessment.decision().name());
    line("  " + Wording.meaning(assessment.decision()));
    line("");
    line(
        "Rulebook: "
            + TextEscaper.escape(assessment.rulebook().name())
            + " "
            + TextEscaper.escape(assessment.rulebook().version()));
    line("As of:    " + assessment.asOf());
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
      line("  " + Wording.NONE);
    }
    int number = 1;
    for (Finding finding : findings) {
      String marker = "  " + number++ + ". ";
      String indent = " ".repeat(marker.length());
      line(
          marker
              + TextEscaper.escape(finding.rule())
              + finding
                  .subject()
                  .map(subject -> " (" + TextEscaper.escape(subject) + ")")
                  .orElse(""));
      line(indent + TextEscaper.escape(finding.message()));
      line(indent + "Action:  " + TextEscaper.escape(finding.action()));
      line(indent + "Sources: " + sources(finding.sources()));
    }
  }

  private static String sources(List<String> sources) {
    StringBuilder text = new StringBuilder();
    for (String source : sources) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(TextEscaper.escape(source));
    }
    return text.toString();
  }

  private void risks(List<AssessedRisk> risks) {
    heading("Risk register (" + risks.size() + (risks.isEmpty() ? ")" : ", in priority order)"));
    if (risks.isEmpty()) {
      line("  " + Wording.NONE);
    }
    for (AssessedRisk risk : risks) {
      String marker = "  " + risk.priority() + ". ";
      String indent = " ".repeat(marker.length());
      line(
          marker
              + TextEscaper.escape(risk.id())
              + " ("
              + risk.hazard().name()
              + ", "
              + risk.origin().name()
              + ")");
      line(indent + "Inherent: " + Wording.rating(risk.inherent(), TIMES));
      risk.residual()
          .ifPresent(
              residual ->
                  line(
                      indent
                          + "Residual: "
                          + Wording.rating(residual, TIMES)
                          + (Wording.residualNotCounted(risk)
                              ? " (" + Wording.RESIDUAL_NOT_COUNTED + ")"
                              : "")));
      risk.floor()
          .ifPresent(
              floor ->
                  line(
                      indent
                          + "Floor:    "
                          + Wording.rating(floor, TIMES)
                          + " ("
                          + Wording.FLOOR_COUNTS
                          + ")"));
    }
  }

  private void consents(List<ConsentRequirement> consents) {
    heading("Consents (" + consents.size() + ")");
    if (consents.isEmpty()) {
      line("  " + Wording.NONE);
      return;
    }
    int width = "Participant".length();
    for (ConsentRequirement consent : consents) {
      width =
          Math.max(
              width, Math.min(MAX_ID_COLUMN, length(TextEscaper.escape(consent.participant()))));
    }
    String from = "Required from";
    int fromWidth = "BEST_INTERESTS_DECISION".length();
    line("  " + pad("Participant", width) + "  " + pad(from, fromWidth) + "  Status");
    for (ConsentRequirement consent : consents) {
      String required = consent.requiredFrom().map(Enum::name).orElse("not required");
      line(
          "  "
              + pad(TextEscaper.escape(consent.participant()), width)
              + "  "
              + pad(required, fromWidth)
              + "  "
              + consent.status().name());
    }
  }

  private void supervision(Assessment assessment) {
    heading("Supervision");
    if (assessment.supervision().isEmpty()) {
      line("  " + Wording.SUPERVISION_MISSING);
      return;
    }
    Supervision supervision = assessment.supervision().get();
    line("  Required adults: " + supervision.requiredAdults());
    line("  Counted adults:  " + supervision.countedAdults());
    line("  Shortfall:       " + supervision.shortfall());
  }

  private void heading(String heading) {
    line("");
    line(heading);
    line("-".repeat(heading.length()));
  }

  private static String pad(String text, int width) {
    int length = length(text);
    return length >= width ? text : text + " ".repeat(width - length);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private void line(String line) {
    out.append(line).append('\n');
  }
}
