package org.safeguarding.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeguarding respond}: what must happen after an incident, by whom and by when. */
@Command(
    name = "respond",
    description = {
      "List what must happen after an incident in a session: each action with its owner and "
          + "the instant it is due, in order, and a note on each id in the incident that the "
          + "plan does not hold. Prints the response plan as JSON, or for people with --format."
    },
    footer = {
      "",
      "Exit codes: 0 done; 2 invalid plan, incident or rulebook (every problem with its JSON "
          + "path on stderr, nothing on stdout); 1 anything else."
    })
final class RespondCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..2",
      paramLabel = "<plan.json|-> <incident.json|->",
      description =
          "The session plan (left out with --example) and the incident: JSON files, or '-' "
              + "for the one read from stdin.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Use a bundled example plan instead of a plan file.")
  @Nullable String example;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description =
          "json (the default, the contract), text, markdown or html: the response plan for people, with "
              + "times in the rulebook's time zone.")
  ReportFormat format = ReportFormat.JSON;

  @Mixin RulebookOption rulebook;

  private final Terminal terminal;

  RespondCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    int expected = example == null ? 2 : 1;
    if (files.size() != expected) {
      throw new ParameterException(
          spec.commandLine(),
          example == null
              ? "give a plan and an incident: two files, one of which may be '-'"
              : "give one incident file (or '-') after --example NAME");
    }
    @Nullable String planFile = example == null ? files.get(0) : null;
    String incidentFile = files.get(files.size() - 1);
    Documents.stdinOnce(spec, planFile, incidentFile);
    Documents documents = new Documents(terminal);
    SessionPlan plan = documents.plan(planFile, example);
    Incident incident = documents.incident(incidentFile);
    SafeguardingEngine engine = rulebook.engine();
    ResponsePlan response = engine.respond(plan, incident);
    terminal.out().print(engine.report(plan, incident, response, format));
    return SafeguardingCli.OK;
  }
}
