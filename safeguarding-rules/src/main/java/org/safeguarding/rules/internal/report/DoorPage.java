package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an admission or a response report says, before it is written in a format: a title, an
 * optional banner (the verdict), facts as label and value, and sections of numbered items, each
 * with a title, labelled details, sentences, sources and a code in small print. Every string here
 * is plain text, data and catalogue words alike; the writers escape all of it for their format, so
 * nothing in a page can be markup. Codes appear only in the small-print slot: in the text report a
 * line of its own in brackets, in Markdown a {@code <sub>} element, in HTML an element of class
 * {@code code}.
 */
final class DoorPage {

  /** The text report's width, in columns. */
  static final int WIDTH = 100;

  /** How a banner is coloured. */
  enum Tone {
    GO,
    WAIT,
    STOP
  }

  /** A label and its value. */
  record Fact(String label, String value) {}

  /** One numbered entry of a section. */
  record Item(
      String title,
      List<Fact> details,
      List<String> sentences,
      String sourcesLabel,
      List<String> sources,
      Optional<String> code) {}

  /** A section: a heading, its items (numbered), or plain entries, or words for none. */
  record Section(String id, String heading, List<Item> items, List<String> entries, String none) {}

  private final String language;
  private final String title;
  private final Optional<Tone> tone;
  private final String bannerHead;
  private final String bannerText;
  private final List<Fact> facts = new ArrayList<>();
  private final List<String> remarks = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();

  DoorPage(String language, String title) {
    this(language, title, Optional.empty(), "", "");
  }

  DoorPage(String language, String title, Tone tone, String bannerHead, String bannerText) {
    this(language, title, Optional.of(tone), bannerHead, bannerText);
  }

  private DoorPage(
      String language, String title, Optional<Tone> tone, String bannerHead, String bannerText) {
    this.language = language;
    this.title = title;
    this.tone = tone;
    this.bannerHead = bannerHead;
    this.bannerText = bannerText;
  }

  DoorPage fact(String label, String value) {
    facts.add(new Fact(label, value));
    return this;
  }

  DoorPage remark(String remark) {
    remarks.add(remark);
    return this;
  }

  /**
   * Adds a section; one with nothing in it is left out, and its words for none (when there are any,
   * such as "nothing stands in the way") are said once, as a remark, rather than under an empty
   * heading.
   */
  DoorPage section(Section section) {
    if (section.items().isEmpty() && section.entries().isEmpty()) {
      if (!section.none().isBlank()) {
        remarks.add(section.none());
      }
      return this;
    }
    sections.add(section);
    return this;
  }

  /**
   * Numbers the sources the items cite, in order of first use; each item then cites its sources by
   * number, and the sources are listed once, by title, as the last section under {@code heading}.
   * Call it once every section is added.
   */
  DoorPage numberSources(String heading) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<Section> numbered = new ArrayList<>();
    for (Section section : sections) {
      List<Item> items = new ArrayList<>();
      for (Item item : section.items()) {
        List<String> cited = new ArrayList<>();
        for (String source : item.sources()) {
          cited.add(Integer.toString(numbers.computeIfAbsent(source, s -> numbers.size() + 1)));
        }
        items.add(
            new Item(
                item.title(),
                item.details(),
                item.sentences(),
                item.sourcesLabel(),
                List.copyOf(cited),
                item.code()));
      }
      numbered.add(
          new Section(section.id(), section.heading(), items, section.entries(), section.none()));
    }
    sections.clear();
    sections.addAll(numbered);
    if (!numbers.isEmpty()) {
      List<String> entries = new ArrayList<>();
      numbers.forEach((source, number) -> entries.add(number + ". " + source));
      sections.add(new Section("sources", heading, List.of(), entries, ""));
    }
    return this;
  }

  // ---------------------------------------------------------------- text

  /** The page for a terminal: no line longer than {@link #WIDTH} columns. */
  String text() {
    TextLines out = new TextLines(WIDTH);
    String heading = TextEscaper.escape(title);
    out.wrap("", "", heading);
    out.add("=".repeat(Math.min(WIDTH, length(heading))));
    if (tone.isPresent()) {
      out.add("");
      out.wrap(">> ", "   ", TextEscaper.escape(bannerHead));
      out.wrap("   ", "   ", TextEscaper.escape(bannerText));
    }
    if (!facts.isEmpty()) {
      out.add("");
      int width = 0;
      for (Fact fact : facts) {
        width = Math.max(width, length(TextEscaper.escape(fact.label())) + 2);
      }
      width = Math.min(width, 28);
      for (Fact fact : facts) {
        String label = pad(TextEscaper.escape(fact.label()) + ": ", width);
        out.wrap(label, " ".repeat(Math.min(width, length(label))), escaped(fact.value()));
      }
    }
    for (String remark : remarks) {
      out.add("");
      out.wrap("", "", TextEscaper.escape(remark));
    }
    for (Section section : sections) {
      int count = section.items().isEmpty() ? section.entries().size() : section.items().size();
      String sectionHeading = TextEscaper.escape(section.heading()) + " (" + count + ")";
      out.add("");
      out.wrap("", "", sectionHeading);
      out.add("-".repeat(Math.min(WIDTH, length(sectionHeading))));
      if (count == 0) {
        out.wrap("  ", "  ", TextEscaper.escape(section.none()));
      }
      int number = 1;
      for (Item item : section.items()) {
        String marker = "  " + number++ + ". ";
        String indent = " ".repeat(marker.length());
        out.wrap(marker, indent, TextEscaper.escape(item.title()));
        int width = 0;
        for (Fact detail : item.details()) {
          width = Math.max(width, length(TextEscaper.escape(detail.label())) + 2);
        }
        for (Fact detail : item.details()) {
          String label = indent + pad(TextEscaper.escape(detail.label()) + ": ", width);
          out.wrap(label, " ".repeat(length(label)), escaped(detail.value()));
        }
        for (String sentence : item.sentences()) {
          out.wrap(indent, indent, TextEscaper.escape(sentence));
        }
        if (!item.sources().isEmpty()) {
          String label = indent + TextEscaper.escape(item.sourcesLabel()) + ": ";
          out.wrap(label, indent + "  ", joined(item.sources(), TextEscaper::escape));
        }
        item.code().ifPresent(code -> out.wrap(indent + "[", indent + " ", smallPrint(code)));
      }
      for (String entry : section.entries()) {
        out.wrap("  - ", "    ", TextEscaper.escape(entry));
      }
    }
    return out.toString();
  }

  /** The small print of the text report, closing its bracket. */
  private static String smallPrint(String code) {
    return TextEscaper.escape(code) + "]";
  }

  private static String escaped(String value) {
    return TextEscaper.escape(value);
  }

  // ------------------------------------------------------------ markdown

  /** The page in GitHub-flavoured Markdown. Data never starts a line. */
  String markdown() {
    StringBuilder out = new StringBuilder(4096);
    md(out, "# " + MarkdownEscaper.escape(title));
    if (tone.isPresent()) {
      md(out, "");
      md(out, "## " + MarkdownEscaper.escape(bannerHead));
      md(out, "");
      md(out, "**" + MarkdownEscaper.escape(bannerText) + "**");
    }
    if (!facts.isEmpty()) {
      md(out, "");
      for (Fact fact : facts) {
        md(
            out,
            "- **"
                + MarkdownEscaper.escape(fact.label())
                + ":** "
                + MarkdownEscaper.escape(fact.value()));
      }
    }
    for (String remark : remarks) {
      md(out, "");
      md(out, "*" + MarkdownEscaper.escape(remark) + "*");
    }
    for (Section section : sections) {
      int count = section.items().isEmpty() ? section.entries().size() : section.items().size();
      md(out, "");
      md(out, "## " + MarkdownEscaper.escape(section.heading()) + " (" + count + ")");
      md(out, "");
      if (count == 0) {
        md(out, "*" + MarkdownEscaper.escape(section.none()) + "*");
      }
      int number = 1;
      for (Item item : section.items()) {
        String marker = number++ + ". ";
        String indent = " ".repeat(marker.length());
        StringBuilder first = new StringBuilder(marker);
        first.append("**").append(MarkdownEscaper.escape(item.title())).append("**");
        md(out, first.toString());
        for (Fact detail : item.details()) {
          md(
              out,
              indent
                  + "- **"
                  + MarkdownEscaper.escape(detail.label())
                  + ":** "
                  + MarkdownEscaper.escape(detail.value()));
        }
        for (String sentence : item.sentences()) {
          md(out, indent + "- " + lineStart(MarkdownEscaper.escape(sentence)));
        }
        if (!item.sources().isEmpty()) {
          md(
              out,
              indent
                  + "- **"
                  + MarkdownEscaper.escape(item.sourcesLabel())
                  + ":** "
                  + joined(item.sources(), MarkdownEscaper::escape));
        }
        item.code()
            .ifPresent(
                code -> md(out, indent + "- <sub>" + MarkdownEscaper.escape(code) + "</sub>"));
      }
      for (String entry : section.entries()) {
        md(out, "- " + lineStart(MarkdownEscaper.escape(entry)));
      }
    }
    return out.toString();
  }

  /**
   * Escaped Markdown placed where a block may start (after a list marker): a leading marker of a
   * list, a block quote or a setext underline, or leading spaces, would otherwise make a block.
   */
  static String lineStart(String escaped) {
    if (escaped.isEmpty()) {
      return escaped;
    }
    char first = escaped.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return "\\" + escaped;
    }
    if (first == ' ' || first == '\t') {
      return "&#32;" + escaped.substring(1);
    }
    int digits = 0;
    while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < escaped.length()
        && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
      return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }
    return escaped;
  }

  private static void md(StringBuilder out, String line) {
    out.append(line).append('\n');
  }

  // ---------------------------------------------------------------- html

  /** Nothing may load or run; only the page's own style sheet applies. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none';"
          + " base-uri 'none'; form-action 'none'";

  private static final String STYLE =
"""
:root { color-scheme: light; }
@page { size: A4; margin: 18mm 16mm; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1a1a1a; background: #ffffff; }
main { max-width: 56rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; overflow-wrap: break-word; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #cccccc;
  break-after: avoid; page-break-after: avoid; }
p, li, dd, dt { overflow-wrap: break-word; hyphens: manual; word-break: normal; }
.banner { padding: 1rem 1.25rem; border-radius: 0.5rem; color: #ffffff;
  break-inside: avoid; page-break-inside: avoid; }
.banner p { margin: 0; }
.banner .head { font-size: 1.5rem; font-weight: 700; }
/* White text on each banner passes WCAG AA (4.5:1). */
.tone-go { background: #1b5e20; }
.tone-wait { background: #7a4f01; }
.tone-stop { background: #b71c1c; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.remark { color: #444444; font-style: italic; }
.items { padding-left: 1.75rem; }
.item { margin: 0.75rem 0; padding: 0.5rem 0.75rem; background: #f5f5f5;
  border-left: 0.4rem solid #555555; break-inside: avoid; page-break-inside: avoid; }
.item p { margin: 0.15rem 0; }
.item .title { font-weight: 700; }
.item dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75rem; margin: 0.2rem 0; }
.item dt { font-weight: 600; }
.item dd { margin: 0; }
.sources { color: #333333; font-size: 0.9rem; }
.code { font: 0.75rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #555555; }
.none { color: #555555; font-style: italic; }
.entries li { margin: 0.25rem 0; break-inside: avoid; page-break-inside: avoid; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .banner, .tone-go, .tone-wait, .tone-stop { print-color-adjust: exact;
    -webkit-print-color-adjust: exact; }
}
""";

  /** The page as self-contained HTML: an inline style sheet, no scripts, nothing to load. */
  String html() {
    StringBuilder out = new StringBuilder(8192);
    String heading = HtmlEscaper.escape(title);
    html(out, "<!DOCTYPE html>");
    html(out, "<html lang=\"" + HtmlEscaper.escape(language) + "\">");
    html(out, "<head>");
    html(out, "<meta charset=\"utf-8\">");
    html(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + CONTENT_SECURITY_POLICY
            + "\">");
    html(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html(out, "<meta name=\"referrer\" content=\"no-referrer\">");
    html(out, "<title>" + heading + "</title>");
    out.append("<style>\n").append(STYLE).append("</style>\n");
    html(out, "</head>");
    html(out, "<body>");
    html(out, "<main>");
    html(out, "<h1>" + heading + "</h1>");
    if (tone.isPresent()) {
      html(
          out,
          "<section id=\"banner\" class=\"banner tone-"
              + tone.get().name().toLowerCase(Locale.ROOT)
              + "\">");
      html(out, "<p class=\"head\">" + HtmlEscaper.escape(bannerHead) + "</p>");
      html(out, "<p class=\"todo\">" + HtmlEscaper.escape(bannerText) + "</p>");
      html(out, "</section>");
    }
    if (!facts.isEmpty()) {
      html(out, "<dl class=\"facts\">");
      for (Fact fact : facts) {
        html(
            out,
            "<dt>"
                + HtmlEscaper.escape(fact.label())
                + "</dt><dd>"
                + HtmlEscaper.escape(fact.value())
                + "</dd>");
      }
      html(out, "</dl>");
    }
    for (String remark : remarks) {
      html(out, "<p class=\"remark\">" + HtmlEscaper.escape(remark) + "</p>");
    }
    for (Section section : sections) {
      int count = section.items().isEmpty() ? section.entries().size() : section.items().size();
      html(out, "<section id=\"" + section.id() + "\">");
      html(out, "<h2>" + HtmlEscaper.escape(section.heading()) + " (" + count + ")</h2>");
      if (count == 0) {
        html(out, "<p class=\"none\">" + HtmlEscaper.escape(section.none()) + "</p>");
      }
      if (!section.items().isEmpty()) {
        html(out, "<ol class=\"items\">");
        for (Item item : section.items()) {
          html(out, "<li class=\"item\">");
          html(out, "<p class=\"title\">" + HtmlEscaper.escape(item.title()) + "</p>");
          if (!item.details().isEmpty()) {
            html(out, "<dl>");
            for (Fact detail : item.details()) {
              html(
                  out,
                  "<dt>"
                      + HtmlEscaper.escape(detail.label())
                      + "</dt><dd>"
                      + HtmlEscaper.escape(detail.value())
                      + "</dd>");
            }
            html(out, "</dl>");
          }
          for (String sentence : item.sentences()) {
            html(out, "<p class=\"message\">" + HtmlEscaper.escape(sentence) + "</p>");
          }
          if (!item.sources().isEmpty()) {
            html(
                out,
                "<p class=\"sources\"><strong>"
                    + HtmlEscaper.escape(item.sourcesLabel())
                    + ":</strong> "
                    + joined(item.sources(), HtmlEscaper::escape)
                    + "</p>");
          }
          item.code()
              .ifPresent(
                  code ->
                      html(
                          out,
                          "<p><small class=\"code\">" + HtmlEscaper.escape(code) + "</small></p>"));
          html(out, "</li>");
        }
        html(out, "</ol>");
      }
      if (!section.entries().isEmpty()) {
        html(out, "<ul class=\"entries\">");
        for (String entry : section.entries()) {
          html(out, "<li>" + HtmlEscaper.escape(entry) + "</li>");
        }
        html(out, "</ul>");
      }
      html(out, "</section>");
    }
    html(out, "</main>");
    html(out, "</body>");
    html(out, "</html>");
    return out.toString();
  }

  private static void html(StringBuilder out, String line) {
    out.append(line).append('\n');
  }

  // --------------------------------------------------------------- shared

  private static String joined(List<String> values, java.util.function.UnaryOperator<String> esc) {
    StringBuilder text = new StringBuilder();
    for (String value : values) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(esc.apply(value));
    }
    return text.toString();
  }

  private static String pad(String text, int width) {
    int length = length(text);
    return length >= width ? text : text + " ".repeat(width - length);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
