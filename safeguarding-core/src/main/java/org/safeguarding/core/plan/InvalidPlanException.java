package org.safeguarding.core.plan;

import java.util.List;

/**
 * Thrown when a session plan, a room or an incident is structurally invalid, whether read from JSON
 * or built in Java. It lists every problem found, each with its JSON path, so that a user can fix
 * them all at once. Its message never repeats free-text values from the input.
 */
public final class InvalidPlanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the one-line message spells out; {@link #problems()} has them all. */
  private static final int PROBLEMS_IN_MESSAGE = 10;

  /** What was invalid, such as {@code "session plan"}. */
  private final String subject;

  /** Every problem found, each with its JSON path; never echoes input values. */
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was invalid, such as {@code "session plan"}
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPlanException(String subject, List<PlanProblem> problems) {
    super(message(subject, problems));
    this.subject = subject;
    this.problems = List.copyOf(problems);
  }

  /**
   * {@return what was invalid, such as {@code "session plan"}, {@code "room"} or {@code
   * "incident"}: where several documents are read together, it says which one the paths belong to}
   */
  public String subject() {
    return subject;
  }

  /** {@return every problem found, in the order found} */
  public List<PlanProblem> problems() {
    return problems;
  }

  private static String message(String subject, List<PlanProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException(
          "an invalid " + subject + " must have at least one problem");
    }
    StringBuilder text = new StringBuilder("invalid ").append(subject).append(": ");
    text.append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ");
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(problems.get(i));
    }
    if (problems.size() > shown) {
      text.append("; and ").append(problems.size() - shown).append(" more");
    }
    return text.toString();
  }
}
