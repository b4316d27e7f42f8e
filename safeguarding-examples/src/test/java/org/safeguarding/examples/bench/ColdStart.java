package org.safeguarding.examples.bench;

import java.nio.file.Path;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * One cold start: a fresh JVM reads a plan's JSON, builds one engine, answers once and prints the
 * answer. {@link ColdStartsAndSizes} times whole runs of it, process start to exit.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Runs one cold start.
   *
   * @param args the engine ({@code ours-full}, or one of {@link RuleSubset#ENGINES}) and the plan
   *     file
   */
  public static void main(String[] args) {
    SessionPlan plan = SafeguardingJson.PLAN.read(Path.of(args[1]));
    if (args[0].equals("ours-full")) {
      System.out.print(SafeguardingEngine.ukDefault().report(plan, ReportFormat.TEXT));
    } else {
      System.out.println(RuleSubset.named(args[0], Rulebook.ukDefault()).answer(plan));
    }
  }
}
