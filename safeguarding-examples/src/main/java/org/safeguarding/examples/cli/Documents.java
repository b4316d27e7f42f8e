package org.safeguarding.examples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the documents a command is given: a file, {@code -} for standard input, or, for a plan, a
 * bundled example. Nothing is printed until every document has been read, so invalid input leaves
 * standard output empty.
 */
final class Documents {

  static final String STDIN = "-";

  private final Terminal terminal;

  Documents(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Refuses a command line that gives {@code -} for more than one document: standard input holds
   * one document, and reading it twice would silently give the second reader nothing.
   */
  static void stdinOnce(CommandSpec spec, @Nullable String... sources) {
    if (Arrays.stream(sources).filter(STDIN::equals).count() > 1) {
      throw new ParameterException(
          spec.commandLine(), "'-' (stdin) may stand for one document only");
    }
  }

  /**
   * Requires exactly one of a plan file and a bundled example.
   *
   * @throws ParameterException if both or neither are given
   */
  static void onePlan(CommandSpec spec, @Nullable String file, @Nullable String example) {
    if ((file == null) == (example == null)) {
      throw new ParameterException(
          spec.commandLine(),
          file == null
              ? "give a plan: a file, '-' for stdin, or --example NAME"
              : "give a plan file or --example NAME, not both");
    }
  }

  SessionPlan plan(@Nullable String file, @Nullable String example) {
    if (example != null) {
      return ExamplePlans.load(example);
    }
    String source = Objects.requireNonNull(file, "file");
    return source.equals(STDIN)
        ? SafeguardingJson.PLAN.read(terminal.in())
        : SafeguardingJson.PLAN.read(Path.of(source));
  }

  RoomState room(String source) {
    return source.equals(STDIN)
        ? SafeguardingJson.ROOM.read(terminal.in())
        : SafeguardingJson.ROOM.read(Path.of(source));
  }

  Incident incident(String source) {
    return source.equals(STDIN)
        ? SafeguardingJson.INCIDENT.read(terminal.in())
        : SafeguardingJson.INCIDENT.read(Path.of(source));
  }
}
