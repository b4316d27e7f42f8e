package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.List;

/** A source's publisher, year and address after its title, as every format writes them. */
final class SourceText {

  private SourceText() {}

  /** {@return ". Publisher, year. address" with what the source states, or ""} */
  static String details(ReportContent.Source source) {
    List<String> parts = new ArrayList<>();
    source.publisher().ifPresent(parts::add);
    source.year().ifPresent(parts::add);
    String text = parts.isEmpty() ? "" : ". " + String.join(", ", parts);
    return text + source.link().map(link -> ". " + link).orElse("");
  }
}
