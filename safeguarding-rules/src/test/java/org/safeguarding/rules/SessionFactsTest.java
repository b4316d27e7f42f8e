package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.Plans;
import org.safeguarding.rules.rulebook.Rulebook;

class SessionFactsTest {

  private final Rulebook rulebook = Rulebook.ukDefault();

  @Test
  void of_plan_givesTheFactsTheEngineJudgesBy() {
    SessionPlan plan = Plans.childrensGroup().build();

    SessionFacts facts = SessionFacts.of(plan, rulebook);
    Assessment assessment = SafeguardingEngine.ukDefault().assess(plan);

    assertThat(facts.asOf()).isEqualTo(assessment.asOf());
    assertThat(facts.countedAdults())
        .isEqualTo(assessment.supervision().orElseThrow().countedAdults());
    assertThat(facts.plan()).isSameAs(plan);
  }

  @Test
  void of_sessionAfterMidnightInLondonSummerTime_isJudgedAtTheLondonDate() {
    SessionPlan plan = Plans.childrensGroup().start(Instant.parse("2026-07-01T23:30:00Z")).build();

    assertThat(SessionFacts.of(plan, rulebook).asOf()).isEqualTo(LocalDate.of(2026, 7, 2));
  }

  @Test
  void of_null_namesTheArgument() {
    assertThatNullPointerException()
        .isThrownBy(() -> SessionFacts.of(null, rulebook))
        .withMessage("plan");
    assertThatNullPointerException()
        .isThrownBy(() -> SessionFacts.of(Plans.childrensGroup().build(), null))
        .withMessage("rulebook");
  }
}
