package org.safeguarding.examples;

import java.nio.file.Path;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/**
 * The quick start: assess a session plan with the {@code uk-default} rulebook and print the
 * decision and the report. The README's quick start is copied from the lines between the tags below
 * (a test keeps it in step).
 *
 * <p>Run it with no arguments for the bundled youth-club plan, or with the path of a plan's JSON.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Assesses a plan and prints the decision and the text report.
   *
   * @param args the path of a plan's JSON, or nothing for the bundled youth-club plan
   */
  public static void main(String[] args) {
    // tag::quick-start[]
    // A session plan: who is coming, the staff and their checks, the platform, the risk register.
    // Yours is read strictly, with every problem and its path; or take a bundled example.
    SessionPlan plan =
        args.length > 0
            ? SafeguardingJson.readPlan(Path.of(args[0]))
            : ExamplePlans.load("youth-club");

    // One engine, built once and shared: immutable, thread-safe, with the uk-default rulebook.
    SafeguardingEngine engine = SafeguardingEngine.ukDefault();
    // Pure: the same plan, the same answer.
    Assessment assessment = engine.assess(plan);

    // GO, GO_WITH_CONDITIONS, POSTPONE or DO_NOT_RUN; the report says why and cites its sources.
    System.out.println("Decision: " + assessment.decision());
    System.out.print(engine.report(plan, assessment, ReportFormat.TEXT));
    // end::quick-start[]
  }
}
