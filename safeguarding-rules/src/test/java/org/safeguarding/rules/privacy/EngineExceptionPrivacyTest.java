package org.safeguarding.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.internal.report.Reports;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Misusing the engine's API with a plan whose free text is marked never brings the free text back
 * in an exception; and a rule that fails with free text in its exception does not pass it on.
 */
class EngineExceptionPrivacyTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();
  private static final SessionPlan PLAN = MarkedPlans.childrensGroup().build();
  private static final String M = FreeText.marker("id");
  private static final Instant WHEN = Instant.parse("2026-12-04T18:20:00Z");

  @Test
  void admit_aRoomNamingMarkedPeopleNotOnThePlan_isRefusedWithoutEchoingThem() {
    RoomState room = RoomState.builder().addPresent("s1", M).addRemoved(M + "-2").build();

    assertRefusedQuietly(() -> ENGINE.admit(PLAN, room, "p1"), InvalidPlanException.class);
  }

  @Test
  void admit_aMarkedPersonWhoseIdIsInvalid_isRefusedWithoutEchoingIt() {
    RoomState room = RoomState.builder().build();

    assertRefusedQuietly(() -> ENGINE.admit(PLAN, room, M + "\u0000"), InvalidPlanException.class);
    assertRefusedQuietly(() -> ENGINE.admit(PLAN, room, M.repeat(20)), InvalidPlanException.class);
  }

  @Test
  void respond_aRemovalNamingNobodyWithAMarkedInvalidHandler_isRefusedWithoutEchoingIt() {
    // An incident naming people not on the plan is answered (its notes name the ids); one the
    // engine can never answer is refused as it is built, before respond sees it.
    Incident.Builder incident =
        Incident.builder()
            .id("i1")
            .kind(IncidentKind.DISCLOSURE)
            .removed(true)
            .occurredAt(WHEN)
            .handledBy(M + "\u0000");

    assertRefusedQuietly(() -> ENGINE.respond(PLAN, incident.build()), InvalidPlanException.class);
  }

  @Test
  void htmlReport_withAnotherRulebooksMatrix_isRefusedWithoutFreeText() {
    Assessment assessment = ENGINE.assess(PLAN);
    // Residual scores of 4 band as LOW here, not MODERATE as in the assessment.
    Rulebook other =
        Rulebook.builder()
            .from(ENGINE.rulebook())
            .riskBands(
                List.of(
                    BandRange.of(1, 4, RiskBand.LOW),
                    BandRange.of(5, 6, RiskBand.MODERATE),
                    BandRange.of(8, 12, RiskBand.HIGH),
                    BandRange.of(15, 25, RiskBand.EXTREME)))
            .build();

    assertRefusedQuietly(
        () -> Reports.render(ReportFormat.HTML, PLAN, assessment, other, null),
        IllegalArgumentException.class);
  }

  @Test
  void nullArguments_areRefusedNamingTheArgumentOnly() {
    RoomState room = RoomState.builder().build();

    assertRefusedQuietly(() -> ENGINE.admit(PLAN, room, null), NullPointerException.class);
    assertRefusedQuietly(() -> ENGINE.respond(PLAN, null), NullPointerException.class);
    assertRefusedQuietly(
        () -> Reports.render(null, PLAN, ENGINE.assess(PLAN), ENGINE.rulebook(), null),
        NullPointerException.class);
  }

  @Test
  void assess_aRuleThatThrowsTheFreeText_answersRuleFailedWithoutIt() {
    SafeguardingEngine engine =
        engineWith(
            evaluation -> {
              throw new IllegalStateException(
                  "cannot judge " + evaluation.plan().risks().get(0).description().orElseThrow());
            });

    Assessment assessment = engine.assess(PLAN);

    assertThat(assessment.findings()).anyMatch(finding -> finding.rule().equals("RULE_FAILED"));
    FreeText.assertNone("assessment", assessment.toString());
    FreeText.assertNone("assessment JSON", SafeguardingJson.ASSESSMENT.write(assessment));
    // The text report shows the plan's own free text (escaped), but never a rule's exception.
    assertThat(Reports.render(ReportFormat.TEXT, PLAN, assessment, engine.rulebook(), null))
        .doesNotContain("cannot judge");
  }

  @Test
  void assess_aRuleThatReportsAnUndescribedCodeWithFreeText_answersRuleFailedWithoutIt() {
    RuleDescription undescribed =
        RuleDescription.of("NOT_DESCRIBED", FindingLevel.WARNING, "never", "nothing", "none");
    SafeguardingEngine engine =
        engineWith(
            evaluation ->
                evaluation
                    .report(undescribed)
                    .message(evaluation.plan().service().name())
                    .action(evaluation.plan().platform().name()));

    Assessment assessment = engine.assess(PLAN);

    assertThat(assessment.findings()).anyMatch(finding -> finding.rule().equals("RULE_FAILED"));
    FreeText.assertNone("assessment", assessment.toString());
  }

  private static SafeguardingEngine engineWith(Consumer<Evaluation> evaluate) {
    return SafeguardingEngine.builder()
        .addRule(
            new Rule() {
              @Override
              public String name() {
                return "leaky";
              }

              @Override
              public List<RuleDescription> descriptions() {
                return List.of(
                    RuleDescription.of("LEAKY", FindingLevel.ADVICE, "always", "nothing", "none"));
              }

              @Override
              public void evaluate(Evaluation evaluation) {
                evaluate.accept(evaluation);
              }
            })
        .build();
  }

  private static void assertRefusedQuietly(ThrowingCallable call, Class<? extends Throwable> type) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    assertThat(FreeText.assertNoneIn(thrown)).isPositive();
  }
}
