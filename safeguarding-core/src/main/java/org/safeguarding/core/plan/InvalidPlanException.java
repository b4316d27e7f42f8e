package org.safeguarding.core.plan;

import java.util.List;
import org.safeguarding.core.json.InvalidDocumentException;
import org.safeguarding.core.json.JsonDocument;

/**
 * Thrown when a document of core (a session plan, a room, an incident, an admission, a response
 * plan or an assessment) is invalid, whether read from JSON or built in Java. It lists every
 * problem found, each with its JSON path, so that a user can fix them all at once. Its message
 * never repeats free-text values from the input.
 */
public final class InvalidPlanException extends InvalidDocumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param document the document that was invalid, such as {@code SafeguardingJson.PLAN}
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPlanException(JsonDocument<?> document, List<PlanProblem> problems) {
    super(document, problems);
  }

  /**
   * Creates the exception for one part of a document, built on its own: its paths start at that
   * part, which the message names instead of the whole document.
   *
   * @param document the document the part belongs to, such as {@code SafeguardingJson.PLAN}
   * @param part what the part is, such as {@code "participant"}
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPlanException(JsonDocument<?> document, String part, List<PlanProblem> problems) {
    super(document, part, problems);
  }

  /**
   * {@return the document that was invalid, such as {@code SafeguardingJson.PLAN}: where several
   * documents are read together, it says which one the paths belong to}
   */
  public JsonDocument<?> subject() {
    return document();
  }
}
