package org.safeguarding.rules.internal.report;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Writes an assessment for people to read: safeguarding leads and session hosts. Every report
 * gives, in this order: the service's name and the decision in words with what it means; the
 * session (when, in the rulebook's time zone, for how long, on what platform and how it is used);
 * who is coming, by the rulebook's age bands; the staff, and who counts as a checked adult and why
 * not; what to do before the session, as a checklist (blockers first, each action once, with whom
 * it concerns), or that nothing stands in the way; the findings, each citing its sources by number;
 * the risk register in full; the consents, with who gave them, how verified and when; the
 * supervision figures with the adults counted; the sources by title; and a footer with the
 * rulebook, when the report was made (if the caller says), "Guidance, not legal advice" and a line
 * to sign. A section with nothing in it is left out. Every phrase comes from the catalogue's {@code
 * reports} bundle; codes appear only as small print, which each format marks: in text, square
 * brackets; in Markdown, {@code <sub>} elements; in HTML, elements of class {@code code}.
 *
 * <p>Privacy: the engine's answers (the {@link Assessment} and its JSON) hold no free text from the
 * plan, only ids, codes, numbers and dates. A report is given the plan as well, and shows its free
 * text (the service's and the platform's names, the ids, the risk register's descriptions,
 * mitigations and owners) so that the people running the session can act on it; it is for them, and
 * should be kept as the plan is.
 *
 * <p>Reports are deterministic: the same plan, assessment, rulebook and instant always give the
 * same text, with {@code \n} line ends and a final line break; the library reads no clock. Every
 * piece of data that came from the plan or a rule is escaped for the output language, and control
 * characters in it (a terminal escape, a line break, a bidirectional override) are shown as visible
 * escapes such as <code>&#92;u001b</code>, never passed through. So that such an escape cannot be
 * mistaken for data that holds those six characters, a backslash in data is written twice in the
 * text and HTML reports.
 *
 * <p>Users reach these through {@code SafeguardingEngine.report}, which passes its own rulebook, so
 * that no report can be drawn with another rulebook's bands, time zone or age bands.
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes a report in the given format.
   *
   * @param format the format
   * @param plan the plan the assessment is of
   * @param assessment the assessment
   * @param rulebook the rulebook the assessment was made with: its risk matrix colours the HTML
   *     heat map, its time zone dates the session, its ratio bands group the participants
   * @param madeAt when the report was made, for its footer; null to leave the line out
   * @return the report: for {@link ReportFormat#JSON}, exactly {@link SafeguardingJson#ASSESSMENT}
   * @throws IllegalArgumentException for {@link ReportFormat#HTML}, if a risk's inherent or
   *     residual band is not the one the rulebook's matrix gives its cell
   */
  public static String render(
      ReportFormat format,
      SessionPlan plan,
      Assessment assessment,
      Rulebook rulebook,
      @Nullable Instant madeAt) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(rulebook, "rulebook");
    return switch (format) {
      case TEXT ->
          TextReport.of(ReportContent.of(plan, assessment, rulebook, madeAt, TextEscaper::escape));
      case JSON -> SafeguardingJson.ASSESSMENT.write(assessment);
      case MARKDOWN ->
          MarkdownReport.of(
              ReportContent.of(plan, assessment, rulebook, madeAt, MarkdownEscaper::escape));
      case HTML ->
          HtmlReport.of(
              ReportContent.of(plan, assessment, rulebook, madeAt, HtmlEscaper::escape),
              assessment.risks(),
              rulebook.riskMatrix(),
              plan.service().name());
    };
  }

  /**
   * {@return whether the report can name a source by its title; otherwise it prints the source as
   * the rule gives it}
   *
   * @param source a source as a rule cites it
   */
  public static boolean hasTitle(String source) {
    return ReportContent.hasTitle(Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes a short plain-text summary of a plan's structure for a terminal: its id, the service,
   * the platform, the session's time and shape, the staff and their roles, the participants' ages
   * and the number of declared risks. It judges nothing; {@link
   * org.safeguarding.rules.SafeguardingEngine#assess} does. Every value the plan supplies (an id, a
   * name) is escaped as in the {@linkplain #text text report}, so that a line break or a
   * bidirectional override in a name cannot forge a line on the terminal.
   *
   * @param plan the plan
   * @param zone the time zone the session's start is written in: the rulebook's
   * @return the summary, with {@code \n} line ends and a final line break
   */
  public static String summary(SessionPlan plan, java.time.ZoneId zone) {
    return PlanSummary.of(
        Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(zone, "zone"));
  }
}
