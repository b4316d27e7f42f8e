package org.safeguarding.examples.cli;

import java.util.concurrent.Callable;
import org.safeguarding.core.json.SafeguardingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code safeguarding schema}: the JSON Schema of the session plan, for tools in any language. */
@Command(
    name = "schema",
    description = {
      "Print the JSON Schema (draft 2020-12) of the session plan, schemaVersion 1. The reader "
          + "also checks what a schema cannot say, such as ids unique across staff and "
          + "participants; 'validate' and 'assess' apply every check."
    })
final class SchemaCommand implements Callable<Integer> {

  @Mixin HelpOption help;

  private final Terminal terminal;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.out().print(SafeguardingJson.planSchema());
    return SafeguardingCli.OK;
  }
}
