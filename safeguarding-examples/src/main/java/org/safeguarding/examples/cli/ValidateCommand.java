package org.safeguarding.examples.cli;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safeguarding validate}: is the plan well formed, and what does it hold. */
@Command(
    name = "validate",
    description = {
      "Check a plan's structure against the JSON contract and summarise it. This judges "
          + "nothing: use 'assess' to know whether the session is safe."
    },
    footer = {
      "",
      "Exit codes: 0 valid; 2 invalid plan (every problem with its JSON path on stderr, nothing "
          + "on stdout); 1 anything else."
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "<plan.json|->",
      description = "The plan: a JSON file, or '-' to read it from stdin.")
  @Nullable String file;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      description = "Check a bundled example plan instead.")
  @Nullable String example;

  private final Terminal terminal;

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Documents.onePlan(spec, file, example);
    terminal.out().print(summary(new Documents(terminal).plan(file, example)));
    return SafeguardingCli.OK;
  }

  static String summary(SessionPlan plan) {
    StringBuilder text = new StringBuilder();
    text.append(plan.id())
        .append(": a valid session plan (schemaVersion ")
        .append(SessionPlan.SCHEMA_VERSION)
        .append(")\n");
    line(
        text,
        "service",
        plan.service().name()
            + ", "
            + plan.service().jurisdiction()
            + ", "
            + plan.service().frequency()
            + ", "
            + plan.service().policies().size()
            + " of "
            + Policy.values().length
            + " policies");
    line(
        text,
        "platform",
        plan.platform().name()
            + " ("
            + plan.platform().accounts()
            + " accounts), "
            + plan.platform().controls().size()
            + " controls on");
    line(
        text,
        "session",
        plan.start()
            + " for "
            + plan.durationMinutes()
            + " minutes, "
            + plan.format()
            + ", "
            + plan.interaction());
    line(text, "staff", plan.staff().size() + staffRoles(plan.staff()));
    line(text, "participants", plan.participants().size() + ages(plan.participants()));
    line(text, "risks", plan.risks().size() + " declared");
    text.append("Structure only: use 'assess' to judge whether the session is safe.\n");
    return text.toString();
  }

  private static String staffRoles(List<StaffMember> staff) {
    if (staff.isEmpty()) {
      return "";
    }
    return ": "
        + staff.stream()
            .map(
                member ->
                    member.id()
                        + " "
                        + member.roles().stream().map(Enum::name).collect(Collectors.joining("+")))
            .collect(Collectors.joining(", "));
  }

  private static String ages(List<Participant> participants) {
    IntSummaryStatistics known =
        participants.stream()
            .map(Participant::age)
            .filter(OptionalInt::isPresent)
            .mapToInt(OptionalInt::getAsInt)
            .summaryStatistics();
    long unknown = participants.size() - known.getCount();
    long atRisk = participants.stream().filter(Participant::atRisk).count();
    StringBuilder text = new StringBuilder();
    if (known.getCount() > 0) {
      text.append(", aged ").append(known.getMin()).append(" to ").append(known.getMax());
    }
    return text.append(" (")
        .append(unknown)
        .append(" of unknown age, ")
        .append(atRisk)
        .append(" adults at risk)")
        .toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format("  %-13s%s", label, value)).append('\n');
  }
}
