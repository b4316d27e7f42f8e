package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.RuleSettings;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

/** Rules made with {@code Rule.of}: the fluent report, settings from the rulebook, and failures. */
class CustomRuleApiTest {

  private static final RuleDescription LATE =
      RuleDescription.of(
          "LATE_SESSION", FindingLevel.WARNING, "A session ends late.", "Finish earlier.", "s4");
  private static final RuleDescription TWO_LEVELS =
      RuleDescription.withLevels(
          "TWO_LEVELS",
          java.util.EnumSet.of(FindingLevel.WARNING, FindingLevel.ADVICE),
          "Something at two levels.",
          "Do something.",
          "s5");
  private static final Setting<LocalTime> LATEST_END = Setting.timeOfDay("latestEnd");
  private static final Setting<Integer> UNDER_AGE = Setting.wholeNumber("underAge", 1, 18);

  private static final SessionPlan PLAN = SafePlans.childrensGroup().build();

  private static Rulebook withSettings(String rule, Map<String, ?> settings) {
    return Rulebook.builder()
        .from(Rulebook.ukDefault())
        .name("ours")
        .version("1")
        .extension(rule, RuleSettings.of(settings))
        .build();
  }

  private static List<Finding> findingsOf(Assessment assessment, String code) {
    return assessment.findings().stream().filter(f -> f.rule().equals(code)).toList();
  }

  @Test
  void fluentReport_withSubjectMessageAndAction_addsTheFinding() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation ->
                evaluation
                    .report(LATE)
                    .about("p1")
                    .message("p1 stays late")
                    .action("Send p1 home"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
              assertThat(finding.subject()).contains("p1");
              assertThat(finding.message()).isEqualTo("p1 stays late");
              assertThat(finding.action()).isEqualTo("Send p1 home");
              assertThat(finding.sources()).containsExactly("s4");
            });
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void fluentReport_byCodeWithoutSubject_isAboutTheWholeSession() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation -> evaluation.report("LATE_SESSION").message("late").action("Finish"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.subject()).isEmpty());
  }

  @Test
  void fluentReport_atOneOfSeveralLevels_usesThatLevel() {
    Rule rule =
        Rule.of(
            "two",
            List.of(TWO_LEVELS),
            evaluation ->
                evaluation.report(TWO_LEVELS).at(FindingLevel.ADVICE).message("m").action("a"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "TWO_LEVELS"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE));
  }

  @Test
  void fluentReport_withParameters_carriesThemInOrderWithItsOwnWords() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation ->
                evaluation
                    .report(LATE)
                    .about("p1")
                    .with("participant", "p1")
                    .with("level", org.safeguarding.core.plan.CheckLevel.ENHANCED)
                    .with("minutes", 30)
                    .with("date", java.time.LocalDate.of(2026, 12, 4))
                    .message("p1 stays 30 minutes late")
                    .action("Send p1 home"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.message()).isEqualTo("p1 stays 30 minutes late");
              assertThat(finding.template()).isEmpty();
              assertThat(finding.parameters())
                  .containsExactly(
                      Map.entry("participant", "p1"),
                      Map.entry("level", "ENHANCED"),
                      Map.entry("minutes", "30"),
                      Map.entry("date", "2026-12-04"));
            });
  }

  @Test
  void worded_ofACodeTheCatalogueLacks_failsTheRuleRatherThanPrintABrace() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation -> evaluation.report(LATE).with("participant", "p1").worded());

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION")).isEmpty();
    assertThat(findingsOf(assessment, "RULE_FAILED"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.subject()).contains("late");
              assertThat(finding.message()).contains("java.lang.IllegalStateException");
            });
    assertThat(assessment.findings())
        .allSatisfy(finding -> assertThat(finding.message()).doesNotContain("{"));
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void with_aMalformedNameOrBlankValue_failsTheRule() {
    for (Rule rule :
        List.of(
            Rule.of(
                "late",
                List.of(LATE),
                evaluation ->
                    evaluation.report(LATE).with("Participant", "p1").message("m").action("a")),
            Rule.of(
                "late",
                List.of(LATE),
                evaluation ->
                    evaluation.report(LATE).with("participant", " ").message("m").action("a")),
            Rule.of(
                "late",
                List.of(LATE),
                evaluation -> evaluation.report(LATE).message("m").worded("Not a variant")))) {
      Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

      assertThat(findingsOf(assessment, "LATE_SESSION")).isEmpty();
      assertThat(findingsOf(assessment, "RULE_FAILED")).hasSize(1);
    }
  }

  @Test
  void report_afterAFailedWorded_isNotLeftOpen() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation -> {
              try {
                evaluation.report(LATE).worded();
              } catch (IllegalStateException expected) {
                // the catalogue has no words for LATE_SESSION: the report is closed all the same
              }
              evaluation.report(LATE).about("p1").message("p1 stays late").action("Send p1 home");
            });

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION")).hasSize(1);
    assertThat(findingsOf(assessment, "RULE_FAILED")).isEmpty();
  }

  @Test
  void report_withoutMessage_failsTheRuleWithItsErrorType() {
    Rule rule = Rule.of("late", List.of(LATE), evaluation -> evaluation.report(LATE).action("a"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION")).isEmpty();
    assertThat(findingsOf(assessment, "RULE_FAILED"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.subject()).contains("late");
              assertThat(finding.message()).contains("java.lang.IllegalStateException");
            });
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void report_leftUnfinished_failsTheRule() {
    Rule rule = Rule.of("late", List.of(LATE), evaluation -> evaluation.report(LATE).message("m"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION")).isEmpty();
    assertThat(findingsOf(assessment, "RULE_FAILED")).hasSize(1);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void report_ofSeveralLevelsWithoutLevel_failsTheRule() {
    Rule rule =
        Rule.of(
            "two",
            List.of(TWO_LEVELS),
            evaluation -> evaluation.report(TWO_LEVELS).message("m").action("a"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "TWO_LEVELS")).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void ruleThatThrows_isReportedWithTheTypeNeverTheMessage() {
    Rule rule =
        Rule.of(
            "nosy",
            List.of(LATE),
            evaluation -> {
              throw new UnsupportedOperationException(
                  "leaked " + evaluation.plan().service().name());
            });

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "RULE_FAILED"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.message()).contains("java.lang.UnsupportedOperationException");
              assertThat(finding.message()).doesNotContain("leaked");
              assertThat(finding.message()).doesNotContain(PLAN.service().name());
            });
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void settings_fromTheRulebookExtensions_areReadTyped() {
    Rule rule =
        Rule.of(
            "late-session",
            List.of(LATE),
            List.of(LATEST_END, UNDER_AGE),
            evaluation ->
                evaluation
                    .report(LATE)
                    .message(evaluation.setting(LATEST_END) + " " + evaluation.setting(UNDER_AGE))
                    .action("a"));
    Rulebook rulebook =
        withSettings(
            "late-session", Map.of("latestEnd", "20:45", "underAge", BigDecimal.valueOf(14)));

    Assessment assessment =
        SafeguardingEngine.builder().rulebook(rulebook).addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).isEqualTo("20:45 14"));
  }

  @Test
  void settings_missingMisspeltOrOutOfRange_stopTheEngineBeingBuiltWithPaths() {
    Rule rule = Rule.of("late-session", List.of(LATE), List.of(LATEST_END, UNDER_AGE), e -> {});
    Rulebook rulebook =
        withSettings("late-session", Map.of("latestEnd", "25:00", "underAg", BigDecimal.ONE));

    assertThatThrownBy(() -> SafeguardingEngine.builder().rulebook(rulebook).addRule(rule).build())
        .isInstanceOf(InvalidRulebookException.class)
        .hasMessageContaining(
            "$.extensions['late-session'].latestEnd: must be a time of day written hh:mm")
        .hasMessageContaining("$.extensions['late-session'].underAge: is required")
        .hasMessageContaining(
            "$.extensions['late-session'].underAg: is not a setting of rule late-session");
  }

  @Test
  void extensions_namingNoRuleOfTheEngine_stopTheEngineBeingBuilt() {
    Rulebook rulebook = withSettings("no-such-rule", Map.of("x", "y"));

    assertThatThrownBy(() -> SafeguardingEngine.builder().rulebook(rulebook).build())
        .isInstanceOf(InvalidRulebookException.class)
        .hasMessageContaining("$.extensions['no-such-rule']: names no rule of this engine");
  }

  @Test
  void setting_withDefault_isUsedWhenTheRulebookGivesNone() {
    Setting<Integer> age = Setting.wholeNumber("underAge", 1, 18).orElse(16);
    Rule rule =
        Rule.of(
            "late-session",
            List.of(LATE),
            List.of(age),
            evaluation ->
                evaluation.report(LATE).message("" + evaluation.setting(age)).action("a"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "LATE_SESSION"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).isEqualTo("16"));
    assertThatThrownBy(() -> Setting.wholeNumber("underAge", 1, 18).orElse(40))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void setting_notDeclaredByTheRunningRule_failsTheRule() {
    Rule rule =
        Rule.of(
            "late",
            List.of(LATE),
            evaluation ->
                evaluation.report(LATE).message("" + evaluation.setting(UNDER_AGE)).action("a"));

    Assessment assessment = SafeguardingEngine.builder().addRule(rule).build().assess(PLAN);

    assertThat(findingsOf(assessment, "RULE_FAILED"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("IllegalArgumentException"));
  }

  @Test
  void ruleOf_withBlankNameNoCodesOrRepeatedSettings_isRefused() {
    assertThatThrownBy(() -> Rule.of(" ", List.of(LATE), e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("r", List.of(), e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("r", List.of(LATE), List.of(UNDER_AGE, UNDER_AGE), e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
