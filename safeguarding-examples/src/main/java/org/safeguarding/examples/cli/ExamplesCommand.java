package org.safeguarding.examples.cli;

import java.util.concurrent.Callable;
import org.safeguarding.examples.plans.ExamplePlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safeguarding examples}: the names of the bundled example plans, one a line. */
@Command(
    name = "examples",
    description = {
      "List the bundled example plans, one name a line, for --example NAME. They are drawn from "
          + "the guidance: a youth club, a recovery college, one-to-one mentoring and a "
          + "livestreamed class."
    })
final class ExamplesCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  private final Terminal terminal;

  ExamplesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    ExamplePlans.names().forEach(terminal.out()::println);
    return SafeguardingCli.OK;
  }
}
