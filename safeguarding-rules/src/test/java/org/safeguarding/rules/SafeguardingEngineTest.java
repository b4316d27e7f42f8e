package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.rules.testing.DefaultRulebookText.ukDefaultText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

class SafeguardingEngineTest {

  private static final RuleDescription CUSTOM_WARNING =
      RuleDescription.of(
          "CUSTOM_WARNING",
          FindingLevel.WARNING,
          "Always fires, for testing.",
          "Nothing to do.",
          "test source");

  private static final RuleDescription CUSTOM_ADVICE =
      RuleDescription.of(
          "CUSTOM_ADVICE", FindingLevel.ADVICE, "Never used.", "Nothing to do.", "test source");

  /** A rule reporting one warning about the whole session. */
  private static final class WarningRule implements Rule {
    @Override
    public String name() {
      return "custom";
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(CUSTOM_WARNING);
    }

    @Override
    public void evaluate(Evaluation evaluation) {
      evaluation.report(CUSTOM_WARNING).message("the custom rule fired").action("Nothing to do");
    }
  }

  /** A rule that throws, after reporting a finding of its own. */
  private static final class FailingRule implements Rule {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
      return "failing";
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(CUSTOM_ADVICE);
    }

    @Override
    public void evaluate(Evaluation evaluation) {
      runs.incrementAndGet();
      throw new IllegalStateException("deliberate failure with p1 in the message");
    }
  }

  @Test
  void assess_ruleThatThrows_givesDoNotRunWithRuleFailedNamingIt() {
    FailingRule failing = new FailingRule();
    SafeguardingEngine engine = SafeguardingEngine.builder().addRule(failing).build();

    Assessment assessment = engine.assess(SafePlans.childrensGroup().build());

    assertThat(failing.runs).hasValue(1);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(assessment.findings()).hasSize(1);
    Finding finding = assessment.findings().get(0);
    assertThat(finding.rule()).isEqualTo("RULE_FAILED");
    assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
    assertThat(finding.subject()).contains("failing");
    assertThat(finding.message()).contains("failing").doesNotContain("deliberate");
    // The other rules still ran and reported their working.
    assertThat(assessment.supervision()).isPresent();
    assertThat(assessment.consents()).hasSize(2);
  }

  @Test
  void assess_ruleThatThrowsAnError_isStillCaught() {
    Rule overflowing =
        new Rule() {
          @Override
          public String name() {
            return "overflowing";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(CUSTOM_ADVICE);
          }

          @Override
          public void evaluate(Evaluation evaluation) {
            throw new StackOverflowError();
          }
        };

    Assessment assessment =
        SafeguardingEngine.builder()
            .addRule(overflowing)
            .build()
            .assess(SafePlans.childrensGroup().build());

    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
    assertThat(assessment.findings())
        .extracting(Finding::subject)
        .containsExactly(Optional.of("overflowing"));
  }

  @Test
  void assess_ruleReportingACodeItDoesNotDescribe_fails() {
    Rule sneaky =
        new Rule() {
          @Override
          public String name() {
            return "sneaky";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(CUSTOM_ADVICE);
          }

          @Override
          public void evaluate(Evaluation evaluation) {
            evaluation.report(CUSTOM_WARNING).message("not mine").action("Nothing");
          }
        };

    Assessment assessment =
        SafeguardingEngine.builder()
            .addRule(sneaky)
            .build()
            .assess(SafePlans.childrensGroup().build());

    assertThat(assessment.findings()).extracting(Finding::rule).containsExactly("RULE_FAILED");
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_customRuleWarning_givesGoWithConditions() {
    SafeguardingEngine engine = SafeguardingEngine.builder().addRule(new WarningRule()).build();

    Assessment assessment = engine.assess(SafePlans.childrensGroup().build());

    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(assessment.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo("CUSTOM_WARNING");
              assertThat(finding.subject()).isEmpty();
              assertThat(finding.sources()).containsExactly("test source");
            });
    assertThat(engine.rules())
        .extracting(RuleDescription::code)
        .contains("CUSTOM_WARNING", "RULE_FAILED");
  }

  @Test
  void build_customRuleReusingABuiltInCode_isRefused() {
    Rule clash =
        new Rule() {
          @Override
          public String name() {
            return "clash";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(
                RuleDescription.of("CONSENT_MISSING", FindingLevel.ADVICE, "t", "a", "s"));
          }

          @Override
          public void evaluate(Evaluation evaluation) {}
        };

    assertThatThrownBy(() -> SafeguardingEngine.builder().addRule(clash).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule code CONSENT_MISSING of rule clash is already defined by rule consent");
  }

  @Test
  void build_twoRulesWithOneName_isRefused() {
    assertThatThrownBy(
            () ->
                SafeguardingEngine.builder()
                    .addRule(new WarningRule())
                    .addRule(new WarningRule())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"custom\"");
  }

  @Test
  void build_ruleGivenAtTheDoorAsACodeTheDoorDoesNotHave_isRefused() {
    RuleDescription misnamed =
        RuleDescription.of("CUSTOM_BLOCK", FindingLevel.BLOCKER, "t", "a", "s")
            .givenAtTheDoorAs("ADMIT_WHENEVER");
    Rule rule =
        new Rule() {
          @Override
          public String name() {
            return "misnamed";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(misnamed);
          }

          @Override
          public void evaluate(Evaluation evaluation) {}
        };

    assertThatThrownBy(() -> SafeguardingEngine.builder().addRule(rule).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule code CUSTOM_BLOCK of rule misnamed is given at the door as ADMIT_WHENEVER, which"
                + " is not one of the door's codes");
  }

  @Test
  void ruleDescriptions_sayWhatTheirBlockersDo() {
    Map<String, RuleDescription> rules = new HashMap<>();
    SafeguardingEngine.ukDefault().rules().forEach(rule -> rules.put(rule.code(), rule));

    assertThat(rules.get("SAFEGUARDING_LEAD_UNAVAILABLE").postpones()).isTrue();
    assertThat(rules.get("SAFEGUARDING_LEAD_UNAVAILABLE").doorReason())
        .contains("ADMIT_LEAD_UNAVAILABLE");
    for (String code :
        List.of("CONSENT_MISSING", "CONSENT_WITHDRAWN", "RECORDING_CONSENT_MISSING")) {
      assertThat(rules.get(code).doorHold()).isEqualTo(RuleDescription.DoorHold.ITS_PARTICIPANT);
      assertThat(rules.get(code).doorReason()).contains("ADMIT_CONSENT_MISSING");
    }
    assertThat(rules.get("ONE_TO_ONE_UNSAFEGUARDED").doorReason()).contains("ADMIT_AWAIT_ADULTS");
    // Every other blocker postpones nothing and holds every participant.
    for (RuleDescription rule : rules.values()) {
      if (rule.levels().contains(FindingLevel.BLOCKER)
          && rule.doorHold() == RuleDescription.DoorHold.EVERY_PARTICIPANT) {
        assertThat(rule.postpones())
            .as(rule.code())
            .isEqualTo(rule.code().equals("SAFEGUARDING_LEAD_UNAVAILABLE"));
      }
    }
    assertThat(rules.get("RULE_FAILED").doorHold())
        .isEqualTo(RuleDescription.DoorHold.EVERY_PARTICIPANT);
    assertThat(rules.get("STAFF_CHECK_MISSING").doorHold())
        .isEqualTo(RuleDescription.DoorHold.EVERY_PARTICIPANT);
  }

  @Test
  void ruleDescription_malformedCodeOrNoSource_isRefused() {
    assertThatThrownBy(() -> RuleDescription.of("lower_case", FindingLevel.ADVICE, "t", "a", "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleDescription.of("NO_SOURCE", FindingLevel.ADVICE, "t", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule NO_SOURCE must cite at least one source");
  }

  @Test
  void rules_listEveryCatalogueCodeOnceInOrder() {
    List<String> codes =
        SafeguardingEngine.ukDefault().rules().stream().map(RuleDescription::code).toList();

    assertThat(codes).doesNotHaveDuplicates().isSorted().hasSize(41);
    assertThat(codes)
        .contains(
            "POLICY_MISSING",
            "CONSENT_MISSING",
            "SUPERVISION_SHORTFALL",
            "STAFF_CHECK_MISSING",
            "PLATFORM_CONTROL_MISSING",
            "ATTENDANCE_NOT_RECORDED",
            "RISK_EXTREME",
            "RISK_UNDERRATED",
            "RISK_ASSESSMENT_MISSING",
            "BROADCAST_IS_INTERACTIVE",
            "RULE_FAILED");
  }

  @Test
  void assess_findingsAreOrderedByLevelThenRuleThenSubject() {
    SessionPlan plan =
        SafePlans.childrensGroup()
            .attendanceRecorded(false)
            .safeguardingLeadAvailable(false)
            .participants(
                List.of(
                    SafePlans.child("p2", 10).surnameVisible(true).build(),
                    SafePlans.child("p1", 10).surnameVisible(true).consents(List.of()).build()))
            .build();

    List<Finding> findings = SafeguardingEngine.ukDefault().assess(plan).findings();

    assertThat(findings)
        .extracting(
            finding -> finding.level() + " " + finding.rule() + " " + finding.subject().orElse("-"))
        .containsExactly(
            "BLOCKER CONSENT_MISSING p1",
            "BLOCKER SAFEGUARDING_LEAD_UNAVAILABLE -",
            "WARNING ATTENDANCE_NOT_RECORDED -",
            "ADVICE SURNAME_VISIBLE p1",
            "ADVICE SURNAME_VISIBLE p2");
  }

  @Test
  void assess_samePlanTwice_givesByteIdenticalJson() {
    SessionPlan plan = SafePlans.childrensGroup().risks(List.of()).holdingScreen(false).build();
    SafeguardingEngine other = SafeguardingEngine.builder().rulebook(Rulebook.ukDefault()).build();

    String first = SafeguardingJson.ASSESSMENT.write(SafeguardingEngine.ukDefault().assess(plan));
    String second = SafeguardingJson.ASSESSMENT.write(other.assess(plan));

    assertThat(second).isEqualTo(first);
    assertThat(first).contains("\"rulebook\": {", "\"inferred-session-hijack\"");
  }

  @Test
  void assess_namesTheRulebookAndJudgesAtTheLondonDate() {
    SessionPlan lateSummerSession =
        SafePlans.childrensGroup().start(java.time.Instant.parse("2026-06-30T23:30:00Z")).build();

    Assessment assessment = SafeguardingEngine.ukDefault().assess(lateSummerSession);

    assertThat(assessment.rulebook().name()).isEqualTo("uk-default");
    assertThat(assessment.rulebook().version()).isEqualTo("2026.2");
    assertThat(assessment.asOf()).hasToString("2026-07-01");
  }

  @Test
  void assess_ruleThatTriesToChangeTheEnginesWorking_failsAndChangesNothing() {
    Rule meddling =
        new Rule() {
          @Override
          public String name() {
            return "meddling";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(CUSTOM_ADVICE);
          }

          @Override
          public void evaluate(Evaluation evaluation) {
            evaluation.risks().clear();
          }
        };
    SessionPlan plan = SafePlans.childrensGroup().build();

    Assessment assessment = SafeguardingEngine.builder().addRule(meddling).build().assess(plan);

    assertThat(assessment.findings()).extracting(Finding::rule).containsExactly("RULE_FAILED");
    assertThat(assessment.risks()).hasSize(2);
  }

  @Test
  void assess_policyTheRulebookRatesAsAdvice_isReportedAsAdvice() {
    Rulebook rulebook =
        Rulebook.read(
            ukDefaultText()
                .replace("\"ONLINE_SAFETY\": \"WARNING\"", "\"ONLINE_SAFETY\": \"ADVICE\""));
    SessionPlan plan =
        SafePlans.childrensGroup()
            .service(
                SafePlans.service(org.safeguarding.core.plan.Jurisdiction.ENGLAND)
                    .policies(
                        java.util.EnumSet.complementOf(
                            java.util.EnumSet.of(org.safeguarding.core.plan.Policy.ONLINE_SAFETY)))
                    .build())
            .build();

    Assessment assessment = SafeguardingEngine.builder().rulebook(rulebook).build().assess(plan);

    assertThat(assessment.findings())
        .extracting(
            finding -> finding.rule() + " " + finding.level() + " " + finding.subject().orElse("-"))
        .containsExactly("POLICY_MISSING ADVICE ONLINE_SAFETY");
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }
}
