package org.safeguarding.examples.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a command: its usage on stdout, exit 0. */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
