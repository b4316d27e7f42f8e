package org.safeguarding.rules.report;

import java.util.Objects;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.risk.RiskMatrix;

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
 * are shown as visible escapes such as {@code \u001b}, never passed through.
 *
 * <pre>{@code
 * SafeguardingEngine engine = SafeguardingEngine.ukDefault();
 * Assessment assessment = engine.assess(plan);
 * String page = Reports.html(assessment, engine.rulebook().riskMatrix());
 * }</pre>
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
   * Writes a self-contained HTML page whose risk heat map is coloured by the NPSA 2008 bands. Use
   * {@link #html(Assessment, RiskMatrix)} when the assessment was made with a rulebook of its own
   * bands.
   *
   * @param assessment the assessment
   * @return the page, ending with a line break
   */
  public static String html(Assessment assessment) {
    return html(assessment, RiskMatrix.npsa2008());
  }

  /**
   * Writes a self-contained HTML page: no scripts, no external resources, and a Content Security
   * Policy that forbids both. Its risk heat map places each risk by its current rating (residual
   * when given, else inherent) and colours the cells by the given matrix's bands, which should be
   * those of the rulebook the assessment was made with ({@code engine.rulebook().riskMatrix()}).
   *
   * @param assessment the assessment
   * @param matrix the matrix whose bands colour the heat map
   * @return the page, ending with a line break
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
   * @param matrix the matrix whose bands colour the HTML heat map; unused by the other formats
   * @return the report: for {@link ReportFormat#JSON}, exactly {@link
   *     SafeguardingJson#writeAssessment(Assessment)}
   */
  public static String render(ReportFormat format, Assessment assessment, RiskMatrix matrix) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(matrix, "matrix");
    return switch (format) {
      case TEXT -> text(assessment);
      case JSON -> SafeguardingJson.writeAssessment(assessment);
      case MARKDOWN -> markdown(assessment);
      case HTML -> html(assessment, matrix);
    };
  }
}
