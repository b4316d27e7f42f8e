package org.safeguarding.rules.internal.report;

import java.util.Objects;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Writes the answers of a live session for people to read: an admission at the waiting room, and
 * the response plan after an incident, in plain text (at most 100 columns), GitHub-flavoured
 * Markdown or a self-contained HTML page, or as their JSON documents.
 *
 * <p>Every word comes from the {@link Catalogue}: verdicts, reasons, actions, owners' roles and
 * incident kinds in plain words, never as their constants; a code appears only in small print.
 * Times are local times in the rulebook's zone. Every piece of text, data and catalogue words
 * alike, is escaped for the format, and control characters (a line break, a bidirectional override)
 * are shown as visible escapes. Reports are deterministic, with {@code \n} line ends and a final
 * line break.
 *
 * <p>Users reach these through {@code SafeguardingEngine.report}, which checks that the answer is
 * the engine's own for the inputs given.
 */
public final class DoorReports {

  private DoorReports() {}

  /**
   * Writes an admission.
   *
   * @param format the format
   * @param plan the plan the admission was judged against
   * @param rulebook the rulebook it was judged by, whose zone the times are written in
   * @param admission the admission
   * @param assessment the plan's assessment by the same rulebook, whose decision and findings about
   *     the person the host is reminded of
   * @return the report: for {@link ReportFormat#JSON}, exactly {@link SafeguardingJson#ADMISSION}
   */
  public static String admission(
      ReportFormat format,
      SessionPlan plan,
      Rulebook rulebook,
      Admission admission,
      Assessment assessment) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(admission, "admission");
    Objects.requireNonNull(assessment, "assessment");
    if (format == ReportFormat.JSON) {
      return SafeguardingJson.ADMISSION.write(admission);
    }
    return write(
        format, AdmissionReport.page(plan, rulebook, admission, assessment, Catalogue.english()));
  }

  /**
   * Writes a response plan.
   *
   * @param format the format
   * @param plan the plan of the session the incident happened in
   * @param rulebook the rulebook the response was worked out by, whose zone the times are in
   * @param incident the incident
   * @param response the response plan
   * @return the report: for {@link ReportFormat#JSON}, exactly {@link
   *     SafeguardingJson#RESPONSE_PLAN}
   */
  public static String response(
      ReportFormat format,
      SessionPlan plan,
      Rulebook rulebook,
      Incident incident,
      ResponsePlan response) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(response, "response");
    if (format == ReportFormat.JSON) {
      return SafeguardingJson.RESPONSE_PLAN.write(response);
    }
    return write(
        format, ResponseReport.page(plan, rulebook, incident, response, Catalogue.english()));
  }

  private static String write(ReportFormat format, DoorPage page) {
    return switch (format) {
      case TEXT -> page.text();
      case MARKDOWN -> page.markdown();
      case HTML -> page.html();
      case JSON -> throw new AssertionError("JSON is written from the model");
    };
  }
}
