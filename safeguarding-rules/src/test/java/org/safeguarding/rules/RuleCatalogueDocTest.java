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
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.rules.rulebook.Deadline;

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
  private static final String DOOR_BEGIN =
      "<!-- The door's codes below are checked against the engine by RuleCatalogueDocTest. -->\n";
  private static final String DOOR_END = "<!-- End of the checked door codes. -->\n";
  private static final String ACTIONS_BEGIN =
      "<!-- The incident actions below are checked against the engine by RuleCatalogueDocTest."
          + " -->\n";
  private static final String ACTIONS_END = "<!-- End of the checked incident actions. -->\n";

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
    checkSection(BEGIN, END, catalogue());
  }

  @Test
  void docsRules_doorCodesMatchTheEngine() throws IOException {
    checkSection(DOOR_BEGIN, DOOR_END, doorCodes());
  }

  @Test
  void docsRules_incidentActionsMatchTheEngine() throws IOException {
    checkSection(ACTIONS_BEGIN, ACTIONS_END, incidentActions());
  }

  @Test
  void engine_listsEveryDoorCodeAndEveryAction() {
    assertThat(SafeguardingEngine.ukDefault().admissionRules())
        .extracting(AdmissionRule::code)
        .containsExactly(
            "ADMIT_UNKNOWN_PERSON",
            "ADMIT_REMOVED",
            "ADMIT_CONSENT_MISSING",
            "ADMIT_STAFF_UNCHECKED",
            "ADMIT_SESSION_BLOCKED",
            "ADMIT_CONSENT_UNVERIFIED",
            "ADMIT_AWAIT_ADULTS",
            "ADMIT_AWAIT_RATIO",
            "ADMIT_IDENTITY_CHECK",
            "ADMIT_LEAD_UNAVAILABLE");
    assertThat(SafeguardingEngine.ukDefault().responseActions())
        .extracting(ActionRule::action)
        .containsExactly(ResponseAction.values());
  }

  private static void checkSection(String beginMarker, String endMarker, String expected)
      throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(beginMarker);
    int end = doc.indexOf(endMarker);
    assertThat(begin).as("docs/rules.md must hold the markers " + beginMarker).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    if (Boolean.getBoolean("safeguarding.updateDocs")) {
      doc = doc.substring(0, begin + beginMarker.length()) + expected + doc.substring(end);
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
      begin = doc.indexOf(beginMarker);
      end = doc.indexOf(endMarker);
    }

    assertThat(doc.substring(begin + beginMarker.length(), end))
        .as(
            "docs/rules.md; if a rule changed on purpose, rerun with"
                + " -Dsafeguarding.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void docsRules_explainEverySourceTheRulesCite() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String sources = doc.substring(doc.indexOf("\n## Sources\n"));

    SafeguardingEngine engine = SafeguardingEngine.ukDefault();
    List<String> cited = new ArrayList<>();
    engine.rules().forEach(rule -> cited.addAll(rule.sources()));
    engine.admissionRules().forEach(rule -> cited.addAll(rule.sources()));
    engine.responseActions().forEach(action -> cited.addAll(action.sources()));

    assertThat(cited).allSatisfy(source -> assertThat(sources).contains("- `" + source + "`"));
  }

  /** The door's codes as Markdown: a table, then one entry per code. */
  private static String doorCodes() {
    StringBuilder text = new StringBuilder("\n| Code | Verdict |\n|---|---|\n");
    List<AdmissionRule> rules = SafeguardingEngine.ukDefault().admissionRules();
    for (AdmissionRule rule : rules) {
      text.append("| [`")
          .append(rule.code())
          .append("`](#")
          .append(rule.code().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(rule.verdict())
          .append(" |\n");
    }
    for (AdmissionRule rule : rules) {
      text.append("\n### ").append(rule.code()).append("\n\n");
      text.append("- **Verdict:** ").append(rule.verdict()).append('\n');
      text.append("- **When:** ").append(rule.trigger()).append('\n');
      text.append("- **Sources:** ").append(quoted(rule.sources())).append('\n');
    }
    return text.append('\n').toString();
  }

  /**
   * The incident actions as Markdown: a table with the uk-default deadlines, then one entry each.
   */
  private static String incidentActions() {
    SafeguardingEngine engine = SafeguardingEngine.ukDefault();
    StringBuilder text =
        new StringBuilder("\n| Action | Due (`uk-default`) | Owner |\n|---|---|---|\n");
    for (ActionRule rule : engine.responseActions()) {
      Deadline deadline = engine.rulebook().deadline(rule.action());
      text.append("| [`")
          .append(rule.action())
          .append("`](#")
          .append(rule.action().name().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(words(deadline))
          .append(" | ")
          .append(rule.owner())
          .append(" |\n");
    }
    for (ActionRule rule : engine.responseActions()) {
      text.append("\n### ").append(rule.action()).append("\n\n");
      text.append("- **When:** ").append(rule.trigger()).append('\n');
      text.append("- **Owner:** ").append(rule.owner()).append('\n');
      text.append("- **Sources:** ").append(quoted(rule.sources())).append('\n');
    }
    return text.append('\n').toString();
  }

  /** "15 minutes after the incident", "at the session's end", "1 day after the end of ...". */
  private static String words(Deadline deadline) {
    String from;
    switch (deadline.from()) {
      case SESSION_END:
        from = "the session's end";
        break;
      case END_OF_INCIDENT_DAY:
        from = "the end of the incident's day";
        break;
      default:
        from = "the incident";
        break;
    }
    String amount;
    if (deadline.within() instanceof java.time.Period) {
      int days = ((java.time.Period) deadline.within()).getDays();
      amount = days == 0 ? "" : days + (days == 1 ? " day" : " days");
    } else {
      java.time.Duration duration = (java.time.Duration) deadline.within();
      amount =
          duration.isZero()
              ? ""
              : duration.toMinutes() % 60 == 0
                  ? duration.toHours() + " hours"
                  : duration.toMinutes() + " minutes";
    }
    return (amount.isEmpty() ? "at " : amount + " after ")
        + from
        + " (`"
        + deadline.within()
        + "`)";
  }

  private static String quoted(List<String> sources) {
    return sources.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
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
        .append(
            description.sources().stream()
                .map(s -> "`" + s + "`")
                .collect(Collectors.joining(", ")))
        .append('\n');
  }

  private static String levels(RuleDescription description) {
    return description.levels().stream()
        .map(FindingLevel::name)
        .collect(Collectors.joining(" or "));
  }

  private static String title(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
