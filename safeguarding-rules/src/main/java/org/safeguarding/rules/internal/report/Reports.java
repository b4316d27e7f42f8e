package org.safeguarding.rules.internal.report;

import java.util.Objects;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.report.ReportFormat;

/**
 * Writes an assessment for people to read. Every report gives, in this order: a title with the
 * plan's id; the decision with what it means; the rulebook and the date the plan was judged at; the
 * blockers, warnings and advice, each finding with its rule, subject, message, action and sources;
 * the risk register in priority order; whose consent each participant needs; and the supervision
 * figures.
 *
 * <p>Reports are deterministic: the same assessment always gives the same text, with {@code \n}
 * line ends and a final line break. Every piece of data that came from the plan or a rule is
 * escaped for the output language, and control characters in it (a terminal escape, a line break)
 * are shown as visible escapes such as <code>&#92;u001b</code>, never passed through. So that such
 * an escape cannot be mistaken for data that holds those six characters, a backslash in data is
 * written twice in the text and HTML reports.
 *
 * <p>Users reach these through {@code SafeguardingEngine.report}, which passes the rulebook's own
 * risk matrix, so that no report can be drawn with another rulebook's bands.
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes a plain-text report for a terminal, readable at 100 columns.
   *
   * @param assessment the assessment
   * @return the report, ending with a line break
   */
  public static String text(Assessment assessment) {
    return TextReport.of(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * Writes a GitHub-flavoured Markdown report.
   *
   * @param assessment the assessment
   * @return the report, ending with a line break
   */
  public static String markdown(Assessment assessment) {
    return MarkdownReport.of(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * Writes a self-contained HTML page: no scripts, no external resources, and a Content Security
   * Policy that forbids both. Its risk heat map places each risk by its current rating (residual
   * when given, else inherent) and colours the cells by the given matrix's bands, which must be
   * those of the rulebook the assessment was made with ({@code engine.rulebook().riskMatrix()}):
   * the page is refused rather than let a cell's band contradict a risk's rating in the register.
   *
   * @param assessment the assessment
   * @param matrix the matrix of the rulebook the assessment was made with, whose bands colour the
   *     heat map
   * @return the page, ending with a line break
   * @throws IllegalArgumentException if a risk's inherent or residual band is not the one the
   *     matrix gives its cell (likelihood x severity), naming the risk by its priority
   */
  public static String html(Assessment assessment, RiskMatrix matrix) {
    return HtmlReport.of(
        Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(matrix, "matrix"));
  }

  /**
   * Writes a report in the given format.
   *
   * @param format the format
   * @param assessment the assessment
   * @param matrix the matrix of the rulebook the assessment was made with, whose bands colour the
   *     HTML heat map; unused by the other formats
   * @return the report: for {@link ReportFormat#JSON}, exactly {@link SafeguardingJson#ASSESSMENT}
   * @throws IllegalArgumentException for {@link ReportFormat#HTML}, as {@link #html(Assessment,
   *     RiskMatrix)} does
   */
  public static String render(ReportFormat format, Assessment assessment, RiskMatrix matrix) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(matrix, "matrix");
    return switch (format) {
      case TEXT -> text(assessment);
      case JSON -> SafeguardingJson.ASSESSMENT.write(assessment);
      case MARKDOWN -> markdown(assessment);
      case HTML -> html(assessment, matrix);
    };
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
   * @return the summary, with {@code \n} line ends and a final line break
   */
  public static String summary(SessionPlan plan) {
    return PlanSummary.of(Objects.requireNonNull(plan, "plan"));
  }
}
