package org.safeguarding.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.Rulebook;
import picocli.CommandLine.Option;

/** The {@code --rulebook FILE} option, shared by every command that judges a plan. */
final class RulebookOption {

  @Option(
      names = "--rulebook",
      paramLabel = "FILE",
      description = "Judge by this rulebook JSON instead of the bundled uk-default.")
  @Nullable Path file;

  Rulebook rulebook() {
    return file == null ? Rulebook.ukDefault() : Rulebook.read(file);
  }

  SafeguardingEngine engine() {
    return file == null
        ? SafeguardingEngine.ukDefault()
        : SafeguardingEngine.builder().rulebook(rulebook()).build();
  }
}
