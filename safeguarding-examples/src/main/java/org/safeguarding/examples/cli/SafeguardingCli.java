package org.safeguarding.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.jspecify.annotations.Nullable;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The {@code safeguarding} command line.
 *
 * <pre>
 * safeguarding assess &lt;plan.json|-&gt; [--rulebook FILE]   assess a plan; the assessment as JSON
 * safeguarding assess --example &lt;name&gt; [--rulebook FILE]
 * safeguarding admit &lt;plan.json|-&gt; --room &lt;room.json|-&gt; --person &lt;id&gt; [--rulebook FILE]
 *                                          may the person come in now? the admission as JSON
 * safeguarding respond &lt;plan.json|-&gt; &lt;incident.json|-&gt; [--rulebook FILE]
 *                                          what must happen after an incident, as JSON
 * safeguarding validate &lt;plan.json|-&gt;     check a plan's structure and summarise it
 * safeguarding validate --example &lt;name&gt;
 * safeguarding examples                    list the bundled plans
 * </pre>
 *
 * <p>Exit codes: 0 done; 2 invalid input (every problem with its JSON path on stderr, nothing on
 * stdout; problems of a room, an incident or a rulebook start with the document's name); 1
 * anything else.
 */
public final class SafeguardingCli {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int INVALID_INPUT = 2;

  private static final String USAGE =
      String.join(
          "\n",
          "usage: safeguarding assess <plan.json|-> [--rulebook FILE]",
          "                                              assess a plan; prints the assessment JSON",
          "       safeguarding assess --example <name> [--rulebook FILE]",
          "                                              the same for a bundled example plan",
          "       safeguarding admit <plan.json|-> --room <room.json|-> --person <id> [--rulebook FILE]",
          "                                              may the person come in now? prints the"
              + " admission JSON",
          "       safeguarding respond <plan.json|-> <incident.json|-> [--rulebook FILE]",
          "                                              what must happen after an incident; prints"
              + " the response JSON",
          "       (a plan may also be given as --example <name>; '-' reads stdin, once)",
          "       safeguarding validate <plan.json|->    check a plan's structure and summarise it",
          "       safeguarding validate --example <name> the same for a bundled example plan",
          "       safeguarding examples                  list the bundled example plans",
          "exit codes: 0 done, 2 invalid input (problems on stderr), 1 anything else");

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  SafeguardingCli(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new SafeguardingCli(out, err, System.in).run(args));
  }

  int run(String... args) {
    List<String> arguments = List.of(args);
    if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
      (arguments.isEmpty() ? err : out).println(USAGE);
      return arguments.isEmpty() ? FAILED : OK;
    }
    try {
      switch (arguments.get(0)) {
        case "examples":
          ExamplePlans.names().forEach(out::println);
          return OK;
        case "assess":
          return assess(arguments.subList(1, arguments.size()));
        case "admit":
          return admit(arguments.subList(1, arguments.size()));
        case "respond":
          return respond(arguments.subList(1, arguments.size()));
        case "validate":
          return validate(arguments.subList(1, arguments.size()));
        default:
          err.println("unknown command '" + arguments.get(0) + "'");
          err.println(USAGE);
          return FAILED;
      }
    } catch (InvalidPlanException e) {
      // Plan problems are printed as they are; those of the other documents say which it is.
      String document = e.subject().equals("session plan") ? "" : e.subject() + " ";
      for (PlanProblem problem : e.problems()) {
        err.println(document + problem);
      }
      return INVALID_INPUT;
    } catch (InvalidRulebookException e) {
      for (PlanProblem problem : e.problems()) {
        err.println("rulebook " + problem);
      }
      return INVALID_INPUT;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return FAILED;
    }
  }

  private int assess(List<String> arguments) {
    List<String> rest = new ArrayList<>(arguments);
    @Nullable String rulebook = option(rest, "--rulebook");
    @Nullable SessionPlan plan = plan(rest);
    if (plan == null || rest.size() > 0) {
      err.println(USAGE);
      return FAILED;
    }
    out.print(SafeguardingJson.writeAssessment(engine(rulebook).assess(plan)));
    return OK;
  }

  private int admit(List<String> arguments) {
    List<String> rest = new ArrayList<>(arguments);
    @Nullable String rulebook = option(rest, "--rulebook");
    @Nullable String room = option(rest, "--room");
    @Nullable String person = option(rest, "--person");
    if ("-".equals(room) && rest.contains("-")) {
      throw new IllegalArgumentException("'-' (stdin) may stand for one document only");
    }
    @Nullable SessionPlan plan = plan(rest);
    if (plan == null || room == null || person == null || rest.size() > 0) {
      err.println(USAGE);
      return FAILED;
    }
    RoomState state =
        room.equals("-")
            ? SafeguardingJson.readRoomState(in)
            : SafeguardingJson.readRoomState(Path.of(room));
    out.print(SafeguardingJson.writeAdmission(engine(rulebook).admit(plan, state, person)));
    return OK;
  }

  private int respond(List<String> arguments) {
    List<String> rest = new ArrayList<>(arguments);
    @Nullable String rulebook = option(rest, "--rulebook");
    if (rest.stream().filter("-"::equals).count() > 1) {
      throw new IllegalArgumentException("'-' (stdin) may stand for one document only");
    }
    @Nullable SessionPlan plan = plan(rest);
    if (plan == null || rest.size() != 1) {
      err.println(USAGE);
      return FAILED;
    }
    String file = rest.get(0);
    Incident incident =
        file.equals("-")
            ? SafeguardingJson.readIncident(in)
            : SafeguardingJson.readIncident(Path.of(file));
    out.print(SafeguardingJson.writeResponsePlan(engine(rulebook).respond(plan, incident)));
    return OK;
  }

  /**
   * Removes {@code --name VALUE} from the arguments and returns the value, or null if absent.
   *
   * @throws IllegalArgumentException if the option is given twice or without a value
   */
  private static @Nullable String option(List<String> arguments, String name) {
    int at = arguments.indexOf(name);
    if (at < 0) {
      return null;
    }
    if (at + 1 >= arguments.size() || arguments.lastIndexOf(name) != at) {
      throw new IllegalArgumentException(name + " needs one value, given once");
    }
    String value = arguments.get(at + 1);
    arguments.subList(at, at + 2).clear();
    return value;
  }

  private static SafeguardingEngine engine(@Nullable String rulebook) {
    return rulebook == null
        ? SafeguardingEngine.ukDefault()
        : SafeguardingEngine.builder().rulebook(Rulebook.read(Path.of(rulebook))).build();
  }

  private int validate(List<String> arguments) {
    List<String> rest = new ArrayList<>(arguments);
    @Nullable SessionPlan plan = plan(rest);
    if (plan == null || rest.size() > 0) {
      err.println(USAGE);
      return FAILED;
    }
    out.print(summary(plan));
    return OK;
  }

  /**
   * Takes the plan from the front of the arguments (a file, {@code -} for stdin, or {@code
   * --example NAME}) and returns it, or null if there is none.
   */
  private @Nullable SessionPlan plan(List<String> arguments) {
    @Nullable String example = option(arguments, "--example");
    if (example != null) {
      return ExamplePlans.load(example);
    }
    if (arguments.isEmpty() || arguments.get(0).startsWith("--")) {
      return null;
    }
    String file = arguments.remove(0);
    return file.equals("-") ? SafeguardingJson.readPlan(in) : SafeguardingJson.readPlan(Path.of(file));
  }

  static String summary(SessionPlan plan) {
    StringBuilder text = new StringBuilder();
    text.append(plan.id()).append(": a valid session plan (schemaVersion ")
        .append(SessionPlan.SCHEMA_VERSION).append(")\n");
    line(text, "service", plan.service().name() + ", " + plan.service().jurisdiction()
        + ", " + plan.service().frequency() + ", " + plan.service().policies().size()
        + " of " + Policy.values().length + " policies");
    line(text, "platform", plan.platform().name() + " (" + plan.platform().accounts()
        + " accounts), " + plan.platform().controls().size() + " controls on");
    line(text, "session", plan.start() + " for " + plan.durationMinutes() + " minutes, "
        + plan.format() + ", " + plan.interaction());
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
    return ": " + staff.stream()
        .map(member -> member.id() + " " + member.roles().stream().map(Enum::name)
            .collect(Collectors.joining("+")))
        .collect(Collectors.joining(", "));
  }

  private static String ages(List<Participant> participants) {
    IntSummaryStatistics known = participants.stream()
        .map(Participant::age).filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt).summaryStatistics();
    long unknown = participants.size() - known.getCount();
    long atRisk = participants.stream().filter(Participant::atRisk).count();
    StringBuilder text = new StringBuilder();
    if (known.getCount() > 0) {
      text.append(", aged ").append(known.getMin()).append(" to ").append(known.getMax());
    }
    return text.append(" (").append(unknown).append(" of unknown age, ").append(atRisk)
        .append(" adults at risk)").toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format("  %-13s%s%n", label, value));
  }
}
