package org.safeguarding.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.rules.SafeguardingEngine;
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
    terminal
        .out()
        .print(SafeguardingEngine.ukDefault().summary(new Documents(terminal).plan(file, example)));
    return SafeguardingCli.OK;
  }
}
