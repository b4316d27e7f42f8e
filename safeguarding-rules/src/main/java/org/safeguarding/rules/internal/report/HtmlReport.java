package org.safeguarding.rules.internal.report;

import java.util.List;
import java.util.Locale;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;

/**
 * The HTML report: one self-contained page with an inline style sheet and nothing else to load, no
 * scripts, and a Content Security Policy that forbids both. A banner coloured by the decision, the
 * findings grouped by level, the risk register as a {@link RiskHeatMap} and a table, then the
 * consents and the supervision figures. Data passes through {@link HtmlEscaper} and appears only as
 * text, never in an attribute.
 */
final class HtmlReport {

  /** Nothing may load or run; only the page's own style sheet applies. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none';"
          + " base-uri 'none'; form-action 'none'";

  private static final String TIMES = " × ";

  private static final String STYLE =
"""
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1a1a1a; background: #ffffff; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #cccccc; }
.decision { padding: 1rem 1.25rem; border-radius: 0.5rem; color: #ffffff; }
.decision p { margin: 0; }
.decision .name { font-size: 1.5rem; font-weight: 700; letter-spacing: 0.02em; }
/* White text on each banner passes WCAG AA (4.5:1): green 7.87:1, brown 7.13:1,
   amber 5.02:1, red 6.57:1. */
.decision-go { background: #1b5e20; }
.decision-go-with-conditions { background: #7a4f01; }
.decision-postpone { background: #b45309; }
.decision-do-not-run { background: #b71c1c; }
.about { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.about dt { font-weight: 600; }
.about dd { margin: 0; overflow-wrap: anywhere; }
.findings { list-style: none; padding: 0; }
.finding { border-left: 0.4rem solid; padding: 0.5rem 0.75rem; margin: 0.5rem 0;
  background: #f5f5f5; }
.finding-blocker { border-color: #b71c1c; }
.finding-warning { border-color: #b26a00; }
.finding-advice { border-color: #1565c0; }
.finding p { margin: 0.15rem 0; overflow-wrap: anywhere; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 700; }
.none { color: #555555; font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #dddddd;
  vertical-align: top; overflow-wrap: break-word; }
td.id { overflow-wrap: anywhere; }
td.number, th.number { text-align: right; }
.band { padding: 0 0.35rem; border-radius: 0.25rem; color: #000000; white-space: nowrap; }
.status-missing, .status-withdrawn, .shortfall { color: #b71c1c; font-weight: 700; }
.status-unverified { color: #7a4f01; font-weight: 700; }
figure { margin: 1rem 0; }
.heat-map { max-width: 100%; height: auto; }
.heat-map text { font: 11.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  fill: #000000; }
.heat-map .tick, .heat-map .axis { font: 13px system-ui, "Segoe UI", Roboto, sans-serif; }
.heat-map .axis, .heat-map .score { font-weight: 700; }
.heat-map .score { font-size: 11px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.4rem;
  border: 1px solid #555555; vertical-align: middle; }
""";

  private final StringBuilder out = new StringBuilder(16384);

  private HtmlReport() {}

  /**
   * The page.
   *
   * @throws IllegalArgumentException if a risk's band differs from the one the matrix gives its
   *     cell (see {@link RiskHeatMap#requireRatedBy})
   */
  static String of(Assessment assessment, RiskMatrix matrix) {
    RiskHeatMap.requireRatedBy(assessment.risks(), matrix);
    return new HtmlReport().write(assessment, matrix);
  }

  private String write(Assessment assessment, RiskMatrix matrix) {
    String planId = HtmlEscaper.escape(assessment.planId());
    line("<!DOCTYPE html>");
    line("<html lang=\"en-GB\">");
    line("<head>");
    line("<meta charset=\"utf-8\">");
    line(
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + CONTENT_SECURITY_POLICY
            + "\">");
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line("<meta name=\"referrer\" content=\"no-referrer\">");
    line("<title>" + Wording.TITLE + planId + "</title>");
    out.append("<style>\n").append(STYLE).append(bandStyles()).append("</style>\n");
    line("</head>");
    line("<body>");
    line("<main>");
    line("<h1>" + Wording.TITLE + planId + "</h1>");
    String decision = assessment.decision().name();
    line("<section id=\"decision\" class=\"decision decision-" + cssName(decision) + "\">");
    line("<p class=\"name\">Decision: " + decision + "</p>");
    line("<p class=\"meaning\">" + Wording.meaning(assessment.decision()) + "</p>");
    line("</section>");
    line("<dl class=\"about\">");
    line(
        "<dt>Rulebook</dt><dd>"
            + HtmlEscaper.escape(assessment.rulebook().name())
            + " "
            + HtmlEscaper.escape(assessment.rulebook().version())
            + "</dd>");
    line("<dt>As of</dt><dd>" + assessment.asOf() + "</dd>");
    line("</dl>");
    for (FindingLevel level : FindingLevel.values()) {
      findings(level, assessment.findings(level));
    }
    risks(assessment.risks(), matrix);
    consents(assessment.consents());
    supervision(assessment);
    line("</main>");
    line("</body>");
    line("</html>");
    return out.toString();
  }

  private static String bandStyles() {
    StringBuilder styles = new StringBuilder();
    for (RiskBand band : RiskBand.values()) {
      styles
          .append(".band-")
          .append(cssName(band.name()))
          .append(" { background: ")
          .append(RiskHeatMap.fill(band))
          .append("; }\n");
    }
    return styles.toString();
  }

  private void findings(FindingLevel level, List<Finding> findings) {
    String group = Wording.group(level);
    line("<section id=\"" + cssName(group) + "\">");
    line("<h2>" + group + " (" + findings.size() + ")</h2>");
    if (findings.isEmpty()) {
      line("<p class=\"none\">" + Wording.NONE + "</p>");
    } else {
      line("<ol class=\"findings\">");
      for (Finding finding : findings) {
        line("<li class=\"finding finding-" + cssName(level.name()) + "\">");
        line(
            "<p><span class=\"rule\">"
                + HtmlEscaper.escape(finding.rule())
                + "</span>"
                + finding
                    .subject()
                    .map(
                        subject ->
                            " <span class=\"subject\">(" + HtmlEscaper.escape(subject) + ")</span>")
                    .orElse("")
                + "</p>");
        line("<p class=\"message\">" + HtmlEscaper.escape(finding.message()) + "</p>");
        line(
            "<p class=\"action\"><strong>Action:</strong> "
                + HtmlEscaper.escape(finding.action())
                + "</p>");
        line(
            "<p class=\"sources\"><strong>Sources:</strong> "
                + sources(finding.sources())
                + "</p>");
        line("</li>");
      }
      line("</ol>");
    }
    line("</section>");
  }

  private static String sources(List<String> sources) {
    StringBuilder text = new StringBuilder();
    for (String source : sources) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(HtmlEscaper.escape(source));
    }
    return text.toString();
  }

  private void risks(List<AssessedRisk> risks, RiskMatrix matrix) {
    line("<section id=\"risks\">");
    line(
        "<h2>Risk register ("
            + risks.size()
            + (risks.isEmpty() ? ")" : ", in priority order)")
            + "</h2>");
    line("<figure>");
    out.append(RiskHeatMap.svg(risks, matrix));
    line("<figcaption>");
    line(
        "<p>Each risk is placed by the rating that counts: the engine's floor where the plan's"
            + " facts rate the hazard higher than the register, else the residual one where the"
            + " register lists a mitigation, else the inherent one. Up to "
            + RiskHeatMap.MAX_IDS_PER_CELL
            + " risks are named in a cell, the first in priority order.</p>");
    line("<ul class=\"legend\">");
    for (BandRange row : matrix.bands().rows()) {
      line(
          "<li><span class=\"swatch band-"
              + cssName(row.band().name())
              + "\"></span>"
              + row.band().name()
              + ": scores "
              + row.lowest()
              + "–"
              + row.highest()
              + "</li>");
    }
    line("</ul>");
    line("</figcaption>");
    line("</figure>");
    if (risks.isEmpty()) {
      line("<p class=\"none\">" + Wording.NONE + "</p>");
    } else {
      line("<table class=\"register\">");
      line(
          "<thead><tr><th class=\"number\">Priority</th><th>Id</th><th>Hazard</th><th>Origin</th>"
              + "<th>Inherent</th><th>Residual</th><th>Floor</th></tr></thead>");
      line("<tbody>");
      for (AssessedRisk risk : risks) {
        line(
            "<tr><td class=\"number\">"
                + risk.priority()
                + "</td><td class=\"id\">"
                + HtmlEscaper.escape(risk.id())
                + "</td><td>"
                + risk.hazard().name()
                + "</td><td>"
                + risk.origin().name()
                + "</td><td>"
                + rating(risk.inherent())
                + "</td><td>"
                + risk.residual()
                    .map(
                        residual ->
                            rating(residual)
                                + (Wording.residualNotCounted(risk)
                                    ? " <small>(" + Wording.RESIDUAL_NOT_COUNTED + ")</small>"
                                    : ""))
                    .orElse("—")
                + "</td><td>"
                + risk.floor()
                    .map(floor -> rating(floor) + " <small>(" + Wording.FLOOR_COUNTS + ")</small>")
                    .orElse("—")
                + "</td></tr>");
      }
      line("</tbody>");
      line("</table>");
    }
    line("</section>");
  }

  private static String rating(RiskRating rating) {
    return "<span class=\"band band-"
        + cssName(rating.band().name())
        + "\">"
        + Wording.rating(rating, TIMES)
        + "</span>";
  }

  private void consents(List<ConsentRequirement> consents) {
    line("<section id=\"consents\">");
    line("<h2>Consents (" + consents.size() + ")</h2>");
    if (consents.isEmpty()) {
      line("<p class=\"none\">" + Wording.NONE + "</p>");
    } else {
      line("<table class=\"consents\">");
      line("<thead><tr><th>Participant</th><th>Required from</th><th>Status</th></tr></thead>");
      line("<tbody>");
      for (ConsentRequirement consent : consents) {
        String status = consent.status().name();
        line(
            "<tr><td class=\"id\">"
                + HtmlEscaper.escape(consent.participant())
                + "</td><td>"
                + consent.requiredFrom().map(Enum::name).orElse("not required")
                + "</td><td class=\"status-"
                + cssName(status)
                + "\">"
                + status
                + "</td></tr>");
      }
      line("</tbody>");
      line("</table>");
    }
    line("</section>");
  }

  private void supervision(Assessment assessment) {
    line("<section id=\"supervision\">");
    line("<h2>Supervision</h2>");
    if (assessment.supervision().isEmpty()) {
      line("<p class=\"none\">" + Wording.SUPERVISION_MISSING + "</p>");
    } else {
      Supervision supervision = assessment.supervision().get();
      line("<dl class=\"about\">");
      line("<dt>Required adults</dt><dd>" + supervision.requiredAdults() + "</dd>");
      line("<dt>Counted adults</dt><dd>" + supervision.countedAdults() + "</dd>");
      line(
          "<dt>Shortfall</dt><dd"
              + (supervision.shortfall() > 0 ? " class=\"shortfall\"" : "")
              + ">"
              + supervision.shortfall()
              + "</dd>");
      line("</dl>");
    }
    line("</section>");
  }

  /**
   * A constant's name as a CSS class or id: {@code GO_WITH_CONDITIONS} to {@code
   * go-with-conditions}.
   */
  private static String cssName(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void line(String line) {
    out.append(line).append('\n');
  }
}
