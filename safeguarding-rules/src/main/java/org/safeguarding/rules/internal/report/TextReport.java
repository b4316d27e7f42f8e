package org.safeguarding.rules.internal.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguarding.core.assessment.FindingLevel;

/**
 * The plain-text report, for a terminal or an email, at most {@value #WIDTH} columns wide: a line
 * too long is wrapped at spaces under a hanging indent (after a list marker, or at a label's
 * value), so the report reads the same whatever the length of the data. Data passes through {@link
 * TextEscaper}.
 *
 * <p>The small print is everything in square brackets, such as {@code [code CONSENT_MISSING]} or
 * {@code [plan youth-club]}: the codes a developer or a support desk may ask for. Nothing else of
 * the report is in square brackets, so a reader may skip them.
 */
final class TextReport {

  /** The report's width, in columns. */
  static final int WIDTH = 100;

  /**
   * What a wrapped line's continuation hangs under: its indent and a list marker ("- ", "[ ] ", "1.
   * ", "&gt;&gt; "), and after that a short label ending in a colon, if the line has one.
   */
  private static final Pattern HANG =
      Pattern.compile("^ *(?:- |\\[ \\] |\\d+\\. |>> )?(?:[^ :]+(?: [^ :]+){0,3}: )?");

  private final TextLines out = new TextLines(WIDTH);

  private TextReport() {}

  static String of(ReportContent content) {
    return new TextReport().write(content);
  }

  private String write(ReportContent c) {
    line(c.serviceName);
    line("=".repeat(Math.min(100, Math.max(3, length(c.serviceName)))));
    line(c.title + "  [" + c.planId + "]");
    line("");
    line(">> " + c.decisionLabel);
    line("   " + c.meaning);
    items(c.text("section.session"), c.session);
    items(c.text("section.people"), c.people);
    staff(c);
    actions(c);
    findings(c);
    risks(c);
    consents(c);
    heading(c.text("section.supervision"));
    for (ReportContent.Item item : c.supervision) {
      line("  " + (item.label().isEmpty() ? "" : item.label() + ": ") + item.value());
    }
    sources(c);
    line("");
    line("-".repeat(40));
    for (String footer : c.footer) {
      line(footer);
    }
    line("");
    line(c.text("footer.signOff"));
    return out.toString();
  }

  private void items(String heading, List<ReportContent.Item> items) {
    heading(heading);
    int width = 0;
    for (ReportContent.Item item : items) {
      width = Math.max(width, length(item.label()));
    }
    for (ReportContent.Item item : items) {
      String label = "  " + pad(item.label() + ":", width + 1) + " ";
      out.wrap(label, " ".repeat(length(label)), item.value());
    }
  }

  private void staff(ReportContent c) {
    heading(c.text("section.staff"));
    if (c.staff.isEmpty()) {
      line("  " + c.text("staff.none"));
    }
    for (ReportContent.StaffLine member : c.staff) {
      line("  - " + member.id() + ": " + member.roles());
      line("    " + member.details());
      line("    " + member.counting());
    }
  }

  private void actions(ReportContent c) {
    heading(c.text("section.actions"));
    if (c.actions.isEmpty()) {
      line("  " + c.text("actions.nothing"));
      return;
    }
    for (FindingLevel level : FindingLevel.values()) {
      List<ReportContent.Action> actions = c.actions(level);
      if (actions.isEmpty()) {
        continue;
      }
      line("  " + actions.get(0).levelLabel() + ":");
      for (ReportContent.Action action : actions) {
        line("  [ ] " + action.text());
        line("      " + action.concerns());
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
      String marker = "  " + number++ + ". ";
      String indent = " ".repeat(marker.length());
      line(marker + card.title() + "  [" + card.code() + "]");
      line(indent + card.levelLabel() + card.about().map(about -> ". " + about).orElse("") + ".");
      line(indent + card.message());
      line(indent + c.text("card.action") + " " + card.action());
      if (!card.sources().isEmpty()) {
        line(indent + c.text("card.sources") + " " + numbers(card.sources()));
      }
    }
  }

  private static String numbers(List<Integer> numbers) {
    return numbers.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private void risks(ReportContent c) {
    if (c.risks.isEmpty()) {
      return;
    }
    heading(c.text("section.risks"));
    for (ReportContent.Risk risk : c.risks) {
      String marker = "  " + risk.priority() + ". ";
      String indent = " ".repeat(marker.length());
      line(marker + risk.hazard() + " (" + risk.id() + "; " + risk.origin() + ")");
      for (ReportContent.Rating rating : risk.ratings()) {
        line(
            indent
                + rating.label()
                + ": "
                + rating.text()
                + rating.note().map(note -> " (" + note + ")").orElse(""));
      }
      for (ReportContent.Item item : risk.details()) {
        line(indent + item.label() + ": " + item.value());
      }
      if (!risk.inferred()) {
        String label = indent + c.text("risk.mitigations") + ":";
        line(risk.mitigations().isEmpty() ? label + " " + c.text("risk.mitigations.none") : label);
        for (String mitigation : risk.mitigations()) {
          line(indent + "  - " + mitigation);
        }
      } else {
        line(indent + c.text("risk.inferred"));
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
          "  - "
              + consent.participant()
              + ": "
              + c.text("consent.status")
              + ": "
              + consent.status()
              + ". "
              + c.text("consent.neededFrom")
              + ": "
              + consent.neededFrom()
              + ".");
      for (String recorded : consent.recorded()) {
        line("    " + c.text("consent.recorded") + ": " + recorded);
      }
    }
  }

  private void sources(ReportContent c) {
    if (c.sources.isEmpty()) {
      return;
    }
    heading(c.text("section.sources"));
    for (ReportContent.Source source : c.sources) {
      line("  " + source.number() + ". " + source.title() + SourceText.details(source));
    }
  }

  private void heading(String heading) {
    line("");
    line(heading);
    line("-".repeat(length(heading)));
  }

  private static String pad(String text, int width) {
    int length = length(text);
    return length >= width ? text : text + " ".repeat(width - length);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Writes a line, wrapped to the width under the hanging indent {@link #HANG} finds. */
  private void line(String line) {
    if (length(line) <= WIDTH) {
      out.add(line);
      return;
    }
    Matcher hang = HANG.matcher(line);
    int at = hang.lookingAt() ? hang.end() : 0;
    if (at > WIDTH / 2) {
      at = line.length() - line.stripLeading().length();
    }
    out.wrap(line.substring(0, at), " ".repeat(length(line.substring(0, at))), line.substring(at));
  }
}
