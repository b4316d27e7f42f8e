package org.safeguarding.rules.internal.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;

/**
 * The HTML report: one self-contained page with an inline style sheet and nothing else to load, no
 * scripts, and a Content Security Policy that forbids both. It opens with the service and the
 * decision, then the session, the people and the staff, the checklist of what to do, the findings
 * as cards, the risk register (a small {@link RiskHeatMap} beside its legend, and a table), the
 * consents, the supervision, the sources and a footer to sign. Data passes through {@link
 * HtmlEscaper} and appears only as text, never in an attribute; the service's name is also written
 * into the print style sheet as a CSS string through {@link #cssString}, so that it heads every
 * printed page.
 *
 * <p>The small print is every element of class {@code code}: the codes a developer or a support
 * desk may ask for. Printed, the page is A4, and no card, table row or list item is split across
 * pages.
 */
final class HtmlReport {

  /** Nothing may load or run; only the page's own style sheet applies. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none';"
          + " base-uri 'none'; form-action 'none'";

  private static final String STYLE =
"""
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1a1a1a; background: #ffffff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: 0.5rem 0 0; }
.subtitle { margin: 0 0 1rem; color: #444444; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #cccccc;
  break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; break-after: avoid; }
.code { font: 0.75rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #555555; }
/* Only codes and ids, which may be long and have no spaces, may wrap anywhere; words do not. */
.code, .id { overflow-wrap: anywhere; }
th.id { min-width: 4rem; }
.decision { padding: 1rem 1.25rem; border-radius: 0.5rem; color: #ffffff; break-inside: avoid; }
.decision p { margin: 0; }
.decision .name { font-size: 1.4rem; font-weight: 700; }
/* White text on each banner passes WCAG AA (4.5:1): green 7.87:1, brown 7.13:1,
   amber 5.02:1, red 6.57:1. */
.decision-go { background: #1b5e20; }
.decision-go-with-conditions { background: #7a4f01; }
.decision-postpone { background: #b45309; }
.decision-do-not-run { background: #b71c1c; }
.about { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.about dt { font-weight: 600; }
.about dd { margin: 0; }
.checklist { list-style: none; padding: 0; margin: 0; }
.checklist li { padding: 0.3rem 0 0.3rem 1.8rem; position: relative; break-inside: avoid; }
.checklist li::before { content: "\\2610"; position: absolute; left: 0.2rem; font-size: 1.2rem;
  line-height: 1.2; }
.concerns { color: #444444; }
.nothing { font-weight: 700; color: #1b5e20; }
.findings { list-style: none; padding: 0; }
.finding { border-left: 0.4rem solid; padding: 0.5rem 0.75rem; margin: 0.5rem 0;
  background: #f5f5f5; break-inside: avoid; }
.finding-blocker { border-color: #b71c1c; }
.finding-warning { border-color: #b26a00; }
.finding-advice { border-color: #1565c0; }
.finding p { margin: 0.15rem 0; }
.finding .title { font-weight: 700; }
.level { font-style: italic; }
.none { color: #555555; font-style: italic; }
table { border-collapse: collapse; width: 100%; }
/* Fixed column widths, so that one overlong word from the plan wraps inside its own cell instead
   of widening the table past the page, where print would cut off every row's last column. Only a
   word longer than its cell breaks: ordinary words never do. */
table.staff, table.register, table.consents { table-layout: fixed; }
td, th, dd, li { overflow-wrap: break-word; }
table.staff tr > :nth-child(1) { width: 12%; }
table.staff tr > :nth-child(2) { width: 16%; }
table.staff tr > :nth-child(4) { width: 30%; }
table.register tr > :nth-child(1) { width: 2rem; }
table.register tr > :nth-child(2) { width: 28%; }
table.register tr > :nth-child(3) { width: 32%; }
table.consents tr > :nth-child(1) { width: 12%; }
table.consents tr > :nth-child(2) { width: 14%; }
table.consents tr > :nth-child(3) { width: 22%; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #dddddd;
  vertical-align: top; }
td.number, th.number { text-align: right; }
td ul { margin: 0; padding-left: 1.1rem; }
.band { padding: 0 0.35rem; border-radius: 0.25rem; color: #000000;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.note { display: block; font-size: 0.85rem; color: #444444; }
.status-missing, .status-withdrawn, .shortfall { color: #b71c1c; font-weight: 700; }
.status-unverified { color: #7a4f01; font-weight: 700; }
.map { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 1rem 1.5rem; margin: 1rem 0;
  break-inside: avoid; }
.map svg { width: 60%; max-width: 34rem; height: auto; }
.map figcaption { flex: 1 1 12rem; font-size: 0.9rem; }
/* The map is drawn at about half its size, so its text is set larger to read at about 10px. */
.heat-map text { font: 18px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  fill: #000000; }
.heat-map .tick, .heat-map .axis { font: 16px system-ui, "Segoe UI", Roboto, sans-serif; }
.heat-map .axis, .heat-map .score { font-weight: 700; }
.heat-map .score { font-size: 18px; }
.legend { list-style: none; padding: 0; }
.legend li { margin: 0.2rem 0; }
.swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.4rem;
  border: 1px solid #555555; vertical-align: middle; }
.sources li { margin: 0.2rem 0; break-inside: avoid; }
footer { margin-top: 2.5rem; border-top: 1px solid #cccccc; padding-top: 0.5rem;
  break-inside: avoid; }
footer p { margin: 0.2rem 0; }
.sign-off { margin-top: 1.5rem; font-size: 1.05rem; }
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; } }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.2rem; }
  .decision, .band, .swatch, .finding, .heat-map rect { print-color-adjust: exact;
    -webkit-print-color-adjust: exact; }
}
""";

  private final StringBuilder out = new StringBuilder(16384);

  private HtmlReport() {}

  /**
   * The page.
   *
   * @throws IllegalArgumentException if a risk's band differs from the one the matrix gives its
   *     cell (see {@link RiskHeatMap#requireRatedBy})
   */
  static String of(
      ReportContent content, List<AssessedRisk> risks, RiskMatrix matrix, String name) {
    RiskHeatMap.requireRatedBy(risks, matrix);
    return new HtmlReport().write(content, risks, matrix, name);
  }

  private String write(
      ReportContent c, List<AssessedRisk> risks, RiskMatrix matrix, String serviceName) {
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
    line("<title>" + c.serviceName + ": " + c.title + "</title>");
    out.append("<style>\n")
        .append(STYLE)
        .append(bandStyles())
        .append("@page { @top-left { content: ")
        .append(cssString(serviceName))
        .append("; font: 9pt sans-serif; color: #444444; } }\n")
        .append("@page { @bottom-left { content: ")
        .append(cssString(c.pageFooter))
        .append("; font: 8pt sans-serif; color: #444444; } }\n")
        .append("</style>\n");
    line("</head>");
    line("<body>");
    line("<main>");
    line("<header>");
    line("<h1>" + c.serviceName + "</h1>");
    line("<p class=\"subtitle\">" + c.title + " <span class=\"code\">" + c.planId + "</span></p>");
    line(
        "<section id=\"decision\" class=\"decision decision-" + cssName(c.decision.name()) + "\">");
    line("<p class=\"name\">" + c.decisionLabel + "</p>");
    line("<p class=\"meaning\">" + c.meaning + "</p>");
    line("</section>");
    line("</header>");
    items("session", c.text("section.session"), c.session);
    items("people", c.text("section.people"), c.people);
    staff(c);
    actions(c);
    findings(c);
    risks(c, risks, matrix);
    consents(c);
    supervision(c);
    sources(c);
    line("<footer>");
    for (String footer : c.footer) {
      line("<p>" + footer + "</p>");
    }
    line("<p class=\"sign-off\">" + c.text("footer.signOff") + "</p>");
    line("</footer>");
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

  private void items(String id, String heading, List<ReportContent.Item> items) {
    line("<section id=\"" + id + "\">");
    line("<h2>" + heading + "</h2>");
    line("<dl class=\"about\">");
    for (ReportContent.Item item : items) {
      line("<dt>" + item.label() + "</dt><dd>" + item.value() + "</dd>");
    }
    line("</dl>");
    line("</section>");
  }

  private void staff(ReportContent c) {
    line("<section id=\"staff\">");
    line("<h2>" + c.text("section.staff") + "</h2>");
    if (c.staff.isEmpty()) {
      line("<p class=\"none\">" + c.text("staff.none") + "</p>");
    } else {
      line("<table class=\"staff\">");
      line("<tbody>");
      for (ReportContent.StaffLine member : c.staff) {
        line(
            "<tr><th class=\"id\">"
                + member.id()
                + "</th><td>"
                + member.roles()
                + "</td><td>"
                + member.details()
                + "</td><td"
                + (member.counted() ? "" : " class=\"shortfall\"")
                + ">"
                + member.counting()
                + "</td></tr>");
      }
      line("</tbody>");
      line("</table>");
    }
    line("</section>");
  }

  private void actions(ReportContent c) {
    line("<section id=\"actions\">");
    line("<h2>" + c.text("section.actions") + "</h2>");
    if (c.actions.isEmpty()) {
      line("<p class=\"nothing\">" + c.text("actions.nothing") + "</p>");
    }
    for (FindingLevel level : FindingLevel.values()) {
      List<ReportContent.Action> actions = c.actions(level);
      if (actions.isEmpty()) {
        continue;
      }
      line("<h3>" + actions.get(0).levelLabel() + "</h3>");
      line("<ul class=\"checklist checklist-" + cssName(level.name()) + "\">");
      for (ReportContent.Action action : actions) {
        line(
            "<li>"
                + action.text()
                + " <span class=\"concerns\">"
                + action.concerns()
                + "</span></li>");
      }
      line("</ul>");
    }
    line("</section>");
  }

  private void findings(ReportContent c) {
    if (c.cards.isEmpty()) {
      return;
    }
    line("<section id=\"findings\">");
    line("<h2>" + c.text("section.findings") + "</h2>");
    line("<ol class=\"findings\">");
    for (ReportContent.Card card : c.cards) {
      line("<li class=\"finding finding-" + cssName(card.level().name()) + "\">");
      line(
          "<p><span class=\"title\">"
              + card.title()
              + "</span> <span class=\"code\">"
              + card.code()
              + "</span></p>");
      line(
          "<p class=\"level\">"
              + card.levelLabel()
              + card.about().map(about -> ". " + about).orElse("")
              + ".</p>");
      line("<p class=\"message\">" + card.message() + "</p>");
      line(
          "<p class=\"action\"><strong>"
              + c.text("card.action")
              + "</strong> "
              + card.action()
              + "</p>");
      if (!card.sources().isEmpty()) {
        line(
            "<p class=\"cited\">"
                + c.text("card.sources")
                + " "
                + card.sources().stream().map(n -> "[" + n + "]").collect(Collectors.joining(" "))
                + "</p>");
      }
      line("</li>");
    }
    line("</ol>");
    line("</section>");
  }

  private void risks(ReportContent c, List<AssessedRisk> assessed, RiskMatrix matrix) {
    if (c.risks.isEmpty()) {
      return;
    }
    line("<section id=\"risks\">");
    line("<h2>" + c.text("section.risks") + "</h2>");
    line("<figure class=\"map\">");
    out.append(RiskHeatMap.svg(assessed, matrix));
    line("<figcaption>");
    line("<ul class=\"legend\">");
    for (BandRange row : matrix.bands().rows()) {
      line(
          "<li><span class=\"swatch band-"
              + cssName(row.band().name())
              + "\"></span>"
              + c.words.render(
                  "risk.heatMap.legend",
                  Map.of(
                      "band", row.band().name(),
                      "lowest", Integer.toString(row.lowest()),
                      "highest", Integer.toString(row.highest())),
                  Optional.empty())
              + "</li>");
    }
    line("</ul>");
    line(
        "<p>"
            + c.words.render(
                "risk.heatMap.caption",
                Map.of("max", Integer.toString(RiskHeatMap.MAX_IDS_PER_CELL)),
                Optional.empty())
            + "</p>");
    line("</figcaption>");
    line("</figure>");
    line("<table class=\"register\">");
    line("<tbody>");
    for (ReportContent.Risk risk : c.risks) {
      StringBuilder row = new StringBuilder();
      row.append("<tr><td class=\"number\">")
          .append(risk.priority())
          .append("</td><td><strong>")
          .append(risk.hazard())
          .append("</strong><span class=\"note id\">")
          .append(risk.id())
          .append("</span><span class=\"note\">")
          .append(risk.origin())
          .append("</span></td><td>");
      for (ReportContent.Rating rating : risk.ratings()) {
        row.append("<div>")
            .append(rating.label())
            .append(": <span class=\"band band-")
            .append(cssName(rating.band()))
            .append("\">")
            .append(rating.text())
            .append("</span>")
            .append(
                rating.note().map(note -> "<span class=\"note\">" + note + "</span>").orElse(""))
            .append("</div>");
      }
      row.append("</td><td>");
      for (ReportContent.Item item : risk.details()) {
        row.append("<div><strong>")
            .append(item.label())
            .append(":</strong> ")
            .append(item.value())
            .append("</div>");
      }
      if (risk.inferred()) {
        row.append("<div>").append(c.text("risk.inferred")).append("</div>");
      } else if (risk.mitigations().isEmpty()) {
        row.append("<div><strong>")
            .append(c.text("risk.mitigations"))
            .append(":</strong> ")
            .append(c.text("risk.mitigations.none"))
            .append("</div>");
      } else {
        row.append("<div><strong>").append(c.text("risk.mitigations")).append(":</strong><ul>");
        for (String mitigation : risk.mitigations()) {
          row.append("<li>").append(mitigation).append("</li>");
        }
        row.append("</ul></div>");
      }
      row.append("</td></tr>");
      line(row.toString());
    }
    line("</tbody>");
    line("</table>");
    line("</section>");
  }

  private void consents(ReportContent c) {
    if (c.consents.isEmpty()) {
      return;
    }
    line("<section id=\"consents\">");
    line("<h2>" + c.text("section.consents") + "</h2>");
    line("<table class=\"consents\">");
    line(
        "<thead><tr><th></th><th>"
            + c.text("consent.status")
            + "</th><th>"
            + c.text("consent.neededFrom")
            + "</th><th>"
            + c.text("consent.recorded")
            + "</th></tr></thead>");
    line("<tbody>");
    for (ReportContent.ConsentLine consent : c.consents) {
      line(
          "<tr><th class=\"id\">"
              + consent.participant()
              + "</th><td class=\"status-"
              + cssName(consent.statusCode())
              + "\">"
              + consent.status()
              + "</td><td>"
              + consent.neededFrom()
              + "</td><td>"
              + String.join("<br>", consent.recorded())
              + "</td></tr>");
    }
    line("</tbody>");
    line("</table>");
    line("</section>");
  }

  private void supervision(ReportContent c) {
    line("<section id=\"supervision\">");
    line("<h2>" + c.text("section.supervision") + "</h2>");
    line("<dl class=\"about\">");
    for (ReportContent.Item item : c.supervision) {
      if (item.label().isEmpty()) {
        line("</dl>");
        line("<p>" + item.value() + "</p>");
        line("<dl class=\"about\">");
      } else {
        line("<dt>" + item.label() + "</dt><dd>" + item.value() + "</dd>");
      }
    }
    line("</dl>");
    line("</section>");
  }

  private void sources(ReportContent c) {
    if (c.sources.isEmpty()) {
      return;
    }
    line("<section id=\"sources\">");
    line("<h2>" + c.text("section.sources") + "</h2>");
    line("<ol class=\"sources\">");
    for (ReportContent.Source source : c.sources) {
      line("<li>" + source.title() + SourceText.details(source) + "</li>");
    }
    line("</ol>");
    line("</section>");
  }

  /**
   * Data as a CSS string: in double quotes, with every character but ASCII letters, digits and the
   * space written as a CSS escape ({@code \3c } for {@code <}), so that no quote, backslash, line
   * break or {@code </style>} can end the string or the style sheet; control characters are first
   * made visible as in the text.
   */
  static String cssString(String data) {
    String visible = TextEscaper.escape(data);
    StringBuilder out = new StringBuilder(visible.length() + 16).append('"');
    visible
        .codePoints()
        .forEach(
            codePoint -> {
              if ((codePoint >= 'a' && codePoint <= 'z')
                  || (codePoint >= 'A' && codePoint <= 'Z')
                  || (codePoint >= '0' && codePoint <= '9')
                  || codePoint == ' ') {
                out.appendCodePoint(codePoint);
              } else {
                out.append('\\').append(Integer.toHexString(codePoint)).append(' ');
              }
            });
    return out.append('"').toString();
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
