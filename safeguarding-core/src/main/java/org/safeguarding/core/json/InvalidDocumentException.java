package org.safeguarding.core.json;

import java.util.List;
import org.safeguarding.core.plan.PlanProblem;

/**
 * Thrown when a document of the contract is invalid, whether read from JSON or, for a value built
 * in Java, when it is built. It lists every problem found, each with its JSON path, so that a user
 * can fix them all at once. Its message never repeats free-text values from the input.
 *
 * <p>Each kind of document throws its own subtype: {@link
 * org.safeguarding.core.plan.InvalidPlanException} for every document of core (the plan, the room,
 * the incident, the admission, the response plan and the assessment), and the rulebook's exception
 * for a rulebook. Catch this type to handle them all.
 */
public abstract class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the one-line message spells out; {@link #problems()} has them all. */
  private static final int PROBLEMS_IN_MESSAGE = 10;

  @SuppressWarnings("serial") // documents are not serialised with the exception's state
  private final transient JsonDocument<?> document;

  /** Every problem found, each with its JSON path; never echoes input values. */
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param document the document that was invalid
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected InvalidDocumentException(JsonDocument<?> document, List<PlanProblem> problems) {
    this(document, document.name(), problems);
  }

  /**
   * Creates the exception for one part of a document, built on its own: its paths start at that
   * part, which the message names instead of the whole document.
   *
   * @param document the document the part belongs to
   * @param part what the part is, such as {@code "participant"}
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected InvalidDocumentException(
      JsonDocument<?> document, String part, List<PlanProblem> problems) {
    super(message(part, problems));
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  /**
   * {@return the document that was invalid: where several are read together, it says which one the
   * paths belong to}
   */
  public JsonDocument<?> document() {
    return document;
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
