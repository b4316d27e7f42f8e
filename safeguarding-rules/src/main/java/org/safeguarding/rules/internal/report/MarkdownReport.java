package org.safeguarding.rules.internal.report;

import java.util.List;
import java.util.stream.Collectors;
import org.safeguarding.core.assessment.FindingLevel;

/**
 * The GitHub-flavoured Markdown report: a heading per section, the session and the people as lists,
 * the checklist as task items, findings as numbered items with their action and sources beneath.
 * Data passes through {@link MarkdownEscaper} and never starts a line, so it cannot make a heading,
 * a list or a table row.
 *
 * <p>The small print is every {@code <sub>} element, such as {@code <sub>code
 * CONSENT_MISSING</sub>}: the codes a developer or a support desk may ask for. Nothing else is in
 * {@code <sub>}.
 */
final class MarkdownReport {

  private final StringBuilder out = new StringBuilder(8192);

  private MarkdownReport() {}

  static String of(ReportContent content) {
    return new MarkdownReport().write(content);
  }

  private String write(ReportContent c) {
    line("# " + c.serviceName);
    line("");
    line(c.title + " <sub>" + c.planId + "</sub>");
    line("");
    line("> **" + c.decisionLabel + "**");
    line(">");
    line("> " + c.meaning);
    items(c.text("section.session"), c.session);
    items(c.text("section.people"), c.people);
    staff(c);
    actions(c);
    findings(c);
    risks(c);
    consents(c);
    heading(c.text("section.supervision"));
    for (ReportContent.Item item : c.supervision) {
      line("- " + (item.label().isEmpty() ? "" : "**" + item.label() + ":** ") + item.value());
    }
    sources(c);
    line("");
    line("---");
    line("");
    for (String footer : c.footer) {
      line(footer + "  ");
    }
    line("");
    line(c.text("footer.signOff"));
    return out.toString();
  }

  private void items(String heading, List<ReportContent.Item> items) {
    heading(heading);
    for (ReportContent.Item item : items) {
      line("- **" + item.label() + ":** " + item.value());
    }
  }

  private void staff(ReportContent c) {
    heading(c.text("section.staff"));
    if (c.staff.isEmpty()) {
      line(c.text("staff.none"));
    }
    for (ReportContent.StaffLine member : c.staff) {
      line("- **" + member.id() + "**: " + member.roles());
      line("  - " + member.details());
      line("  - " + member.counting());
    }
  }

  private void actions(ReportContent c) {
    heading(c.text("section.actions"));
    if (c.actions.isEmpty()) {
      line("**" + c.text("actions.nothing") + "**");
      return;
    }
    for (FindingLevel level : FindingLevel.values()) {
      List<ReportContent.Action> actions = c.actions(level);
      if (actions.isEmpty()) {
        continue;
      }
      line("");
      line("**" + actions.get(0).levelLabel() + "**");
      line("");
      for (ReportContent.Action action : actions) {
        line("- [ ] " + action.text() + " (" + action.concerns() + ")");
      }
    }
  }

  private void findings(ReportContent c) {
    if (c.cards.isEmpty()) {
      return;
    }
    heading(c.text("section.findings"));
    int number = 1;
    for (ReportContent.Card card : c.cards) {
      line(number++ + ". **" + card.title() + "** <sub>" + card.code() + "</sub>  ");
      line(
          "   *" + card.levelLabel() + card.about().map(about -> ". " + about).orElse("") + ".*  ");
      line("   " + card.message() + "  ");
      line("   **" + c.text("card.action") + "** " + card.action() + "  ");
      if (!card.sources().isEmpty()) {
        line(
            "   "
                + c.text("card.sources")
                + " "
                + card.sources().stream()
                    .map(n -> "\\[" + n + "\\]")
                    .collect(Collectors.joining(" ")));
      }
    }
  }

  private void risks(ReportContent c) {
    if (c.risks.isEmpty()) {
      return;
    }
    heading(c.text("section.risks"));
    for (ReportContent.Risk risk : c.risks) {
      line("");
      line(
          risk.priority()
              + ". **"
              + risk.hazard()
              + "** ("
              + risk.id()
              + "; "
              + risk.origin()
              + ")");
      for (ReportContent.Rating rating : risk.ratings()) {
        line(
            "   - **"
                + rating.label()
                + ":** "
                + rating.text()
                + rating.note().map(note -> " (" + note + ")").orElse(""));
      }
      for (ReportContent.Item item : risk.details()) {
        line("   - **" + item.label() + ":** " + item.value());
      }
      if (risk.inferred()) {
        line("   - " + c.text("risk.inferred"));
      } else if (risk.mitigations().isEmpty()) {
        line("   - **" + c.text("risk.mitigations") + ":** " + c.text("risk.mitigations.none"));
      } else {
        line("   - **" + c.text("risk.mitigations") + ":**");
        for (String mitigation : risk.mitigations()) {
          line("     - " + mitigation);
        }
      }
    }
  }

  private void consents(ReportContent c) {
    if (c.consents.isEmpty()) {
      return;
    }
    heading(c.text("section.consents"));
    for (ReportContent.ConsentLine consent : c.consents) {
      line(
          "- **"
              + consent.participant()
              + "**: "
              + c.text("consent.status")
              + ": "
              + consent.status()
              + ". "
              + c.text("consent.neededFrom")
              + ": "
              + consent.neededFrom()
              + ".");
      for (String recorded : consent.recorded()) {
        line("  - " + c.text("consent.recorded") + ": " + recorded);
      }
    }
  }

  private void sources(ReportContent c) {
    if (c.sources.isEmpty()) {
      return;
    }
    heading(c.text("section.sources"));
    for (ReportContent.Source source : c.sources) {
      line("\\[" + source.number() + "\\] " + source.title() + SourceText.details(source) + "  ");
    }
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
