package org.safeguarding.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line with captured streams, for the command tests. */
final class CommandLineRun {

  final int code;
  final String out;
  final String err;

  private CommandLineRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CommandLineRun withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** With raw bytes on standard input, which need not be UTF-8. */
  static CommandLineRun withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new SafeguardingCli(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin))
            .run(args);
    return new CommandLineRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CommandLineRun of(String... args) {
    return withStdin("", args);
  }
}
