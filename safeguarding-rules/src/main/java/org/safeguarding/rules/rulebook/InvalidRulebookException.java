package org.safeguarding.rules.rulebook;

import java.util.List;
import org.safeguarding.core.plan.PlanProblem;

/**
 * Thrown when a rulebook cannot be loaded: it lists every problem found, each with its JSON path
 * (such as {@code $.supervision.ratioBands[2].fromAge}), so that its author can fix them all at
 * once.
 */
public final class InvalidRulebookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the one-line message spells out; {@link #problems()} has them all. */
  private static final int PROBLEMS_IN_MESSAGE = 10;

  /** Every problem found, each with its JSON path; never echoes input values. */
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRulebookException(List<PlanProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in the order found} */
  public List<PlanProblem> problems() {
    return problems;
  }

  private static String message(List<PlanProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid rulebook must have at least one problem");
    }
    StringBuilder text = new StringBuilder("invalid rulebook: ");
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
