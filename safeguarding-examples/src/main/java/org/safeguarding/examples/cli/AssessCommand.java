package org.safeguarding.examples.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeguarding assess}: is the session safe to run, and why. */
@Command(
    name = "assess",
    description = {
      "Assess a session plan and print a report for the safeguarding lead: the session, the "
          + "decision in words, what to do before the session, the findings with their sources, "
          + "the risk register, consents and supervision, and a footer to sign. The report says "
          + "when it was made (now); json prints the assessment alone."
    },
    footer = {
      "",
      "Exit codes: 0 assessed; 2 invalid plan or rulebook (every problem with its JSON path on "
          + "stderr, nothing on stdout); 3 assessed, and the --fail-on level was reached; "
          + "1 anything else."
    })
final class AssessCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  /** How serious a finding must be to make {@code --fail-on} exit with 3. */
  enum FailOn {
    BLOCKER,
    WARNING;

    boolean reachedBy(Assessment assessment) {
      return !assessment.findings(FindingLevel.BLOCKER).isEmpty()
          || (this == WARNING && !assessment.findings(FindingLevel.WARNING).isEmpty());
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<plan.json|->",
      description = "The plan to assess: a JSON file, or '-' to read it from stdin.")
  @Nullable String file;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Assess a bundled example plan instead (see 'safeguarding examples').")
  @Nullable String example;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (the default), json (the contract), markdown or html.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit with 3 after printing the report when a finding of this level is found: "
              + "blocker, or warning (a warning or a blocker).")
  @Nullable FailOn failOn;

  @Mixin RulebookOption rulebook;

  private final Terminal terminal;

  AssessCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Documents.onePlan(spec, file, example);
    SafeguardingEngine engine = rulebook.engine();
    SessionPlan plan = new Documents(terminal).plan(file, example);
    Assessment assessment = engine.assess(plan);
    // The report says when it was made; the library reads no clock, so the command gives it now.
    terminal.out().print(engine.report(plan, assessment, format, Instant.now()));
    return failOn != null && failOn.reachedBy(assessment)
        ? SafeguardingCli.FAIL_ON_REACHED
        : SafeguardingCli.OK;
  }
}
