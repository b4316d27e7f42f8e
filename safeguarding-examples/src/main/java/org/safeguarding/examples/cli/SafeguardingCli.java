package org.safeguarding.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code safeguarding} command line: {@code assess}, {@code admit}, {@code respond}, {@code
 * rulebook}, {@code schema}, {@code examples}, {@code validate} and {@code serve}, each with {@code
 * --help}.
 *
 * <p>Exit codes: 0 done; 2 invalid input (every problem with its JSON path on stderr, nothing on
 * stdout; problems of a room, an incident or a rulebook start with the document's name); 3 the
 * {@code --fail-on} level was reached; 1 anything else, including a command line that cannot be
 * understood.
 */
@Command(
    name = "safeguarding",
    mixinStandardHelpOptions = true,
    versionProvider = SafeguardingCli.Version.class,
    description = {
      "Is an online session with children or adults at risk safe to run? Assess a session plan, "
          + "judge who may come in from the waiting room, and list what must happen after an "
          + "incident, each answer explained with the guidance it comes from."
    },
    footer = {
      "",
      "Run 'safeguarding COMMAND --help' for a command's options.",
      "Exit codes: 0 done; 2 invalid input (every problem with its JSON path on stderr, nothing "
          + "on stdout); 3 the --fail-on level was reached; 1 anything else."
    })
public final class SafeguardingCli implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int INVALID_INPUT = 2;
  static final int FAIL_ON_REACHED = 3;

  @Spec CommandSpec spec;

  private final Terminal terminal;

  SafeguardingCli(OutputStream out, OutputStream err, InputStream in) {
    this.terminal = new Terminal(in, writer(out), writer(err));
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Standard output is opened directly rather than through System.out, a PrintStream that
    // swallows write errors: a report that cannot be written (a full disk) must not exit 0.
    System.exit(
        new SafeguardingCli(new FileOutputStream(FileDescriptor.out), System.err, System.in)
            .run(args));
  }

  /** With no command, says how to use the command line and fails. */
  @Override
  public Integer call() {
    spec.commandLine().usage(terminal.err());
    return FAILED;
  }

  int run(String... args) {
    CommandLine commandLine =
        new CommandLine(this)
            .addSubcommand(new AssessCommand(terminal))
            .addSubcommand(new AdmitCommand(terminal))
            .addSubcommand(new RespondCommand(terminal))
            .addSubcommand(new RulebookCommand(terminal))
            .addSubcommand(new SchemaCommand(terminal))
            .addSubcommand(new ExamplesCommand(terminal))
            .addSubcommand(new ValidateCommand(terminal))
            .addSubcommand(new ServeCommand(terminal))
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOut(terminal.out())
            .setErr(terminal.err())
            .setParameterExceptionHandler(this::misunderstood)
            .setExecutionExceptionHandler(this::failed);
    try {
      int code = commandLine.execute(args);
      if (terminal.out().checkError()) {
        terminal.err().println("cannot write the output: it is incomplete");
        return FAILED;
      }
      return code;
    } finally {
      terminal.out().flush();
      terminal.err().flush();
    }
  }

  /** A command line that cannot be understood: what was wrong, then the command's usage. */
  private int misunderstood(ParameterException problem, String[] args) {
    PrintWriter err = terminal.err();
    err.println(problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    problem.getCommandLine().usage(err);
    return FAILED;
  }

  /** Invalid documents exit 2 with every problem; anything else exits 1 with its message. */
  private int failed(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = terminal.err();
    if (failure instanceof InvalidPlanException invalid) {
      // Plan problems are printed as they are; those of the other documents say which it is.
      String name = invalid.subject().name();
      String document = name.equals(SafeguardingJson.PLAN.name()) ? "" : name + " ";
      for (PlanProblem problem : invalid.problems()) {
        err.println(document + problem);
      }
      return INVALID_INPUT;
    }
    if (failure instanceof InvalidRulebookException invalid) {
      for (PlanProblem problem : invalid.problems()) {
        err.println("rulebook " + problem);
      }
      return INVALID_INPUT;
    }
    if (failure instanceof UncheckedIOException || failure instanceof IllegalArgumentException) {
      err.println(failure.getMessage());
      return FAILED;
    }
    err.println("failed: " + failure);
    return FAILED;
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SafeguardingCli.class.getPackage().getImplementationVersion();
      return new String[] {"safeguarding " + (version == null ? "(development build)" : version)};
    }
  }
}
