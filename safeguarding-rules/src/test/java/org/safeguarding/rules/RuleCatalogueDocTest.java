package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.FindingLevel;

/**
 * Keeps {@code docs/rules.md} true: its catalogue section must be exactly what the engine's rules
 * describe, and every source they cite must be explained in its sources section. After changing a
 * rule, rewrite the section with {@code -Dsafeguarding.updateDocs=true} and review the diff.
 */
class RuleCatalogueDocTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final String BEGIN =
      "<!-- The catalogue below is checked against the engine by RuleCatalogueDocTest. -->\n";
  private static final String END = "<!-- End of the checked catalogue. -->\n";

  @Test
  void engineRules_areTheBuiltInRulesAndRuleFailed() {
    List<String> documented = new ArrayList<>();
    SafeguardingEngine.builtInRules()
        .forEach(rule -> rule.descriptions().forEach(d -> documented.add(d.code())));
    documented.add(SafeguardingEngine.RULE_FAILED.code());

    assertThat(SafeguardingEngine.ukDefault().rules())
        .extracting(RuleDescription::code)
        .containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void docsRules_catalogueMatchesTheEngine() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("docs/rules.md must hold the catalogue markers").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String expected = catalogue();
    if (Boolean.getBoolean("safeguarding.updateDocs")) {
      doc = doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end);
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
      begin = doc.indexOf(BEGIN);
      end = doc.indexOf(END);
    }

    assertThat(doc.substring(begin + BEGIN.length(), end))
        .as("docs/rules.md; if a rule changed on purpose, rerun with -Dsafeguarding.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void docsRules_explainEverySourceTheRulesCite() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String sources = doc.substring(doc.indexOf("\n## Sources\n"));

    assertThat(SafeguardingEngine.ukDefault().rules())
        .flatExtracting(RuleDescription::sources)
        .allSatisfy(source -> assertThat(sources).contains("- `" + source + "`"));
  }

  /** The catalogue as Markdown: one section per built-in rule, one entry per code. */
  private static String catalogue() {
    StringBuilder text = new StringBuilder();
    text.append("\n| Code | Level | Area |\n|---|---|---|\n");
    for (Rule rule : SafeguardingEngine.builtInRules()) {
      for (RuleDescription description : rule.descriptions()) {
        row(text, description, rule.name());
      }
    }
    row(text, SafeguardingEngine.RULE_FAILED, "engine");
    for (Rule rule : SafeguardingEngine.builtInRules()) {
      text.append("\n## ").append(title(rule.name())).append("\n");
      rule.descriptions().forEach(description -> entry(text, description));
    }
    text.append("\n## Engine\n");
    entry(text, SafeguardingEngine.RULE_FAILED);
    return text.append('\n').toString();
  }

  private static void row(StringBuilder text, RuleDescription description, String area) {
    text.append("| [`")
        .append(description.code())
        .append("`](#")
        .append(description.code().toLowerCase(java.util.Locale.ROOT))
        .append(") | ")
        .append(levels(description))
        .append(" | ")
        .append(area)
        .append(" |\n");
  }

  private static void entry(StringBuilder text, RuleDescription description) {
    text.append("\n### ").append(description.code()).append("\n\n");
    text.append("- **Level:** ").append(levels(description)).append('\n');
    text.append("- **When:** ").append(description.trigger()).append('\n');
    text.append("- **What to do:** ").append(description.action()).append('\n');
    text.append("- **Sources:** ")
        .append(description.sources().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
        .append('\n');
  }

  private static String levels(RuleDescription description) {
    return description.levels().stream().map(FindingLevel::name).collect(Collectors.joining(" or "));
  }

  private static String title(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
