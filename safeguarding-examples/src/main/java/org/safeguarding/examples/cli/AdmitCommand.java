package org.safeguarding.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeguarding admit}: may this person come in from the waiting room now. */
@Command(
    name = "admit",
    description = {
      "Judge one person at the waiting room against the plan and the room: ADMIT, WAIT or "
          + "REFUSE, with every reason. Prints the admission as JSON, or for people with --format."
    },
    footer = {
      "",
      "The room is JSON: {\"present\": [ids in the session], \"removed\": [ids removed]}.",
      "Exit codes: 0 judged (whatever the verdict); 2 invalid plan, room or rulebook (every "
          + "problem with its JSON path on stderr, nothing on stdout); 1 anything else."
    })
final class AdmitCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<plan.json|->",
      description = "The session plan: a JSON file, or '-' to read it from stdin.")
  @Nullable String file;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Use a bundled example plan instead (see 'safeguarding examples').")
  @Nullable String example;

  @Option(
      names = "--room",
      required = true,
      paramLabel = "<room.json|->",
      description = "Who is in the session and who has been removed: a JSON file, or '-'.")
  String room = "";

  @Option(
      names = "--person",
      required = true,
      paramLabel = "ID",
      description = "The id of the staff member or participant at the waiting room.")
  String person = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description =
          "json (the default, the contract), text, markdown or html: the admission for people, with "
              + "times in the rulebook's time zone.")
  ReportFormat format = ReportFormat.JSON;

  @Mixin RulebookOption rulebook;

  private final Terminal terminal;

  AdmitCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Documents.onePlan(spec, file, example);
    Documents.stdinOnce(spec, file, room);
    Documents documents = new Documents(terminal);
    SessionPlan plan = documents.plan(file, example);
    RoomState state = documents.room(room);
    SafeguardingEngine engine = rulebook.engine();
    Admission admission = engine.admit(plan, state, person);
    terminal.out().print(engine.report(plan, state, admission, format));
    return SafeguardingCli.OK;
  }
}
