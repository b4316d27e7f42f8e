package org.safeguarding.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safeguarding rulebook}: the rulebook the other commands would judge by. */
@Command(
    name = "rulebook",
    description = {
      "Print the effective rulebook as JSON: the bundled uk-default, or the --rulebook FILE "
          + "after strict loading, written canonically. A layer (\"basedOn\") is printed whole, "
          + "merged into its base, with its basedOn kept: it reads back as the same rulebook. "
          + "Copy it to start your own."
    },
    footer = {
      "",
      "Exit codes: 0 done; 2 invalid rulebook (every problem with its JSON path on stderr); "
          + "1 anything else."
    })
final class RulebookCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  @Mixin RulebookOption rulebook;

  private final Terminal terminal;

  RulebookCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.out().print(rulebook.rulebook().toJson());
    return SafeguardingCli.OK;
  }
}
