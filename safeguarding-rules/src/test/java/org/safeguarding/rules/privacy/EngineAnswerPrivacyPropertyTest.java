package org.safeguarding.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.internal.report.Reports;
import org.safeguarding.rules.report.ReportFormat;

/**
 * The engine's answers never carry a plan's free text: an assessment, an admission and a response
 * plan hold ids, codes and the rules' own words, so no free text may reach their {@code
 * toString()}, their JSON or a report of the assessment, whatever plan they answer.
 */
class EngineAnswerPrivacyPropertyTest {

  private static final int CASES = 1_000;
  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void answers_toAnyMarkedPlan_holdNoFreeText() {
    qt().withExamples(CASES)
        .forAll(MarkedPlans.plans(), arbitrary().enumValues(IncidentKind.class))
        .checkAssert(
            (plan, kind) -> {
              cases.incrementAndGet();
              // The plan's free text is there to leak: every generated plan names its service.
              assertThat(FreeText.holdsMarker(plan.service().name())).isTrue();

              Assessment assessment = ENGINE.assess(plan);

              FreeText.assertNone("assessment", assessment.toString());
              FreeText.assertNone("assessment JSON", SafeguardingJson.ASSESSMENT.write(assessment));
              // The JSON report is the assessment. The other reports are given the plan, and show
              // its free text, escaped, to the people running the session (see Reports).
              FreeText.assertNone(
                  "JSON report",
                  Reports.render(ReportFormat.JSON, plan, assessment, ENGINE.rulebook(), null));
              RoomState room =
                  RoomState.builder()
                      .addAllPresent(plan.staff().stream().map(StaffMember::id).toList())
                      .build();
              for (Participant participant : plan.participants()) {
                Admission admission = ENGINE.admit(plan, room, participant.id());
                FreeText.assertNone("admission", admission.toString());
                FreeText.assertNone("admission JSON", SafeguardingJson.ADMISSION.write(admission));
              }
              ResponsePlan response = ENGINE.respond(plan, incident(plan, kind));
              FreeText.assertNone("response plan", response.toString());
              FreeText.assertNone(
                  "response plan JSON", SafeguardingJson.RESPONSE_PLAN.write(response));
              // Ids not on the plan are answered with notes, which hold ids and the engine's words.
              ResponsePlan noted = ENGINE.respond(plan, incidentNotOnPlan(plan, kind));
              assertThat(noted.notes()).hasSize(2);
              FreeText.assertNone("response plan with notes", noted.toString());
              FreeText.assertNone(
                  "response plan with notes JSON", SafeguardingJson.RESPONSE_PLAN.write(noted));
            });
  }

  /** Ids with '~', which the plan generators never use, so that no plan holds them. */
  private static Incident incidentNotOnPlan(SessionPlan plan, IncidentKind kind) {
    return Incident.builder()
        .id("i2")
        .participant("visitor~1")
        .kind(kind)
        .removed(true)
        .occurredAt(plan.start())
        .handledBy("cover~1")
        .build();
  }

  private static Incident incident(SessionPlan plan, IncidentKind kind) {
    return Incident.builder()
        .id("i1")
        .participant(plan.participants().get(0).id())
        .kind(kind)
        .removed(true)
        .riskToLife(kind == IncidentKind.ABUSE_SUSPECTED)
        .occurredAt(plan.start())
        .handledBy(plan.staff().get(0).id())
        .build();
  }
}
