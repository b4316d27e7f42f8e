package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.rules.internal.words.Catalogue;

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

  /**
   * {@return a source a rule cites, by its title with the publisher and year the source states},
   * for reports that cite beside each entry rather than in a numbered list; a name the catalogue
   * does not know (a custom rule's source) is given as it is. The result is plain text: the caller
   * escapes it.
   */
  static String cite(Catalogue words, String name) {
    String key = "source." + name;
    List<String> parts = new ArrayList<>();
    words.find(key + ".publisher").ifPresent(parts::add);
    words.find(key + ".year").ifPresent(parts::add);
    String title = words.find(key).orElse(name);
    return parts.isEmpty() ? title : title + " (" + String.join(", ", parts) + ")";
  }

  /** {@return each source cited by title, in order} */
  static List<String> cite(Catalogue words, List<String> names) {
    return names.stream().map(name -> cite(words, name)).toList();
  }
}
